package org.pathway.metrics;

import java.util.Map;

/**
 * Every metric id of domain.md section 3 that a run writes, with the kind of its values:
 * adding a metric is one entry here, and every output then shows it right.
 */
final class MetricCatalog {

	private static final Map<String, MetricKind> KINDS = Map.ofEntries(Map.entry("F1", MetricKind.MONEY),
			Map.entry("F2", MetricKind.MONEY), Map.entry("F3", MetricKind.MONEY), Map.entry("F4", MetricKind.MONEY),
			Map.entry("F5", MetricKind.MONEY), Map.entry("F6", MetricKind.MONEY), Map.entry("F7", MetricKind.MONEY),
			Map.entry("F8", MetricKind.MONEY), Map.entry("F9", MetricKind.MONEY), Map.entry("F10", MetricKind.RATE),
			Map.entry("H1", MetricKind.COUNT), Map.entry("H2", MetricKind.RATE), Map.entry("O1", MetricKind.RATE),
			Map.entry("O2", MetricKind.RATE), Map.entry("O3", MetricKind.RATE), Map.entry("O4a", MetricKind.CHANGE),
			Map.entry("O4b", MetricKind.CHANGE), Map.entry("O5", MetricKind.RATE), Map.entry("O6", MetricKind.RATE),
			Map.entry("O7", MetricKind.STATUS), Map.entry("E1", MetricKind.CHANGE), Map.entry("E2", MetricKind.CHANGE),
			Map.entry("E3", MetricKind.CHANGE));

	private MetricCatalog() {
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
