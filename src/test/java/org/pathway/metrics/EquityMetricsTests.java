package org.pathway.metrics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.metrics.OutcomeFixtures.ALL;
import static org.pathway.metrics.OutcomeFixtures.INCOME;
import static org.pathway.metrics.OutcomeFixtures.LOW;
import static org.pathway.metrics.OutcomeFixtures.NOT_LOW;
import static org.pathway.metrics.OutcomeFixtures.READING;
import static org.pathway.metrics.OutcomeFixtures.assertNoRow;
import static org.pathway.metrics.OutcomeFixtures.assertNote;
import static org.pathway.metrics.OutcomeFixtures.assertValue;
import static org.pathway.metrics.OutcomeFixtures.compute;
import static org.pathway.metrics.OutcomeFixtures.only;
import static org.pathway.metrics.OutcomeFixtures.reading;
import static org.pathway.metrics.OutcomeFixtures.select;
import static org.pathway.metrics.OutcomeFixtures.sourceSuppressed;
import static org.pathway.metrics.OutcomeFixtures.target;
import static org.pathway.metrics.OutcomeFixtures.total;

/**
 * The equity metrics E1-E3 (domain.md 3.4): gaps to all/all, the widest gap between
 * reportable subgroups, and its change since the baseline year, with hidden subgroups
 * kept out.
 */
class EquityMetricsTests {

	private static final String RACE = "race_ethnicity";

	private static final String GENDER = "gender";

	/**
	 * member:a's reading in 2023 (the year before the plan), 2024 and 2026; its
	 * dimensions add up to all/all.
	 */
	private static final List<OutcomeCell> MEMBER_A = List.of(total("member:a", 2023, 50, 100),
			reading("member:a", 2023, INCOME, LOW, 20, 50), reading("member:a", 2023, INCOME, NOT_LOW, 30, 50),
			reading("member:a", 2023, RACE, "black_african_american", 10, 40),
			reading("member:a", 2023, RACE, "white", 35, 50), reading("member:a", 2023, RACE, "asian", 5, 10),
			total("member:a", 2024, 55, 100), reading("member:a", 2024, INCOME, LOW, 22, 50),
			reading("member:a", 2024, INCOME, NOT_LOW, 33, 50), total("member:a", 2026, 60, 100),
			reading("member:a", 2026, INCOME, LOW, 25, 50), reading("member:a", 2026, INCOME, NOT_LOW, 35, 50),
			reading("member:a", 2026, RACE, "black_african_american", 18, 40),
			reading("member:a", 2026, RACE, "white", 36, 50), reading("member:a", 2026, RACE, "asian", 6, 10),
			reading("member:a", 2026, GENDER, "female", 33, 60), reading("member:a", 2026, GENDER, "male", 26, 35),
			reading("member:a", 2026, GENDER, "nonbinary", 1, 5));

	@Test
	void theGapIsTheSubgroupRateMinusTheTotalRateInEveryYear() {
		List<MetricValue> rows = compute(MEMBER_A, List.of());
		// 25/50 - 60/100 = 0.5 - 0.6 = -0.1; 35/50 - 0.6 = 0.7 - 0.6 = 0.1
		assertValue(only(rows, "E1", "member:a", READING, INCOME, LOW, 2026), "-0.1", 2026);
		assertValue(only(rows, "E1", "member:a", READING, INCOME, NOT_LOW, 2026), "0.1", 2026);
		// 20/50 - 50/100 = 0.4 - 0.5 = -0.1; 22/50 - 55/100 = 0.44 - 0.55 = -0.11
		assertValue(only(rows, "E1", "member:a", READING, INCOME, LOW, 2023), "-0.1", 2023);
		assertValue(only(rows, "E1", "member:a", READING, INCOME, LOW, 2024), "-0.11", 2024);
		// 18/40 - 0.6 = 0.45 - 0.6 = -0.15; 36/50 - 0.6 = 0.12; 6/10 - 0.6 = 0
		assertValue(only(rows, "E1", "member:a", READING, RACE, "black_african_american", 2026), "-0.15", 2026);
		assertValue(only(rows, "E1", "member:a", READING, RACE, "white", 2026), "0.12", 2026);
		assertValue(only(rows, "E1", "member:a", READING, RACE, "asian", 2026), "0", 2026);
		// 33/60 - 0.6 = 0.55 - 0.6 = -0.05
		assertValue(only(rows, "E1", "member:a", READING, GENDER, "female", 2026), "-0.05", 2026);
	}

	@Test
	void aGapWithAHiddenRateIsSuppressed() {
		List<MetricValue> rows = compute(List
			.of(MEMBER_A,
					List.of(sourceSuppressed("member:c", 2026, ALL, ALL),
							reading("member:c", 2026, INCOME, LOW, 20, 50)))
			.stream()
			.flatMap(List::stream)
			.toList(), List.of());
		// nonbinary 5 < 10 is hidden, and male (35, smaller than female's 60) with it
		assertNote(only(rows, "E1", "member:a", READING, GENDER, "nonbinary", 2026), "suppressed", 2026);
		assertNote(only(rows, "E1", "member:a", READING, GENDER, "male", 2026), "suppressed", 2026);
		// the total is hidden (suppressed at the source): the gap of a shown subgroup is
		// suppressed too
		assertNote(only(rows, "E1", "member:c", READING, INCOME, LOW, 2026), "suppressed", 2026);
	}

	@Test
	void theWidestGapIsBetweenTheHighestAndLowestReportableSubgroups() {
		List<MetricValue> rows = compute(MEMBER_A, List.of());
		// 35/50 - 25/50 = 0.7 - 0.5 = 0.2, dimension income, subgroup all
		assertValue(only(rows, "E2", "member:a", READING, INCOME, ALL, 2026), "0.2", 2026);
		// 2024: 33/50 - 22/50 = 0.66 - 0.44 = 0.22; 2023: 30/50 - 20/50 = 0.2
		assertValue(only(rows, "E2", "member:a", READING, INCOME, ALL, 2024), "0.22", 2024);
		assertValue(only(rows, "E2", "member:a", READING, INCOME, ALL, 2023), "0.2", 2023);
		// 2026: white 36/50 - black 18/40 = 0.72 - 0.45 = 0.27; 2023: 35/50 - 10/40 = 0.7
		// - 0.25 = 0.45
		assertValue(only(rows, "E2", "member:a", READING, RACE, ALL, 2026), "0.27", 2026);
		assertValue(only(rows, "E2", "member:a", READING, RACE, ALL, 2023), "0.45", 2023);
		// gender 2026: nonbinary and male hidden, female alone is reportable: no widest
		// gap
		assertNoRow(rows, "E2", "member:a", READING, GENDER, ALL);
		assertThat(select(rows, "E2", "member:a", READING, ALL, ALL)).isEmpty();
	}

	@Test
	void theGapChangeIsTheWidestGapOfTheLatestYearMinusThatOfTheBaselineYear() {
		List<MetricValue> rows = compute(MEMBER_A, List.of());
		// latest 2026, baseline 2023 (no target): income 0.2 - 0.2 = 0; race 0.27 - 0.45
		// = -0.18 (2024 plays no part)
		assertValue(only(rows, "E3", "member:a", READING, INCOME, ALL), "0", 2026);
		assertValue(only(rows, "E3", "member:a", READING, RACE, ALL), "-0.18", 2026);
		// gender has no widest gap in 2026 nor in 2023
		assertNoRow(rows, "E3", "member:a", READING, GENDER, ALL);
	}

	@Test
	void theGapChangeStartsFromTheTargetsBaselineYear() {
		List<MetricValue> rows = compute(List.of(total("member:d", 2022, 50, 100),
				reading("member:d", 2022, INCOME, LOW, 20, 50), reading("member:d", 2022, INCOME, NOT_LOW, 30, 50),
				total("member:d", 2023, 50, 100), reading("member:d", 2023, INCOME, LOW, 10, 50),
				reading("member:d", 2023, INCOME, NOT_LOW, 40, 50), total("member:d", 2026, 60, 100),
				reading("member:d", 2026, INCOME, LOW, 24, 50), reading("member:d", 2026, INCOME, NOT_LOW, 36, 50)),
				List.of(target("member:d", READING, 2022, "0.5", 2030, "0.7")));
		// 2026: 36/50 - 24/50 = 0.72 - 0.48 = 0.24; 2022 (the target's baseline year):
		// 0.6 - 0.4 = 0.2
		// 0.24 - 0.2 = 0.04 (from 2023, the year before the plan, it would be 0.24 - 0.6
		// = -0.36)
		assertValue(only(rows, "E3", "member:d", READING, INCOME, ALL), "0.04", 2026);
	}

	@Test
	void noGapChangeWithoutALatestTotal() {
		List<MetricValue> rows = compute(List.of(reading("member:e", 2023, INCOME, LOW, 20, 50),
				reading("member:e", 2023, INCOME, NOT_LOW, 30, 50), reading("member:e", 2026, INCOME, LOW, 25, 50),
				reading("member:e", 2026, INCOME, NOT_LOW, 35, 50)), List.of());
		// no all/all cell: no gaps to the total, no latest year; the widest gaps exist
		// (0.7 - 0.5 = 0.2)
		assertThat(select(rows, "E1", "member:e", READING, INCOME, LOW)).isEmpty();
		assertValue(only(rows, "E2", "member:e", READING, INCOME, ALL, 2026), "0.2", 2026);
		assertNoRow(rows, "E3", "member:e", READING, INCOME, ALL);
	}

}
