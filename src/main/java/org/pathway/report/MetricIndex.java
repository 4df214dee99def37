package org.pathway.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.pathway.metrics.MetricValue;

/** The metric values of a run, looked up by what a report asks for. */
final class MetricIndex {

	private final List<MetricValue> values;

	private final Map<String, List<MetricValue>> byMetricAndScope = new HashMap<>();

	MetricIndex(List<MetricValue> values) {
		this.values = values;
		for (MetricValue value : values) {
			this.byMetricAndScope.computeIfAbsent(value.metric() + "|" + value.scope(), (k) -> new ArrayList<>())
				.add(value);
		}
	}

	List<MetricValue> all() {
		return this.values;
	}

	/** Every value of a metric in a scope, in the stable order. */
	List<MetricValue> of(String metric, String scope) {
		return this.byMetricAndScope.getOrDefault(metric + "|" + scope, List.of());
	}

	/**
	 * The total (dimension and subgroup all) of a money metric in a scope and currency,
	 * or null.
	 */
	MetricValue money(String metric, String scope, String currency) {
		return find(metric, scope, null, "all", "all", null, currency);
	}

	/** The one value matching every non-wildcard field ({@code year} null: any year). */
	MetricValue find(String metric, String scope, String outcome, String dimension, String subgroup, Integer year,
			String currency) {
		for (MetricValue value : of(metric, scope)) {
			if (Objects.equals(value.outcome(), outcome) && value.dimension().equals(dimension)
					&& value.subgroup().equals(subgroup) && (year == null || year.equals(value.year()))
					&& Objects.equals(value.currency(), currency)) {
				return value;
			}
		}
		return null;
	}

	/** The currencies of the scope's committed money (F1), in order. */
	List<String> currencies(String scope) {
		return of("F1", scope).stream().map(MetricValue::currency).distinct().sorted().toList();
	}

	static BigDecimal valueOf(MetricValue value) {
		return (value != null) ? value.value() : null;
	}

}
