package org.pathway.metrics;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * One family of metrics of domain.md section 3 (money, outcomes with equity and the
 * headline, ...), computed from the database as of a date. Each family is a Spring bean;
 * the metrics step computes them all, side by side on the machine's cores (the last in
 * {@code @Order}, the heaviest, in the step's own thread), and stores their values
 * together. A new family is a new bean.
 */
public interface MetricFamily {

	/** Every value of the family, in no particular order. */
	List<MetricValue> compute(NamedParameterJdbcTemplate jdbc, LocalDate asOf) throws Exception;

}
