package org.pathway.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of one metric in one scope, in the stable order, as a run stores them
 * ({@link MetricStore}): each value as its row of metrics.csv without the metric and
 * scope columns ({@link MetricsCsv#row}). Formatted once, for the database and for
 * metrics.csv.
 *
 * @param metric the metric id
 * @param scope the scope
 * @param rows the values' rows, without line breaks between them
 */
record MetricGroup(String metric, String scope, List<String> rows) {

	/**
	 * The most characters one stored group holds (the column's length); a longer group
	 * continues in the next one, of the same metric and scope.
	 */
	static final int MAX_CHARS = 1_000_000;

	/**
	 * The values in the stable order of {@link MetricValue#ORDER}, as groups: sorted by
	 * metric and scope, then each group's values sorted among themselves (about a hundred
	 * values each, rather than comparing metric ids in every comparison of one sort of
	 * them all) and formatted, the groups on both cores.
	 */
	static List<MetricGroup> of(Collection<MetricValue> values) {
		Map<String, Map<String, List<MetricValue>>> byMetricAndScope = new HashMap<>();
		for (MetricValue value : values) {
			byMetricAndScope.computeIfAbsent(value.metric(), (k) -> new HashMap<>())
				.computeIfAbsent(value.scope(), (k) -> new ArrayList<>())
				.add(value);
		}
		List<List<MetricValue>> sorted = new ArrayList<>();
		byMetricAndScope.values().forEach((byScope) -> sorted.addAll(byScope.values()));
		sorted.sort(Comparator.comparing((group) -> group.get(0), MetricValue.BY_METRIC_AND_SCOPE));
		return sorted.parallelStream().flatMap((group) -> formatted(group).stream()).toList();
	}

	/**
	 * The values of one metric in one scope, sorted and formatted: one group, or more
	 * when they are too long for one.
	 */
	private static List<MetricGroup> formatted(List<MetricValue> values) {
		values.sort(MetricValue.WITHIN_METRIC_AND_SCOPE);
		List<MetricGroup> groups = new ArrayList<>(1);
		List<String> rows = new ArrayList<>(values.size());
		int chars = 0;
		for (MetricValue value : values) {
			String row = MetricsCsv.row(value);
			if (chars + row.length() + 1 > MAX_CHARS) {
				groups.add(new MetricGroup(value.metric(), value.scope(), rows));
				rows = new ArrayList<>();
				chars = 0;
			}
			rows.add(row);
			chars += row.length() + 1;
		}
		groups.add(new MetricGroup(values.get(0).metric(), values.get(0).scope(), rows));
		return groups;
	}

	/** The rows as stored: each followed by a line break. */
	String text() {
		int length = 0;
		for (String row : this.rows) {
			length += row.length() + 1;
		}
		StringBuilder text = new StringBuilder(length);
		for (String row : this.rows) {
			text.append(row).append('\n');
		}
		return text.toString();
	}

}
