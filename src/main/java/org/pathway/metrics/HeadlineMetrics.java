package org.pathway.metrics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.pathway.metrics.OutcomeTable.Series;

/**
 * The headline of domain.md 3.3: H1, additional young people on a path, and H2, H1 over
 * the plan goal beside the share of the plan period elapsed (dimension {@code pace},
 * subgroup {@code period_elapsed}).
 * <p>
 * A member and outcome contributes, on all/all, latest numerator - baseline rate x latest
 * denominator: latest is the member's O3 year, baseline its target's rate if it has one,
 * else its rate in the year before the plan. Real counts are used even where the display
 * hides a cell. Without a latest or a baseline it contributes nothing. The contributions
 * are summed as exact fractions and the sum rounded half-even to a whole number, for
 * {@code network} (all members) and every roll-up scope (its members); never per member.
 * A scope to which no member contributes gets H1 and H2 rows with no value, note
 * {@code no_data}. H2 divides the rounded H1, the figure shown beside it.
 */
final class HeadlineMetrics {

	private final PlanSettings plan;

	private final LocalDate asOf;

	private final Map<String, Set<String>> membersOf;

	HeadlineMetrics(PlanSettings plan, LocalDate asOf, Map<String, Set<String>> membersOf) {
		this.plan = plan;
		this.asOf = asOf;
		this.membersOf = membersOf;
	}

	/** The headline rows of every scope, from the tables of all outcomes. */
	List<MetricValue> compute(List<OutcomeTable> tables) {
		Map<String, ExactSum> byMember = new HashMap<>();
		Set<String> network = new TreeSet<>(this.membersOf.getOrDefault(OutcomeTable.NETWORK, Set.of()));
		for (OutcomeTable table : tables) {
			contributions(table).forEach((member, sum) -> byMember.merge(member, sum, ExactSum::plus));
			table.series()
				.stream()
				.map(Series::scope)
				.filter((scope) -> scope.startsWith(OutcomeTable.MEMBER_PREFIX))
				.forEach(network::add);
		}
		Map<String, Set<String>> scopes = new HashMap<>(this.membersOf);
		scopes.put(OutcomeTable.NETWORK, network);
		List<MetricValue> rows = new ArrayList<>();
		BigDecimal elapsed = this.plan.elapsedShare(this.asOf);
		scopes.keySet().removeIf((scope) -> scope.startsWith(OutcomeTable.MEMBER_PREFIX));
		scopes.forEach((scope, members) -> {
			ExactSum sum = new ExactSum();
			boolean contributed = false;
			for (String member : members) {
				ExactSum part = byMember.get(member);
				if (part != null) {
					sum.add(part);
					contributed = true;
				}
			}
			if (contributed) {
				BigDecimal h1 = sum.roundedToWhole();
				rows.add(row("H1", scope, "all", "all", h1, null));
				rows.add(row("H2", scope, "all", "all", Rates.divide(h1, BigDecimal.valueOf(this.plan.goal())), null));
			}
			else {
				rows.add(row("H1", scope, "all", "all", null, OutcomeMetrics.NO_DATA));
				rows.add(row("H2", scope, "all", "all", null, OutcomeMetrics.NO_DATA));
			}
			rows.add(row("H2", scope, "pace", "period_elapsed", elapsed, null));
		});
		return rows;
	}

	/**
	 * Member scope to the exact sum of its outcomes' contributions, for members that
	 * contribute.
	 */
	private Map<String, ExactSum> contributions(OutcomeTable table) {
		Map<String, ExactSum> byMember = new HashMap<>();
		int yearBeforePlan = this.plan.firstYear() - 1;
		for (Series series : table.series()) {
			if (!series.isTotal() || !series.scope().startsWith(OutcomeTable.MEMBER_PREFIX)) {
				continue;
			}
			Integer year = table.latestYear(series);
			if (year == null) {
				continue;
			}
			OutcomeCell latest = table.cell(series, year);
			BigInteger numerator = BigInteger.valueOf(latest.numerator());
			BigInteger denominator = BigInteger.valueOf(latest.denominator());
			OutcomeTarget target = table.target(series);
			OutcomeCell base = table.cell(series, yearBeforePlan);
			if (target != null) {
				BigDecimal rate = target.baselineRate();
				byMember.computeIfAbsent(series.scope(), (k) -> new ExactSum())
					.add(new BigDecimal(numerator).subtract(rate.multiply(new BigDecimal(denominator))));
			}
			else if (base != null && base.hasRate()) {
				BigInteger baseDenominator = BigInteger.valueOf(base.denominator());
				BigInteger gained = numerator.multiply(baseDenominator)
					.subtract(BigInteger.valueOf(base.numerator()).multiply(denominator));
				byMember.computeIfAbsent(series.scope(), (k) -> new ExactSum()).add(gained, baseDenominator);
			}
		}
		return byMember;
	}

	private static MetricValue row(String metric, String scope, String dimension, String subgroup, BigDecimal value,
			String note) {
		return new MetricValue(metric, scope, null, dimension, subgroup, null, null, value, note);
	}

	/**
	 * An exact sum of fractions: nothing is rounded until the total is. Kept over the
	 * least common multiple of the denominators added, not reduced to lowest terms: only
	 * the rounded total is shown, and reducing a large sum by its greatest common divisor
	 * each time was a tenth of the outcome metrics in a fresh JVM.
	 */
	private static final class ExactSum {

		private BigInteger numerator = BigInteger.ZERO;

		private BigInteger denominator = BigInteger.ONE;

		void add(BigDecimal value) {
			if (value.scale() <= 0) {
				add(value.toBigIntegerExact(), BigInteger.ONE);
			}
			else {
				add(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
			}
		}

		void add(ExactSum other) {
			add(other.numerator, other.denominator);
		}

		ExactSum plus(ExactSum other) {
			add(other);
			return this;
		}

		void add(BigInteger numerator, BigInteger denominator) {
			BigInteger common = this.denominator.gcd(denominator);
			BigInteger scale = denominator.divide(common);
			this.numerator = this.numerator.multiply(scale).add(numerator.multiply(this.denominator.divide(common)));
			this.denominator = this.denominator.multiply(scale);
		}

		BigDecimal roundedToWhole() {
			return new BigDecimal(this.numerator).divide(new BigDecimal(this.denominator), 0, RoundingMode.HALF_EVEN);
		}

	}

}
