package org.pathway.metrics;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * One value of one metric: a row of the {@code Metrics} sheet and of {@code metrics.csv}
 * (contract.md section 3).
 *
 * @param metric the metric id of domain.md section 3 ({@code F5}, {@code O3}, ...)
 * @param scope {@code network}, {@code funder:<id>}, {@code member:<id>},
 * {@code state:<code>}, {@code region:<label>} or {@code kind:<member kind>}
 * @param outcome the outcome id, or null for money and plan-wide values
 * @param dimension {@code all} for totals; a dimension of domain.md section 2, or a money
 * breakdown ({@code award_year}, {@code state}, {@code region}, {@code kind},
 * {@code member}, {@code overdue_days}), or {@code pace} for the period-elapsed companion
 * of F10 and H2
 * @param subgroup {@code all} for totals, else the subgroup or breakdown value
 * @param year the data year of an outcome value; null for money
 * @param currency the currency of a money value; null otherwise
 * @param value the exact value; null when suppressed or missing
 * @param note {@code suppressed}, {@code no_data}, a status such as {@code on_track}, or
 * null
 */
public record MetricValue(String metric, String scope, String outcome, String dimension, String subgroup, Integer year,
		String currency, BigDecimal value, String note) {

	/** The stable order of metrics.csv, by metric and scope only. */
	static final Comparator<MetricValue> BY_METRIC_AND_SCOPE = Comparator
		.comparing(MetricValue::metric, MetricValue::compareIds)
		.thenComparing(MetricValue::scope);

	/**
	 * The stable order of metrics.csv among the values of one metric in one scope: by
	 * outcome, dimension, subgroup, year and currency, a missing outcome, year or
	 * currency first.
	 */
	static final Comparator<MetricValue> WITHIN_METRIC_AND_SCOPE = MetricValue::compareWithin;

	/** The stable order of metrics.csv and of the Metrics sheet. */
	public static final Comparator<MetricValue> ORDER = BY_METRIC_AND_SCOPE.thenComparing(WITHIN_METRIC_AND_SCOPE);

	/** How this value reads (money, rate, change, count or status), from its metric. */
	public MetricKind kind() {
		return MetricCatalog.kind(this.metric);
	}

	/** A money total of a scope in one currency. */
	public static MetricValue money(String metric, String scope, String currency, BigDecimal value) {
		return new MetricValue(metric, scope, null, "all", "all", null, currency, value, null);
	}

	/**
	 * Money, headline, outcomes, equity: the families in the order a reader meets them.
	 */
	private static final String FAMILIES = "FHOE";

	/**
	 * F1 < F2 < ... < F10 < F11 < H1 < H2 < O1 < O4a < O4b < ... < E1 < E3: by family,
	 * then the number as a number.
	 */
	static int compareIds(String a, String b) {
		if (a.equals(b)) {
			return 0;
		}
		int letters = Integer.compare(family(a), family(b));
		if (letters != 0) {
			return letters;
		}
		int numberA = leadingNumber(a);
		int numberB = leadingNumber(b);
		return (numberA != numberB) ? Integer.compare(numberA, numberB) : a.compareTo(b);
	}

	/**
	 * Written out rather than chained from {@link Comparator#comparing}: a fresh JVM
	 * sorts some hundred thousand values with it, mostly before the JIT has compiled it,
	 * and each link of a chain is a further call.
	 */
	private static int compareWithin(MetricValue a, MetricValue b) {
		int order = nullsFirst(a.outcome, b.outcome);
		if (order == 0) {
			order = a.dimension.compareTo(b.dimension);
		}
		if (order == 0) {
			order = a.subgroup.compareTo(b.subgroup);
		}
		if (order == 0) {
			order = nullsFirst(a.year, b.year);
		}
		return (order != 0) ? order : nullsFirst(a.currency, b.currency);
	}

	private static <T extends Comparable<T>> int nullsFirst(T a, T b) {
		if (a == null || b == null) {
			return (a == null) ? ((b == null) ? 0 : -1) : 1;
		}
		return a.compareTo(b);
	}

	private static int family(String id) {
		int family = FAMILIES.indexOf(id.charAt(0));
		return (family >= 0) ? family : FAMILIES.length() + id.charAt(0);
	}

	private static int leadingNumber(String id) {
		int number = 0;
		for (int i = 1; i < id.length() && Character.isDigit(id.charAt(i)); i++) {
			number = number * 10 + (id.charAt(i) - '0');
		}
		return number;
	}

}
