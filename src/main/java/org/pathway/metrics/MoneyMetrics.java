package org.pathway.metrics;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.pathway.domain.Scope;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The money metrics F1-F11 of domain.md 3.1, per funder and for the network, per
 * currency. The sums come from {@code sql/metrics/money*.sql}; the network is the sum
 * over funders per currency, and F3, F7, F9's buckets and F10 are computed here, exactly.
 * Unattributed regrants (no source grant known, so no funder's) count for the network
 * only: in its F5, F6, F8 and F9, shown apart as {@code source_grant/unattributed}; they
 * draw on no pool, so the network's F7 and F10 leave them out.
 */
final class MoneyMetrics {

	static final String NETWORK = Scope.NETWORK.toString();

	/** Prefix of the totals of unattributed regrants (network only). */
	private static final String UNATTRIBUTED = "unattributed:";

	private static final String[] BUCKETS = { "1-30", "31-60", "61+" };

	private final NamedParameterJdbcTemplate jdbc;

	private final LocalDate asOf;

	private final BigDecimal elapsed;

	/** metric -> scope -> currency -> amount, for the totals. */
	private final Map<String, Map<String, Map<String, BigDecimal>>> totals = new TreeMap<>();

	MoneyMetrics(NamedParameterJdbcTemplate jdbc, LocalDate asOf, BigDecimal elapsed) {
		this.jdbc = jdbc;
		this.asOf = asOf;
		this.elapsed = elapsed;
	}

	List<MetricValue> compute() {
		MapSqlParameterSource parameters = new MapSqlParameterSource("asOf", Date.valueOf(this.asOf));
		this.jdbc.query(SqlFiles.read("money.sql"), parameters, (rs) -> {
			add(rs.getString("metric"), scope(rs.getString("funder_id")), rs.getString("currency"),
					rs.getBigDecimal("amount"));
		});
		Map<String, BigDecimal[]> overdue = new TreeMap<>();
		this.jdbc.query(SqlFiles.read("overdue.sql"), parameters, (rs) -> {
			long days = ChronoUnit.DAYS.between(rs.getDate("disbursement_date").toLocalDate(), this.asOf);
			int bucket = (days <= 30) ? 0 : (days <= 60) ? 1 : 2;
			String key = scope(rs.getString("funder_id")) + "|" + rs.getString("currency");
			for (String scopeKey : new LinkedHashSet<>(List.of(key, NETWORK + "|" + rs.getString("currency")))) {
				BigDecimal[] amounts = overdue.computeIfAbsent(scopeKey, (k) -> zeros(3));
				amounts[bucket] = amounts[bucket].add(rs.getBigDecimal("amount"));
			}
		});
		List<MetricValue> values = new ArrayList<>();
		// scopes with a grant, and the network when it has only unattributed regrants
		Map<String, Set<String>> currencies = new TreeMap<>();
		this.totals.getOrDefault("F1", Map.of())
			.forEach((scope, amounts) -> currencies.computeIfAbsent(scope, (k) -> new TreeSet<>())
				.addAll(amounts.keySet()));
		this.totals.getOrDefault(UNATTRIBUTED + "F5", Map.of())
			.forEach((scope, amounts) -> currencies.computeIfAbsent(scope, (k) -> new TreeSet<>())
				.addAll(amounts.keySet()));
		for (String scope : currencies.keySet()) {
			for (String currency : currencies.get(scope)) {
				BigDecimal f1 = get("F1", scope, currency);
				BigDecimal f2 = get("F2", scope, currency);
				BigDecimal f4 = get("F4", scope, currency);
				BigDecimal f5 = get("F5", scope, currency);
				// a pool is drawn only by regrants attributed to its grant
				BigDecimal attributed = f5.subtract(get(UNATTRIBUTED + "F5", scope, currency));
				values.add(MetricValue.money("F1", scope, currency, f1));
				values.add(MetricValue.money("F2", scope, currency, f2));
				values.add(MetricValue.money("F3", scope, currency,
						f1.subtract(f2).subtract(get("cancelled", scope, currency))));
				values.add(MetricValue.money("F4", scope, currency, f4));
				values.add(MetricValue.money("F5", scope, currency, f5));
				values.add(MetricValue.money("F6", scope, currency, get("F6", scope, currency)));
				unattributed(values, scope, currency);
				BigDecimal f7 = f4.subtract(attributed);
				values.add(new MetricValue("F7", scope, null, "all", "all", null, currency, f7,
						(f7.signum() < 0) ? "over_committed" : null));
				values.add(MetricValue.money("F8", scope, currency, get("F8", scope, currency)));
				BigDecimal[] buckets = overdue.getOrDefault(scope + "|" + currency, zeros(3));
				values.add(MetricValue.money("F9", scope, currency, buckets[0].add(buckets[1]).add(buckets[2])));
				for (int i = 0; i < BUCKETS.length; i++) {
					values.add(new MetricValue("F9", scope, null, "overdue_days", BUCKETS[i], null, currency,
							buckets[i], null));
				}
				values.add((f4.signum() > 0)
						? new MetricValue("F10", scope, null, "all", "all", null, currency,
								Rates.divide(attributed, f4), null)
						: new MetricValue("F10", scope, null, "all", "all", null, currency, null, "no_pool"));
			}
			values.add(new MetricValue("F10", scope, null, "pace", "period_elapsed", null, null, this.elapsed, null));
		}
		values.addAll(breakdowns(parameters));
		return values;
	}

	/**
	 * F11: F5 and F6 by award year, state, region, member kind and member, per scope and
	 * currency.
	 */
	private List<MetricValue> breakdowns(MapSqlParameterSource parameters) {
		Map<List<Object>, BigDecimal> sums = new TreeMap<>(MoneyMetrics::compareKeys);
		this.jdbc.query(SqlFiles.read("money-breakdowns.sql"), parameters, (rs) -> {
			String metric = rs.getString("metric");
			String currency = rs.getString("currency");
			BigDecimal amount = rs.getBigDecimal("amount");
			String[][] breakdowns = { { "award_year", String.valueOf(rs.getInt("award_year")) },
					{ "state", rs.getString("state") }, { "region", rs.getString("region") },
					{ "kind", rs.getString("kind") }, { "member", rs.getString("member_id") } };
			for (String scope : new LinkedHashSet<>(List.of(scope(rs.getString("funder_id")), NETWORK))) {
				for (String[] breakdown : breakdowns) {
					if (breakdown[1] != null) {
						sums.merge(List.of(metric, scope, breakdown[0], breakdown[1], currency), amount,
								BigDecimal::add);
					}
				}
			}
		});
		List<MetricValue> values = new ArrayList<>();
		sums.forEach((key, amount) -> values.add(new MetricValue((String) key.get(0), (String) key.get(1), null,
				(String) key.get(2), (String) key.get(3), null, (String) key.get(4), amount, null)));
		return values;
	}

	/**
	 * The unattributed part of the network's F5 and F6, as rows with dimension
	 * {@code source_grant} and subgroup {@code unattributed}, when there is any.
	 */
	private void unattributed(List<MetricValue> values, String scope, String currency) {
		if (!this.totals.getOrDefault(UNATTRIBUTED + "F5", Map.of())
			.getOrDefault(scope, Map.of())
			.containsKey(currency)) {
			return;
		}
		for (String metric : List.of("F5", "F6")) {
			values.add(new MetricValue(metric, scope, null, "source_grant", "unattributed", null, currency,
					get(UNATTRIBUTED + metric, scope, currency), null));
		}
	}

	/**
	 * The scope of a money row: its funder's, or the network's alone for an unattributed
	 * regrant (no funder).
	 */
	private static String scope(String funderId) {
		return (funderId != null) ? Scope.funder(funderId).toString() : NETWORK;
	}

	private void add(String metric, String scope, String currency, BigDecimal amount) {
		if (NETWORK.equals(scope)) {
			this.totals.computeIfAbsent(UNATTRIBUTED + metric, (k) -> new TreeMap<>())
				.computeIfAbsent(NETWORK, (k) -> new TreeMap<>())
				.merge(currency, amount, BigDecimal::add);
		}
		for (String target : new LinkedHashSet<>(List.of(scope, NETWORK))) {
			this.totals.computeIfAbsent(metric, (k) -> new TreeMap<>())
				.computeIfAbsent(target, (k) -> new TreeMap<>())
				.merge(currency, amount, BigDecimal::add);
		}
	}

	private BigDecimal get(String metric, String scope, String currency) {
		return this.totals.getOrDefault(metric, Map.of())
			.getOrDefault(scope, Map.of())
			.getOrDefault(currency, BigDecimal.ZERO.setScale(2));
	}

	private static BigDecimal[] zeros(int n) {
		BigDecimal[] zeros = new BigDecimal[n];
		java.util.Arrays.fill(zeros, BigDecimal.ZERO.setScale(2));
		return zeros;
	}

	@SuppressWarnings("unchecked")
	private static int compareKeys(List<Object> a, List<Object> b) {
		for (int i = 0; i < a.size(); i++) {
			int order = ((Comparable<Object>) a.get(i)).compareTo(b.get(i));
			if (order != 0) {
				return order;
			}
		}
		return 0;
	}

}
