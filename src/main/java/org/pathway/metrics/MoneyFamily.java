package org.pathway.metrics;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The money metrics F1-F11 (domain.md 3.1), summed in SQL per funder and currency. */
@Component
@Order(1)
class MoneyFamily implements MetricFamily {

	@Override
	public List<MetricValue> compute(NamedParameterJdbcTemplate jdbc, LocalDate asOf) {
		PlanSettings plan = new OutcomeInputs(jdbc, asOf).plan();
		return new MoneyMetrics(jdbc, asOf, (plan != null) ? plan.elapsedShare(asOf) : null).compute();
	}

}
