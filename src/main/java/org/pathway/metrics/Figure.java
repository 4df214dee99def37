package org.pathway.metrics;

import java.math.BigDecimal;

/**
 * What a report may show of a rate or of a value derived from rates: the exact number, or
 * the fact that it is hidden for display (domain.md 3.5). A missing value is no figure at
 * all (null where one is expected).
 *
 * @param value the exact value; null when suppressed
 * @param suppressed whether the value is hidden for display
 */
record Figure(BigDecimal value, boolean suppressed) {

	static final String SUPPRESSED_NOTE = "suppressed";

	static final Figure SUPPRESSED = new Figure(null, true);

	static Figure of(BigDecimal value) {
		return new Figure(value, false);
	}

	/** This minus the other: suppressed when either is. */
	Figure minus(Figure other) {
		return (this.suppressed || other.suppressed) ? SUPPRESSED : of(this.value.subtract(other.value, Rates.CONTEXT));
	}

	/** The note of the Metrics sheet: {@code suppressed}, or null for a shown value. */
	String note() {
		return this.suppressed ? SUPPRESSED_NOTE : null;
	}

}
