package org.pathway.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cells, targets and row look-ups shared by the outcome, equity and headline tests: a
 * 2024-2030 plan with a goal of 4,000,000 and a minimum cell size of 10, computed as of
 * 30 June 2026.
 */
final class OutcomeFixtures {

	static final PlanSettings PLAN = new PlanSettings(2024, 2030, 4_000_000, 10);

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	static final String READING = "early_grade_reading";

	static final String MATH = "middle_grade_math";

	static final String ALL = "all";

	static final String INCOME = "income";

	static final String LOW = "low_income";

	static final String NOT_LOW = "not_low_income";

	private OutcomeFixtures() {
	}

	static List<MetricValue> compute(List<OutcomeCell> cells, List<OutcomeTarget> targets) {
		return compute(cells, targets, Map.of());
	}

	static List<MetricValue> compute(List<OutcomeCell> cells, List<OutcomeTarget> targets,
			Map<String, Set<String>> membersOf) {
		return new OutcomeMetrics(PLAN, AS_OF, membersOf).compute(cells, targets);
	}

	static OutcomeCell cell(String scope, String outcome, int year, String dimension, String subgroup, long numerator,
			long denominator) {
		return new OutcomeCell(scope, outcome, year, dimension, subgroup, numerator, denominator, false);
	}

	/** An all/all cell of early grade reading. */
	static OutcomeCell total(String scope, int year, long numerator, long denominator) {
		return cell(scope, READING, year, ALL, ALL, numerator, denominator);
	}

	/** A cell of early grade reading. */
	static OutcomeCell reading(String scope, int year, String dimension, String subgroup, long numerator,
			long denominator) {
		return cell(scope, READING, year, dimension, subgroup, numerator, denominator);
	}

	/** A cell suppressed at the source: counts unknown. */
	static OutcomeCell sourceSuppressed(String scope, int year, String dimension, String subgroup) {
		return new OutcomeCell(scope, READING, year, dimension, subgroup, 0, 0, true);
	}

	static OutcomeTarget target(String scope, String outcome, int baselineYear, String baselineRate, int targetYear,
			String targetRate) {
		return new OutcomeTarget(scope, outcome, baselineYear, new BigDecimal(baselineRate), targetYear,
				new BigDecimal(targetRate));
	}

	static List<MetricValue> select(List<MetricValue> rows, String metric, String scope, String outcome,
			String dimension, String subgroup) {
		return rows.stream()
			.filter((r) -> r.metric().equals(metric) && r.scope().equals(scope) && Objects.equals(r.outcome(), outcome)
					&& r.dimension().equals(dimension) && r.subgroup().equals(subgroup))
			.toList();
	}

	/**
	 * The one row of a metric for a series; fails when there is none or more than one.
	 */
	static MetricValue only(List<MetricValue> rows, String metric, String scope, String outcome, String dimension,
			String subgroup) {
		List<MetricValue> found = select(rows, metric, scope, outcome, dimension, subgroup);
		assertThat(found).as("%s %s %s %s/%s", metric, scope, outcome, dimension, subgroup).hasSize(1);
		return found.get(0);
	}

	/** The one row of a metric for a series in a year. */
	static MetricValue only(List<MetricValue> rows, String metric, String scope, String outcome, String dimension,
			String subgroup, int year) {
		List<MetricValue> found = select(rows, metric, scope, outcome, dimension, subgroup).stream()
			.filter((r) -> Objects.equals(r.year(), year))
			.toList();
		assertThat(found).as("%s %s %s %s/%s %s", metric, scope, outcome, dimension, subgroup, year).hasSize(1);
		return found.get(0);
	}

	static void assertNoRow(List<MetricValue> rows, String metric, String scope, String outcome, String dimension,
			String subgroup) {
		assertThat(select(rows, metric, scope, outcome, dimension, subgroup))
			.as("%s %s %s %s/%s", metric, scope, outcome, dimension, subgroup)
			.isEmpty();
	}

	/** A shown value: exactly this number, in this year, without a note. */
	static void assertValue(MetricValue row, String expected, Integer year) {
		assertValue(row, new BigDecimal(expected), year);
	}

	static void assertValue(MetricValue row, BigDecimal expected, Integer year) {
		assertThat(row.value()).as(row.toString()).isEqualByComparingTo(expected);
		assertThat(row.year()).as(row.toString()).isEqualTo(year);
		assertThat(row.note()).as(row.toString()).isNull();
	}

	/** A row without a value, with this note, in this year. */
	static void assertNote(MetricValue row, String note, Integer year) {
		assertThat(row.value()).as(row.toString()).isNull();
		assertThat(row.note()).as(row.toString()).isEqualTo(note);
		assertThat(row.year()).as(row.toString()).isEqualTo(year);
	}

}
