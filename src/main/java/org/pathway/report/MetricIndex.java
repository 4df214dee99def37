package org.pathway.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pathway.domain.Scope;
import org.pathway.metrics.MetricKey;
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
	List<MetricValue> of(String metric, Scope scope) {
		return of(metric, scope.toString());
	}

	private List<MetricValue> of(String metric, String scope) {
		return this.byMetricAndScope.getOrDefault(metric + "|" + scope, List.of());
	}

	/** The total of a money metric in a scope and currency, or null. */
	MetricValue money(String metric, Scope scope, String currency) {
		return find(MetricKey.money(metric, scope, currency));
	}

	/** The value asked for, or null. */
	MetricValue find(MetricKey key) {
		for (MetricValue value : of(key.metric(), key.scope())) {
			if (key.matches(value)) {
				return value;
			}
		}
		return null;
	}

	/** The currencies of the scope's committed money (F1), in order. */
	List<String> currencies(Scope scope) {
		return of("F1", scope).stream().map(MetricValue::currency).distinct().sorted().toList();
	}

	static BigDecimal valueOf(MetricValue value) {
		return (value != null) ? value.value() : null;
	}

}
