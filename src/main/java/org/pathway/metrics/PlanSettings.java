package org.pathway.metrics;

import java.time.LocalDate;

/**
 * The plan's figures that metrics need (plan.yml), and the share of its period elapsed at
 * a date.
 */
record PlanSettings(int firstYear, int lastYear, long goal, int minCellSize) {

	/**
	 * Days from 1 January of the first year to the as-of date, over the days of the whole
	 * plan, in 0..1.
	 */
	java.math.BigDecimal elapsedShare(LocalDate asOf) {
		LocalDate start = LocalDate.of(this.firstYear, 1, 1);
		LocalDate end = LocalDate.of(this.lastYear, 12, 31);
		long total = end.toEpochDay() - start.toEpochDay() + 1;
		long elapsed = Math.max(0, Math.min(total, asOf.toEpochDay() - start.toEpochDay() + 1));
		return Rates.divide(elapsed, total);
	}

}
