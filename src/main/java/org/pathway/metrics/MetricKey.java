package org.pathway.metrics;

import java.util.Objects;

import org.pathway.domain.Scope;

/**
 * Which value of a run a report asks for: a metric in a scope, for an outcome (or none),
 * in a dimension and subgroup ({@code all}/{@code all} for totals), in a year (null: any)
 * and a currency (null: none). Built from what is asked, e.g.
 * {@code MetricKey.outcome("O1", scope, outcome).in("race_ethnicity", "asian").year(2025)}.
 *
 * @param metric the metric id of domain.md section 3
 * @param scope the scope, as written ({@link Scope#toString()})
 * @param outcome the outcome, or null
 * @param dimension the dimension
 * @param subgroup the subgroup
 * @param year the data year, or null for any
 * @param currency the currency, or null for none
 */
public record MetricKey(String metric, String scope, String outcome, String dimension, String subgroup, Integer year,
		String currency) {

	private static final String ALL = "all";

	/** A total of a scope: no outcome, no currency, {@code all}/{@code all}. */
	public static MetricKey total(String metric, Scope scope) {
		return new MetricKey(metric, scope.toString(), null, ALL, ALL, null, null);
	}

	/** A money total of a scope in one currency. */
	public static MetricKey money(String metric, Scope scope, String currency) {
		return new MetricKey(metric, scope.toString(), null, ALL, ALL, null, currency);
	}

	/** An outcome's total ({@code all}/{@code all}) in a scope, in any year. */
	public static MetricKey outcome(String metric, Scope scope, String outcome) {
		return new MetricKey(metric, scope.toString(), outcome, ALL, ALL, null, null);
	}

	/** The same, in a dimension and subgroup. */
	public MetricKey in(String dimension, String subgroup) {
		return new MetricKey(this.metric, this.scope, this.outcome, dimension, subgroup, this.year, this.currency);
	}

	/** The same, in one data year. */
	public MetricKey year(Integer year) {
		return new MetricKey(this.metric, this.scope, this.outcome, this.dimension, this.subgroup, year, this.currency);
	}

	/** The same, in one currency. */
	public MetricKey currency(String currency) {
		return new MetricKey(this.metric, this.scope, this.outcome, this.dimension, this.subgroup, this.year, currency);
	}

	/** True when the value is the one asked for (its metric and scope aside). */
	public boolean matches(MetricValue value) {
		return Objects.equals(value.outcome(), this.outcome) && value.dimension().equals(this.dimension)
				&& value.subgroup().equals(this.subgroup) && (this.year == null || this.year.equals(value.year()))
				&& Objects.equals(value.currency(), this.currency);
	}

}
