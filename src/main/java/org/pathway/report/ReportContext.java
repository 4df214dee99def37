package org.pathway.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pathway.domain.Scope;
import org.pathway.run.Problem;

/**
 * What every section builder of one report sees: its scope, the run's values in that
 * scope, the facts of that scope, and the plan.
 *
 * @param scope the report's scope: a funder, or the network
 * @param funderId the funder of a funder report, or null
 * @param funderName its name, or null
 * @param asOf the as-of date
 * @param metrics the run's values (all scopes: builders only ask for their own)
 * @param facts the facts reader
 * @param plan the plan, or null when none was accepted
 * @param members member id to {name, state} of the members in scope
 * @param memberScopes {@code member:<id>} of the members in scope
 * @param problems the run's problems
 */
record ReportContext(Scope scope, String funderId, String funderName, LocalDate asOf, MetricIndex metrics,
		ReportFacts facts, ReportFacts.Plan plan, Map<String, String[]> members, Set<String> memberScopes,
		List<Problem> problems) {

	boolean isFunder() {
		return this.funderId != null;
	}

	String scopeName() {
		return isFunder() ? this.funderName : "the network";
	}

}
