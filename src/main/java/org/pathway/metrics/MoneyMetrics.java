package org.pathway.metrics;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The money metrics F1-F11 of domain.md 3.1, per funder and for the network, per
 * currency. The sums come from {@code sql/metrics/money*.sql}; the network is the sum
 * over funders per currency, and F3, F7, F9's buckets and F10 are computed here, exactly.
 */
final class MoneyMetrics {

	static final String NETWORK = "network";

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
			add(rs.getString("metric"), "funder:" + rs.getString("funder_id"), rs.getString("currency"),
					rs.getBigDecimal("amount"));
		});
		Map<String, BigDecimal[]> overdue = new TreeMap<>();
		this.jdbc.query(SqlFiles.read("overdue.sql"), parameters, (rs) -> {
			long days = ChronoUnit.DAYS.between(rs.getDate("disbursement_date").toLocalDate(), this.asOf);
			int bucket = (days <= 30) ? 0 : (days <= 60) ? 1 : 2;
			String key = "funder:" + rs.getString("funder_id") + "|" + rs.getString("currency");
			for (String scopeKey : List.of(key, NETWORK + "|" + rs.getString("currency"))) {
				BigDecimal[] amounts = overdue.computeIfAbsent(scopeKey, (k) -> zeros(3));
				amounts[bucket] = amounts[bucket].add(rs.getBigDecimal("amount"));
			}
		});
		List<MetricValue> values = new ArrayList<>();
		Map<String, Map<String, BigDecimal>> committed = this.totals.getOrDefault("F1", Map.of());
		List<String> scopes = new ArrayList<>(committed.keySet());
		java.util.Collections.sort(scopes);
		for (String scope : scopes) {
			for (String currency : committed.get(scope).keySet()) {
				BigDecimal f1 = get("F1", scope, currency);
				BigDecimal f2 = get("F2", scope, currency);
				BigDecimal f4 = get("F4", scope, currency);
				BigDecimal f5 = get("F5", scope, currency);
				values.add(MetricValue.money("F1", scope, currency, f1));
				values.add(MetricValue.money("F2", scope, currency, f2));
				values.add(MetricValue.money("F3", scope, currency,
						f1.subtract(f2).subtract(get("cancelled", scope, currency))));
				values.add(MetricValue.money("F4", scope, currency, f4));
				values.add(MetricValue.money("F5", scope, currency, f5));
				values.add(MetricValue.money("F6", scope, currency, get("F6", scope, currency)));
				BigDecimal f7 = f4.subtract(f5);
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
						? new MetricValue("F10", scope, null, "all", "all", null, currency, Rates.divide(f5, f4), null)
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
			for (String scope : List.of("funder:" + rs.getString("funder_id"), NETWORK)) {
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

	private void add(String metric, String scope, String currency, BigDecimal amount) {
		for (String target : List.of(scope, NETWORK)) {
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
