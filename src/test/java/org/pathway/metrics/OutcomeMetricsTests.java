package org.pathway.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.pathway.metrics.OutcomeFixtures.ALL;
import static org.pathway.metrics.OutcomeFixtures.INCOME;
import static org.pathway.metrics.OutcomeFixtures.LOW;
import static org.pathway.metrics.OutcomeFixtures.NOT_LOW;
import static org.pathway.metrics.OutcomeFixtures.READING;
import static org.pathway.metrics.OutcomeFixtures.assertNoRow;
import static org.pathway.metrics.OutcomeFixtures.assertNote;
import static org.pathway.metrics.OutcomeFixtures.assertValue;
import static org.pathway.metrics.OutcomeFixtures.cell;
import static org.pathway.metrics.OutcomeFixtures.compute;
import static org.pathway.metrics.OutcomeFixtures.only;
import static org.pathway.metrics.OutcomeFixtures.reading;
import static org.pathway.metrics.OutcomeFixtures.sourceSuppressed;
import static org.pathway.metrics.OutcomeFixtures.target;
import static org.pathway.metrics.OutcomeFixtures.total;

/**
 * The outcome metrics O1-O7 (domain.md 3.2) of a 2024-2030 plan as of 30 June 2026:
 * rates, baselines, latest values up to the as-of year, changes, progress to target and
 * its status, with small cells suppressed.
 */
class OutcomeMetricsTests {

	private static final String SUPPRESSED = "suppressed";

	@Test
	void aRollUpRatePoolsItsMembersCountsNotTheirRates() {
		// the state cells as outcome-cells.sql pools them: sums of the members'
		// numerators and denominators
		List<MetricValue> rows = compute(List.of(total("member:a", 2024, 10, 100), total("member:a", 2025, 30, 100),
				total("member:b", 2024, 90, 300), total("member:b", 2025, 180, 300), total("state:MI", 2024, 100, 400),
				total("state:MI", 2025, 210, 400)), List.of());
		// (30 + 180) / (100 + 300) = 210/400 = 0.525, not the mean of rates (0.30 + 0.60)
		// / 2 = 0.45
		assertValue(only(rows, "O1", "state:MI", READING, ALL, ALL, 2025), "0.525", 2025);
		// (10 + 90) / (100 + 300) = 0.25, not (0.10 + 0.30) / 2 = 0.20
		assertValue(only(rows, "O1", "state:MI", READING, ALL, ALL, 2024), "0.25", 2024);
		assertValue(only(rows, "O3", "state:MI", READING, ALL, ALL), "0.525", 2025);
		// 0.525 - 0.25 = 0.275 (the means would give 0.45 - 0.20 = 0.25)
		assertValue(only(rows, "O4a", "state:MI", READING, ALL, ALL), "0.275", 2025);
	}

	@Test
	void o1ReportsEveryCellUpToTheAsOfYearAndSaysWhichAreSuppressed() {
		List<MetricValue> rows = compute(
				List.of(total("member:a", 2024, 50, 100), reading("member:a", 2024, "gender", "female", 3, 8),
						sourceSuppressed("member:a", 2025, ALL, ALL), reading("member:a", 2025, INCOME, LOW, 9, 20),
						total("member:a", 2026, 0, 0), total("member:a", 2027, 70, 100)),
				List.of());
		List<MetricValue> o1 = rows.stream().filter((r) -> r.metric().equals("O1")).toList();
		// 2026 has no young people measured (no rate: no row); 2027 is after the as-of
		// year 2026 (no row)
		assertThat(o1).hasSize(4);
		// 50/100 = 0.5
		assertValue(only(rows, "O1", "member:a", READING, ALL, ALL, 2024), "0.5", 2024);
		// 8 < 10: suppressed, never 0 or blank without a note
		assertNote(only(rows, "O1", "member:a", READING, "gender", "female", 2024), SUPPRESSED, 2024);
		// suppressed at the source: counts unknown, shown as suppressed
		assertNote(only(rows, "O1", "member:a", READING, ALL, ALL, 2025), SUPPRESSED, 2025);
		// 9/20 = 0.45 (the hidden 2025 total protects nothing, so no complementary
		// suppression)
		assertValue(only(rows, "O1", "member:a", READING, INCOME, LOW, 2025), "0.45", 2025);
	}

	@Test
	void theBaselineIsTheTargetsElseTheRateOfTheYearBeforeThePlan() {
		List<MetricValue> rows = compute(
				List.of(total("network", 2023, 420, 1000), reading("network", 2023, INCOME, LOW, 150, 500),
						total("network", 2026, 500, 1000), total("member:a", 2023, 45, 100),
						total("member:b", 2022, 40, 100), total("member:b", 2023, 50, 100),
						total("member:b", 2026, 60, 100), total("member:c", 2024, 30, 100),
						total("member:d", 2023, 4, 8), total("member:e", 2023, 3, 6)),
				List.of(target("network", READING, 2023, "0.40", 2030, "0.60"),
						target("member:b", READING, 2022, "0.35", 2030, "0.55"),
						target("member:e", READING, 2023, "0.5", 2030, "0.7")));
		// the network's target baseline 0.40, not its own 2023 rate 420/1000 = 0.42
		assertValue(only(rows, "O2", "network", READING, ALL, ALL), "0.40", 2023);
		// subgroups have no target: 2023 (2024 - 1) rate 150/500 = 0.30
		assertValue(only(rows, "O2", "network", READING, INCOME, LOW), "0.30", 2023);
		// no target: 45/100 = 0.45 in 2023
		assertValue(only(rows, "O2", "member:a", READING, ALL, ALL), "0.45", 2023);
		// the member's own target, with its own baseline year 2022: 0.35 (not 40/100 nor
		// 50/100)
		assertValue(only(rows, "O2", "member:b", READING, ALL, ALL), "0.35", 2022);
		// no 2023 data, no target: no baseline
		assertNoRow(rows, "O2", "member:c", READING, ALL, ALL);
		// 8 < 10: the baseline exists but is suppressed
		assertNote(only(rows, "O2", "member:d", READING, ALL, ALL), SUPPRESSED, 2023);
		// a target's baseline is published: shown although the member's own 2023 cell (6)
		// is hidden
		assertValue(only(rows, "O2", "member:e", READING, ALL, ALL), "0.5", 2023);
	}

	@Test
	void theLatestIsTheLastYearWithARateUpToTheAsOfYear() {
		List<MetricValue> rows = compute(List.of(total("member:a", 2024, 50, 100), total("member:a", 2025, 55, 100),
				total("member:a", 2026, 0, 0), total("member:a", 2027, 90, 100), total("member:b", 2025, 60, 100),
				sourceSuppressed("member:b", 2026, ALL, ALL), total("member:c", 2027, 70, 100),
				reading("member:c", 2027, INCOME, LOW, 30, 50), total("member:d", 2024, 40, 100),
				total("member:d", 2026, 5, 9)), List.of());
		// 2027 is after 2026 (year of 30 June 2026), 2026 measured nobody: 2025's 55/100
		// = 0.55
		assertValue(only(rows, "O3", "member:a", READING, ALL, ALL), "0.55", 2025);
		// a source-suppressed 2026 has no rate (missing data): 2025's 60/100 = 0.6
		assertValue(only(rows, "O3", "member:b", READING, ALL, ALL), "0.6", 2025);
		// only 2027: no data up to the as-of year; all/all says so, the subgroup has no
		// row
		assertNote(only(rows, "O3", "member:c", READING, ALL, ALL), "no_data", null);
		assertNoRow(rows, "O3", "member:c", READING, INCOME, LOW);
		// 2026's 5/9 has a rate but 9 < 10: the latest is 2026, suppressed (not 2024's
		// 0.4)
		assertNote(only(rows, "O3", "member:d", READING, ALL, ALL), SUPPRESSED, 2026);
	}

	@Test
	void changesAreSinceTheYearBeforeTheLatestAndSinceTheBaseline() {
		List<MetricValue> rows = compute(
				List.of(total("network", 2023, 420, 1000), total("network", 2025, 480, 1000),
						total("network", 2026, 500, 1000), reading("network", 2023, INCOME, LOW, 150, 500),
						reading("network", 2026, INCOME, LOW, 200, 500), total("member:a", 2023, 45, 100),
						total("member:a", 2026, 60, 100), total("member:c", 2026, 70, 100)),
				List.of(target("network", READING, 2023, "0.40", 2030, "0.60")));
		// 500/1000 - 480/1000 = 0.50 - 0.48 = 0.02, in the latest year 2026
		assertValue(only(rows, "O4a", "network", READING, ALL, ALL), "0.02", 2026);
		// 0.50 - 0.40 (the target's baseline, not 420/1000) = 0.10
		assertValue(only(rows, "O4b", "network", READING, ALL, ALL), "0.10", 2026);
		// subgroup: 200/500 - 150/500 = 0.40 - 0.30 = 0.10; no 2025, so no O4a
		assertValue(only(rows, "O4b", "network", READING, INCOME, LOW), "0.10", 2026);
		assertNoRow(rows, "O4a", "network", READING, INCOME, LOW);
		// 60/100 - 45/100 = 0.15; no 2025: no O4a
		assertValue(only(rows, "O4b", "member:a", READING, ALL, ALL), "0.15", 2026);
		assertNoRow(rows, "O4a", "member:a", READING, ALL, ALL);
		// no baseline and no prior year: neither change
		assertNoRow(rows, "O4a", "member:c", READING, ALL, ALL);
		assertNoRow(rows, "O4b", "member:c", READING, ALL, ALL);
	}

	@Test
	void aHiddenInputSuppressesTheChangeAndAMissingOneRemovesIt() {
		List<MetricValue> rows = compute(List.of(total("member:a", 2023, 4, 8), total("member:a", 2025, 50, 100),
				total("member:a", 2026, 66, 120), total("member:b", 2023, 40, 100), total("member:b", 2025, 5, 9),
				total("member:b", 2026, 60, 100), total("member:c", 2023, 40, 100), total("member:c", 2025, 50, 100),
				total("member:c", 2026, 4, 7)), List.of());
		// 66/120 - 50/100 = 0.55 - 0.5 = 0.05; the baseline (8 < 10) is hidden
		assertValue(only(rows, "O4a", "member:a", READING, ALL, ALL), "0.05", 2026);
		assertNote(only(rows, "O4b", "member:a", READING, ALL, ALL), SUPPRESSED, 2026);
		// the prior year (9 < 10) is hidden; 60/100 - 40/100 = 0.2
		assertNote(only(rows, "O4a", "member:b", READING, ALL, ALL), SUPPRESSED, 2026);
		assertValue(only(rows, "O4b", "member:b", READING, ALL, ALL), "0.2", 2026);
		// the latest (7 < 10) is hidden: latest, both changes suppressed, all in 2026
		assertNote(only(rows, "O3", "member:c", READING, ALL, ALL), SUPPRESSED, 2026);
		assertNote(only(rows, "O4a", "member:c", READING, ALL, ALL), SUPPRESSED, 2026);
		assertNote(only(rows, "O4b", "member:c", READING, ALL, ALL), SUPPRESSED, 2026);
	}

	@Test
	void theStatusComparesProgressWithTheShareOfTheTargetPeriodElapsed() {
		// every target: 0.40 in 2023 to 0.60 in 2033; latest 2026, so O6 = (2026 - 2023)
		// / (2033 - 2023) = 0.3
		String[][] cases = {
				// outcome, latest of 1000, O5, O7, status
				// (0.46 - 0.40) / 0.20 = 0.3; 0.3 / 0.3 = 1
				{ "early_grade_reading", "460", "0.3", "1", "on_track" },
				// (0.454 - 0.40) / 0.20 = 0.27; 0.27 / 0.3 = 0.9, on the edge: on track
				{ "middle_grade_math", "454", "0.27", "0.9", "on_track" },
				// (0.445 - 0.40) / 0.20 = 0.225; 0.225 / 0.3 = 0.75
				{ "kindergarten_readiness", "445", "0.225", "0.75", "at_risk" },
				// (0.442 - 0.40) / 0.20 = 0.21; 0.21 / 0.3 = 0.7, on the edge: at risk
				{ "high_school_graduation", "442", "0.21", "0.7", "at_risk" },
				// (0.43 - 0.40) / 0.20 = 0.15; 0.15 / 0.3 = 0.5
				{ "postsecondary_enrollment", "430", "0.15", "0.5", "off_track" },
				// (0.38 - 0.40) / 0.20 = -0.1; -0.1 / 0.3 = -1/3: further from the target
				// than the baseline
				{ "postsecondary_completion", "380", "-0.1", null, "off_track" } };
		List<OutcomeCell> cells = new ArrayList<>();
		List<OutcomeTarget> targets = new ArrayList<>();
		for (String[] c : cases) {
			cells.add(cell("network", c[0], 2026, ALL, ALL, Long.parseLong(c[1]), 1000));
			targets.add(target("network", c[0], 2023, "0.40", 2033, "0.60"));
		}
		List<MetricValue> rows = compute(cells, targets);
		for (String[] c : cases) {
			assertValue(only(rows, "O5", "network", c[0], ALL, ALL), c[2], 2026);
			assertValue(only(rows, "O6", "network", c[0], ALL, ALL), "0.3", 2026);
			MetricValue o7 = only(rows, "O7", "network", c[0], ALL, ALL);
			assertThat(o7.value()).as(c[0])
				.isEqualByComparingTo((c[3] != null) ? new BigDecimal(c[3]) : Rates.divide(-1, 3));
			assertThat(o7.note()).as(c[0]).isEqualTo(c[4]);
			assertThat(o7.year()).isEqualTo(2026);
		}
	}

	@Test
	void theStatusBandsAreDecidedExactlyWhenTheSharesDoNotEndInDecimals() {
		// target 0.4 in 2022 to 0.6 in 2029; latest 2026: O6 = 4/7 = 0.571428...
		List<OutcomeTarget> targets = List.of(target("member:a", READING, 2022, "0.4", 2029, "0.6"),
				target("member:b", READING, 2022, "0.4", 2029, "0.6"));
		List<MetricValue> rows = compute(List.of(total("member:a", 2026, 88, 175), total("member:b", 2026, 87, 175)),
				targets);
		assertThat(only(rows, "O6", "member:a", READING, ALL, ALL).value()).isEqualByComparingTo(Rates.divide(4, 7));
		// O5 = (88/175 - 0.4) / 0.2 = (88 - 70) / 35 = 18/35; O5 / O6 = (18/35) / (4/7) =
		// 126/140 = 0.9 exactly
		assertThat(only(rows, "O5", "member:a", READING, ALL, ALL).value()).isEqualByComparingTo(Rates.divide(18, 35));
		MetricValue onTheEdge = only(rows, "O7", "member:a", READING, ALL, ALL);
		assertThat(onTheEdge.value()).isEqualByComparingTo("0.9");
		assertThat(onTheEdge.note()).isEqualTo("on_track");
		// (87 - 70) / 35 = 17/35; (17/35) / (4/7) = 119/140 = 0.85
		MetricValue below = only(rows, "O7", "member:b", READING, ALL, ALL);
		assertThat(below.value()).isEqualByComparingTo("0.85");
		assertThat(below.note()).isEqualTo("at_risk");
	}

	@Test
	void aTargetEqualToItsBaselineIsJudgedByWhetherTheLatestHoldsIt() {
		List<OutcomeTarget> targets = List.of(target("member:a", READING, 2023, "0.5", 2030, "0.5"),
				target("member:b", READING, 2023, "0.5", 2030, "0.5"),
				target("member:c", READING, 2023, "0.5", 2030, "0.5"));
		List<MetricValue> rows = compute(List.of(total("member:a", 2026, 52, 100), total("member:b", 2026, 48, 100),
				total("member:c", 2026, 50, 100)), targets);
		// (latest - 0.5) / (0.5 - 0.5): a division by zero, so O5 has no value
		assertNote(only(rows, "O5", "member:a", READING, ALL, ALL), "undefined", 2026);
		// O6 = (2026 - 2023) / (2030 - 2023) = 3/7 as usual
		assertThat(only(rows, "O6", "member:a", READING, ALL, ALL).value()).isEqualByComparingTo(Rates.divide(3, 7));
		// 0.52 >= 0.5 holds the target; 0.48 < 0.5 does not; 0.50 >= 0.5 does
		assertNote(only(rows, "O7", "member:a", READING, ALL, ALL), "on_track", 2026);
		assertNote(only(rows, "O7", "member:b", READING, ALL, ALL), "off_track", 2026);
		assertNote(only(rows, "O7", "member:c", READING, ALL, ALL), "on_track", 2026);
	}

	@Test
	void noStatusCanBeJudgedBeforeALatestYearAfterTheBaselineYear() {
		List<OutcomeTarget> targets = List.of(target("member:d", READING, 2026, "0.5", 2030, "0.7"),
				target("member:e", READING, 2027, "0.5", 2030, "0.7"),
				target("member:f", READING, 2026, "0.5", 2026, "0.6"));
		List<MetricValue> rows = compute(List.of(total("member:d", 2026, 55, 100), total("member:e", 2026, 55, 100),
				total("member:f", 2026, 55, 100)), targets);
		// latest year = baseline year: O6 = (2026 - 2026) / (2030 - 2026) = 0
		assertValue(only(rows, "O6", "member:d", READING, ALL, ALL), "0", 2026);
		// O5 = (0.55 - 0.5) / (0.7 - 0.5) = 0.25, but O5 / 0 has no meaning
		assertValue(only(rows, "O5", "member:d", READING, ALL, ALL), "0.25", 2026);
		assertNote(only(rows, "O7", "member:d", READING, ALL, ALL), "no_data", 2026);
		// latest year before the baseline year: O6 = (2026 - 2027) / (2030 - 2027) = -1/3
		assertThat(only(rows, "O6", "member:e", READING, ALL, ALL).value()).isEqualByComparingTo(Rates.divide(-1, 3));
		assertNote(only(rows, "O7", "member:e", READING, ALL, ALL), "no_data", 2026);
		// target year = baseline year: O6 = 0 / 0, undefined
		assertNote(only(rows, "O6", "member:f", READING, ALL, ALL), "undefined", 2026);
		assertNote(only(rows, "O7", "member:f", READING, ALL, ALL), "no_data", 2026);
	}

	@Test
	void aHiddenLatestSuppressesProgressAndStatusAndNoLatestMeansNoData() {
		List<OutcomeTarget> targets = List.of(target("member:g", READING, 2023, "0.4", 2033, "0.6"),
				target("member:h", READING, 2023, "0.4", 2033, "0.6"));
		List<MetricValue> rows = compute(List.of(total("member:g", 2026, 5, 9)), targets);
		// 9 < 10: the rate, the progress and the status (which would place it in a band)
		// are suppressed
		assertNote(only(rows, "O3", "member:g", READING, ALL, ALL), SUPPRESSED, 2026);
		assertNote(only(rows, "O5", "member:g", READING, ALL, ALL), SUPPRESSED, 2026);
		assertNote(only(rows, "O7", "member:g", READING, ALL, ALL), SUPPRESSED, 2026);
		// the years are shown: (2026 - 2023) / (2033 - 2023) = 0.3
		assertValue(only(rows, "O6", "member:g", READING, ALL, ALL), "0.3", 2026);
		// a target without any data: its baseline, and no data for the rest
		assertValue(only(rows, "O2", "member:h", READING, ALL, ALL), "0.4", 2023);
		assertNote(only(rows, "O3", "member:h", READING, ALL, ALL), "no_data", null);
		assertNote(only(rows, "O7", "member:h", READING, ALL, ALL), "no_data", null);
		assertNoRow(rows, "O5", "member:h", READING, ALL, ALL);
		assertNoRow(rows, "O6", "member:h", READING, ALL, ALL);
	}

	@Test
	void progressIsOnlyForTheTotalOfAScopeWithATarget() {
		List<MetricValue> rows = compute(
				List.of(total("member:a", 2026, 50, 100), reading("member:a", 2026, INCOME, LOW, 20, 50),
						reading("member:a", 2026, INCOME, NOT_LOW, 30, 50), total("member:z", 2026, 50, 100)),
				List.of(target("member:a", READING, 2023, "0.4", 2033, "0.6")));
		assertThat(rows).filteredOn((r) -> r.metric().matches("O[567]"))
			.extracting(MetricValue::scope, MetricValue::dimension)
			.containsOnly(Tuple.tuple("member:a", ALL));
	}

	@Test
	void complementaryHiddenCellsAreSuppressedEverywhereTheyAreUsed() {
		List<MetricValue> rows = compute(SmallCellsTests.sample("member:a"), List.of());
		// race 2024: asian 4 < 10, and hispanic (20, the next smallest) with it
		assertNote(only(rows, "O1", "member:a", READING, "race_ethnicity", "asian", 2024), SUPPRESSED, 2024);
		assertNote(only(rows, "O1", "member:a", READING, "race_ethnicity", "hispanic_latino", 2024), SUPPRESSED, 2024);
		assertNote(only(rows, "O3", "member:a", READING, "race_ethnicity", "hispanic_latino"), SUPPRESSED, 2024);
		// 10/30 = 0.333...: shown
		assertThat(only(rows, "O1", "member:a", READING, "race_ethnicity", "black_african_american", 2024).value())
			.isEqualByComparingTo(Rates.divide(1, 3));
		// no dimension beside the shown total has exactly one suppressed subgroup
		rows.stream()
			.filter((r) -> r.metric().equals("O1") && !r.dimension().equals(ALL))
			.collect(Collectors.groupingBy(MetricValue::dimension))
			.forEach((dimension, subgroups) -> assertThat(subgroups).as(dimension)
				.filteredOn((r) -> SUPPRESSED.equals(r.note()))
				.hasSizeGreaterThanOrEqualTo(2));
	}

	@Test
	void everyRowHasItsOwnKeyAndAnEmptyValueAlwaysHasANote() {
		List<OutcomeCell> cells = new ArrayList<>(SmallCellsTests.sample("member:a"));
		cells.addAll(List.of(total("member:a", 2023, 50, 100), total("member:a", 2026, 5, 9),
				total("member:b", 2026, 50, 100), total("network", 2023, 100, 200), total("network", 2026, 105, 200)));
		List<OutcomeTarget> targets = List.of(target("network", READING, 2023, "0.5", 2030, "0.6"),
				target("member:a", READING, 2023, "0.5", 2030, "0.5"),
				target("member:z", READING, 2023, "0.5", 2030, "0.6"));
		List<MetricValue> rows = compute(cells, targets,
				Map.of("state:MI", Set.of("member:a", "member:b"), "state:OH", Set.of()));
		assertThat(rows).extracting((r) -> List.of(r.metric(), r.scope(), String.valueOf(r.outcome()), r.dimension(),
				r.subgroup(), String.valueOf(r.year())))
			.doesNotHaveDuplicates();
		assertThat(rows).filteredOn((r) -> r.value() == null).allMatch((r) -> r.note() != null);
	}

	@Test
	void twoCellsForOnePlaceAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> compute(List.of(total("member:a", 2024, 1, 10), total("member:a", 2024, 2, 10)), List.of()));
	}

}
