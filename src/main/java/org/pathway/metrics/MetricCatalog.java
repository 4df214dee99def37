package org.pathway.metrics;

import java.util.HashMap;
import java.util.Map;

import static org.pathway.metrics.MetricKind.CHANGE;
import static org.pathway.metrics.MetricKind.COUNT;
import static org.pathway.metrics.MetricKind.MONEY;
import static org.pathway.metrics.MetricKind.RATE;
import static org.pathway.metrics.MetricKind.STATUS;

/**
 * Every metric id of domain.md section 3 that a run writes, with the kind of its values:
 * adding a metric is one line here, and every output then shows its values right.
 */
final class MetricCatalog {

	private static final Map<String, MetricKind> KINDS = new HashMap<>();

	static {
		add("F1", MONEY); // committed
		add("F2", MONEY); // received
		add("F3", MONEY); // outstanding
		add("F4", MONEY); // regrant pool
		add("F5", MONEY); // regranted
		add("F6", MONEY); // disbursed
		add("F7", MONEY); // pool available
		add("F8", MONEY); // scheduled
		add("F9", MONEY); // overdue
		add("F10", RATE); // pace: F5 / F4 per currency, and the period elapsed
		add("H1", COUNT); // additional young people on a path
		add("H2", RATE); // progress to goal, and the period elapsed
		add("O1", RATE); // rate
		add("O2", RATE); // baseline
		add("O3", RATE); // latest
		add("O4a", CHANGE); // change since prior year
		add("O4b", CHANGE); // change since baseline
		add("O5", RATE); // progress
		add("O6", RATE); // expected
		add("O7", STATUS); // status
		add("E1", CHANGE); // gap
		add("E2", CHANGE); // widest gap
		add("E3", CHANGE); // gap change
	}

	private MetricCatalog() {
	}

	private static void add(String metric, MetricKind kind) {
		KINDS.put(metric, kind);
	}

	/** The kind of a metric's values; a metric missing from the catalog is a bug. */
	static MetricKind kind(String metric) {
		MetricKind kind = KINDS.get(metric);
		if (kind == null) {
			throw new IllegalArgumentException(
					"the metric " + metric + " has no kind: add it to org.pathway.metrics.MetricCatalog");
		}
		return kind;
	}

}
