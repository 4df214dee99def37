package org.pathway.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The outcome metrics O1-O7, the equity gaps E1-E3 and the headline H1-H2 (domain.md
 * 3.2-3.5): members' counts pooled into every scope, then computed per outcome. Nothing
 * without a plan.
 */
@Component
@Order(2)
class OutcomeFamily implements MetricFamily {

	private static final Log logger = LogFactory.getLog(OutcomeFamily.class);

	@Override
	public List<MetricValue> compute(NamedParameterJdbcTemplate jdbc, LocalDate asOf) {
		OutcomeInputs inputs = new OutcomeInputs(jdbc, asOf);
		PlanSettings plan = inputs.plan();
		if (plan == null) {
			return List.of();
		}
		long started = System.nanoTime();
		Map<String, Set<String>> membersOf = inputs.membersOf();
		List<OutcomeCell> cells = OutcomePooling.pool(inputs.cells(), membersOf);
		List<OutcomeTarget> targets = inputs.targets();
		long read = System.nanoTime();
		List<MetricValue> values = new OutcomeMetrics(plan, asOf, membersOf).compute(cells, targets);
		logger.info("Outcome metrics: " + cells.size() + " cells read in " + (read - started) / 1_000_000
				+ " ms, computed in " + (System.nanoTime() - read) / 1_000_000 + " ms");
		return values;
	}

}
