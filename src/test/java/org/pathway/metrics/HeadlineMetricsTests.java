package org.pathway.metrics;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.metrics.OutcomeFixtures.ALL;
import static org.pathway.metrics.OutcomeFixtures.MATH;
import static org.pathway.metrics.OutcomeFixtures.assertNote;
import static org.pathway.metrics.OutcomeFixtures.assertValue;
import static org.pathway.metrics.OutcomeFixtures.cell;
import static org.pathway.metrics.OutcomeFixtures.compute;
import static org.pathway.metrics.OutcomeFixtures.only;
import static org.pathway.metrics.OutcomeFixtures.target;
import static org.pathway.metrics.OutcomeFixtures.total;

/**
 * The headline H1-H2 (domain.md 3.3): additional young people on a path, summed exactly
 * over members and outcomes and rounded once, per roll-up scope, and its share of the
 * goal beside the share of the period.
 */
class HeadlineMetricsTests {

	private static final Map<String, Set<String>> MEMBERS_OF = Map.of("network",
			Set.of("member:a", "member:b", "member:c", "member:d"), "state:MI", Set.of("member:a", "member:b"),
			"state:OH", Set.of("member:c"), "region:Southeast Michigan", Set.of("member:d"), "funder:ballmer",
			Set.of("member:a", "member:d"));

	/**
	 * Contributions (latest numerator - baseline rate x latest denominator; baseline year
	 * 2023, as-of year 2026): a: reading 55 - 0.4 x 120 = 7, math (target 0.5) 30 - 0.5 x
	 * 70 = -5, together 2; b: reading 50 - 1/3 x 100 = 50/3; c: nothing; d: reading 9 -
	 * 1/4 x 10 = 6.5.
	 */
	private static final List<OutcomeCell> CELLS = List.of(total("member:a", 2023, 40, 100),
			total("member:a", 2026, 55, 120),
			// a's own 2023 math rate (20/70) gives way to its target's baseline 0.5;
			// latest is 2025
			cell("member:a", MATH, 2023, ALL, ALL, 20, 70), cell("member:a", MATH, 2025, ALL, ALL, 30, 70),
			// b's 2023 reading (3 < 10) is hidden for display, but its real counts count
			total("member:b", 2023, 1, 3), total("member:b", 2026, 50, 100),
			// b's math has no baseline (no 2023, no target)
			cell("member:b", MATH, 2026, ALL, ALL, 20, 40),
			// c's reading has no baseline; its math no latest up to 2026 (2027 is after
			// the as-of year)
			total("member:c", 2026, 30, 50), cell("member:c", MATH, 2027, ALL, ALL, 15, 20),
			total("member:d", 2023, 1, 4), total("member:d", 2026, 9, 10),
			// a state's pooled cells play no part: H1 sums its members' contributions
			// (from the pooled counts
			// 105 - 41/103 x 220 = 17.43 would round to 17, not 19)
			total("state:MI", 2023, 41, 103), total("state:MI", 2026, 105, 220));

	private static final List<OutcomeTarget> TARGETS = List.of(target("member:a", MATH, 2023, "0.5", 2030, "0.7"));

	@Test
	void additionalYoungPeopleAreSummedOverTheMembersOfEachScopeAndRounded() {
		List<MetricValue> rows = compute(CELLS, TARGETS, MEMBERS_OF);
		// 2 + 50/3 + 6.5 = (12 + 100 + 39) / 6 = 151/6 = 25.17 -> 25
		assertValue(only(rows, "H1", "network", null, ALL, ALL), "25", null);
		// 2 + 50/3 = 56/3 = 18.67 -> 19
		assertValue(only(rows, "H1", "state:MI", null, ALL, ALL), "19", null);
		// 6.5 -> 6: half-even (half-up would give 7)
		assertValue(only(rows, "H1", "region:Southeast Michigan", null, ALL, ALL), "6", null);
		// 2 + 6.5 = 8.5 -> 8: half-even
		assertValue(only(rows, "H1", "funder:ballmer", null, ALL, ALL), "8", null);
		// c contributes nothing: no data rather than 0
		assertNote(only(rows, "H1", "state:OH", null, ALL, ALL), "no_data", null);
	}

	@Test
	void aScopeCanLoseYoungPeople() {
		List<MetricValue> rows = compute(CELLS, TARGETS, Map.of("kind:state_policy_coalition", Set.of("member:a")));
		// a: reading 7 + math -5 = 2; alone, math's 30 - 0.5 x 70 = -5
		assertValue(only(rows, "H1", "kind:state_policy_coalition", null, ALL, ALL), "2", null);
		List<OutcomeCell> mathOnly = CELLS.stream().filter((c) -> c.outcome().equals(MATH)).toList();
		rows = compute(mathOnly, TARGETS, Map.of("state:MI", Set.of("member:a", "member:b")));
		// only a's math contributes (b's has no baseline): -5
		assertValue(only(rows, "H1", "state:MI", null, ALL, ALL), "-5", null);
	}

	@Test
	void theSumIsExactAndRoundedOnlyOnce() {
		List<OutcomeCell> cells = List.of(total("member:b", 2023, 1, 3), total("member:b", 2026, 50, 100),
				total("member:e", 2023, 1, 3), total("member:e", 2026, 10, 10));
		// no network in membersOf: the network still covers every member
		List<MetricValue> rows = compute(cells, List.of(), Map.of("state:WA", Set.of("member:b", "member:e")));
		// 50 - 100/3 = 50/3 and 10 - 10/3 = 20/3: 70/3 = 23.33 -> 23 (rounding each
		// first: 17 + 7 = 24)
		assertValue(only(rows, "H1", "network", null, ALL, ALL), "23", null);
		assertValue(only(rows, "H1", "state:WA", null, ALL, ALL), "23", null);
	}

	@Test
	void progressToTheGoalStandsBesideTheShareOfThePlanPeriodElapsed() {
		List<MetricValue> rows = compute(CELLS, TARGETS, MEMBERS_OF);
		// 25 / 4,000,000 = 0.00000625; 19 / 4,000,000 = 0.00000475
		assertValue(only(rows, "H2", "network", null, ALL, ALL), "0.00000625", null);
		assertValue(only(rows, "H2", "state:MI", null, ALL, ALL), "0.00000475", null);
		// 1 Jan 2024 to 30 Jun 2026: 366 + 365 + 181 = 912 days of the plan's 2557
		// (2024-2030, two leap years)
		for (String scope : List.of("network", "state:MI", "state:OH", "region:Southeast Michigan", "funder:ballmer")) {
			assertValue(only(rows, "H2", scope, null, "pace", "period_elapsed"), Rates.divide(912, 2557), null);
		}
		assertNote(only(rows, "H2", "state:OH", null, ALL, ALL), "no_data", null);
	}

	@Test
	void theHeadlineIsNeverReportedPerMember() {
		List<MetricValue> rows = compute(CELLS, TARGETS, MEMBERS_OF);
		assertThat(rows).filteredOn((r) -> r.metric().startsWith("H"))
			.extracting(MetricValue::scope)
			.containsOnly("network", "state:MI", "state:OH", "region:Southeast Michigan", "funder:ballmer");
		assertThat(rows).filteredOn((r) -> r.metric().startsWith("H"))
			.extracting(MetricValue::outcome)
			.containsOnlyNulls();
	}

}
