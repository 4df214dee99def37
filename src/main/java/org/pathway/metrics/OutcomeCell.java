package org.pathway.metrics;

/**
 * Real (pooled) counts of one cell: a scope, outcome, data year, dimension and subgroup.
 * For a roll-up scope the counts are sums over its members with known counts (domain.md
 * 3.2: never a mean of rates). {@code sourceSuppressed} is true for a member cell that
 * arrived suppressed (or missing) at the source: its counts are then unknown (0 here) and
 * it has no rate.
 */
record OutcomeCell(String scope, String outcome, int year, String dimension, String subgroup, long numerator,
		long denominator, boolean sourceSuppressed) {

	boolean hasRate() {
		return !this.sourceSuppressed && this.denominator > 0;
	}

}
