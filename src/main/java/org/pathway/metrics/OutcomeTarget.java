package org.pathway.metrics;

import java.math.BigDecimal;

/**
 * A target of targets.csv: for scope {@code network} or {@code member:<id>}, one outcome,
 * all/all.
 */
record OutcomeTarget(String scope, String outcome, int baselineYear, BigDecimal baselineRate, int targetYear,
		BigDecimal targetRate) {
}
