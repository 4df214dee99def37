package org.pathway.metrics;

/**
 * How a metric's values read, whatever the output: the renderers ask a value its kind
 * instead of knowing metric ids.
 */
public enum MetricKind {

	/** An amount in the value's currency. */
	MONEY,
	/** A fraction, shown as a percentage. */
	RATE,
	/** A change of fractions, shown in percentage points. */
	CHANGE,
	/** A whole number of people, members or days. */
	COUNT,
	/** A status or other text, carried in the note ({@code on_track}). */
	STATUS

}
