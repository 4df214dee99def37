package org.pathway.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.metrics.OutcomeFixtures.ALL;
import static org.pathway.metrics.OutcomeFixtures.INCOME;
import static org.pathway.metrics.OutcomeFixtures.LOW;
import static org.pathway.metrics.OutcomeFixtures.NOT_LOW;
import static org.pathway.metrics.OutcomeFixtures.reading;
import static org.pathway.metrics.OutcomeFixtures.sourceSuppressed;
import static org.pathway.metrics.OutcomeFixtures.total;

/**
 * Small-cell suppression (domain.md 3.5): small and source-suppressed cells are hidden,
 * and beside a lone hidden subgroup under a shown total the next-smallest subgroup is
 * hidden too, in every scope.
 */
class SmallCellsTests {

	private static final int MIN = 10;

	private static final String RACE = "race_ethnicity";

	private static final String GENDER = "gender";

	@Test
	void aCellBelowTheMinimumOrSuppressedAtTheSourceIsHiddenAndAnEmptyCellIsMissing() {
		OutcomeCell nine = total("member:a", 2024, 4, 9);
		OutcomeCell ten = total("member:b", 2024, 4, 10);
		OutcomeCell empty = total("member:c", 2024, 0, 0);
		OutcomeCell source = sourceSuppressed("member:d", 2024, ALL, ALL);
		SmallCells small = new SmallCells(List.of(nine, ten, empty, source), MIN);
		// 9 < 10: hidden; 10 is not below 10: shown
		assertThat(small.isHidden(nine)).isTrue();
		assertThat(small.isHidden(ten)).isFalse();
		assertThat(small.isShown(ten)).isTrue();
		// denominator 0: no rate, so neither hidden nor shown
		assertThat(small.isHidden(empty)).isFalse();
		assertThat(small.isShown(empty)).isFalse();
		// suppressed at the source: hidden, whatever its (unknown, 0) counts
		assertThat(small.isHidden(source)).isTrue();
	}

	@Test
	void aLoneHiddenSubgroupBesideAShownTotalHidesTheNextSmallestSubgroup() {
		List<OutcomeCell> cells = sample("member:a");
		SmallCells small = new SmallCells(cells, MIN);
		// race: asian 4 < 10 hidden alone; shown: hispanic 20, black 30, white 46 ->
		// hispanic (20) hidden too
		assertThat(hidden(small, cells, RACE)).containsExactlyInAnyOrder("asian", "hispanic_latino");
		// income: low 7 hidden alone -> the only other subgroup, not_low (93), hidden too
		assertThat(hidden(small, cells, INCOME)).containsExactlyInAnyOrder(LOW, NOT_LOW);
		// gender: nonbinary 5 hidden alone; shown: male 45, female 50 -> male (45) hidden
		// too
		assertThat(hidden(small, cells, GENDER)).containsExactlyInAnyOrder("nonbinary", "male");
		assertThat(small.isHidden(cells.get(0))).as("all/all 100 stays shown").isFalse();
	}

	@Test
	void noHiddenCellCanBeRecoveredByTakingTheShownSubgroupsFromTheTotal() {
		List<OutcomeCell> cells = sample("member:a");
		SmallCells small = new SmallCells(cells, MIN);
		OutcomeCell all = cells.get(0);
		Map<String, List<OutcomeCell>> byDimension = cells.stream()
			.filter((c) -> !c.dimension().equals(ALL))
			.collect(Collectors.groupingBy(OutcomeCell::dimension));
		for (List<OutcomeCell> subgroups : byDimension.values()) {
			long numerator = all.numerator();
			long denominator = all.denominator();
			List<OutcomeCell> hidden = new ArrayList<>();
			for (OutcomeCell subgroup : subgroups) {
				if (small.isShown(subgroup)) {
					numerator -= subgroup.numerator();
					denominator -= subgroup.denominator();
				}
				else {
					hidden.add(subgroup);
				}
			}
			// e.g. race: 60/100 - black 10/30 - white 36/46 = 14/24 = asian 2/4 +
			// hispanic 12/20: two unknowns, one sum
			assertThat(hidden).hasSizeGreaterThanOrEqualTo(2);
			for (OutcomeCell cell : hidden) {
				assertThat(new long[] { numerator, denominator }).as("the residual is not %s alone", cell.subgroup())
					.isNotEqualTo(new long[] { cell.numerator(), cell.denominator() });
			}
		}
	}

	@Test
	void tiesForTheNextSmallestAreBrokenBySubgroupName() {
		List<OutcomeCell> cells = List.of(total("member:a", 2024, 30, 73),
				reading("member:a", 2024, RACE, "asian", 1, 3),
				reading("member:a", 2024, RACE, "hispanic_latino", 10, 20),
				reading("member:a", 2024, RACE, "black_african_american", 9, 20),
				reading("member:a", 2024, RACE, "white", 10, 30));
		SmallCells small = new SmallCells(cells, MIN);
		// black_african_american and hispanic_latino both 20: black_african_american
		// comes first by name
		assertThat(hidden(small, cells, RACE)).containsExactlyInAnyOrder("asian", "black_african_american");
	}

	@Test
	void aSourceSuppressedSubgroupAloneAlsoHidesTheNextSmallest() {
		List<OutcomeCell> cells = List.of(total("member:b", 2024, 50, 80),
				sourceSuppressed("member:b", 2024, INCOME, LOW), reading("member:b", 2024, INCOME, NOT_LOW, 40, 70));
		SmallCells small = new SmallCells(cells, MIN);
		// 80 - 70 = 10 young people in low_income would be known if not_low_income stayed
		// shown
		assertThat(hidden(small, cells, INCOME)).containsExactlyInAnyOrder(LOW, NOT_LOW);
	}

	@Test
	void nothingMoreIsHiddenWhenTheTotalIsNotShownOrTwoSubgroupsAreAlreadyHidden() {
		List<OutcomeCell> hiddenTotal = List.of(sourceSuppressed("member:a", 2024, ALL, ALL),
				reading("member:a", 2024, INCOME, LOW, 2, 5), reading("member:a", 2024, INCOME, NOT_LOW, 20, 40));
		List<OutcomeCell> noTotal = List.of(reading("member:b", 2024, INCOME, LOW, 2, 5),
				reading("member:b", 2024, INCOME, NOT_LOW, 20, 40));
		List<OutcomeCell> twoHidden = List.of(total("member:c", 2024, 40, 100),
				reading("member:c", 2024, GENDER, "nonbinary", 1, 3), reading("member:c", 2024, GENDER, "male", 4, 8),
				reading("member:c", 2024, GENDER, "female", 35, 89));
		// the total is hidden (or absent): nothing to subtract from; not_low_income 40
		// stays shown
		assertThat(hidden(new SmallCells(hiddenTotal, MIN), hiddenTotal, INCOME)).containsExactly(LOW);
		assertThat(hidden(new SmallCells(noTotal, MIN), noTotal, INCOME)).containsExactly(LOW);
		// 3 and 8 are both below 10: 100 - 89 = 11 is their sum, neither alone; female 89
		// stays shown
		assertThat(hidden(new SmallCells(twoHidden, MIN), twoHidden, GENDER)).containsExactlyInAnyOrder("nonbinary",
				"male");
	}

	@Test
	void anEmptySubgroupIsNeitherCountedAsHiddenNorChosenAsTheComplement() {
		List<OutcomeCell> oneEmpty = List.of(total("member:a", 2024, 30, 50),
				reading("member:a", 2024, INCOME, LOW, 0, 0), reading("member:a", 2024, INCOME, NOT_LOW, 30, 50));
		List<OutcomeCell> emptyBeside = List.of(total("member:b", 2024, 50, 100),
				reading("member:b", 2024, RACE, "asian", 2, 5), reading("member:b", 2024, RACE, "white", 0, 0),
				reading("member:b", 2024, RACE, "black_african_american", 20, 40),
				reading("member:b", 2024, RACE, "hispanic_latino", 28, 55));
		// no subgroup hidden: nothing to protect
		assertThat(hidden(new SmallCells(oneEmpty, MIN), oneEmpty, INCOME)).isEmpty();
		// asian 5 hidden; white (0) has no rate to hide; next smallest shown is black 40,
		// not hispanic 55
		assertThat(hidden(new SmallCells(emptyBeside, MIN), emptyBeside, RACE)).containsExactlyInAnyOrder("asian",
				"black_african_american");
	}

	@Test
	void everyScopeAndYearIsProtectedOnItsOwn() {
		List<OutcomeCell> cells = new ArrayList<>(sample("state:MI"));
		cells.addAll(List.of(total("state:MI", 2025, 60, 100), reading("state:MI", 2025, INCOME, LOW, 3, 12),
				reading("state:MI", 2025, INCOME, NOT_LOW, 57, 88)));
		cells.addAll(List.of(total("network", 2024, 300, 500), reading("network", 2024, INCOME, LOW, 100, 200),
				reading("network", 2024, INCOME, NOT_LOW, 200, 300)));
		SmallCells small = new SmallCells(cells, MIN);
		// a state is protected like a member: the same cells hidden
		assertThat(hidden(small, cells, "state:MI", 2024, RACE)).containsExactlyInAnyOrder("asian", "hispanic_latino");
		assertThat(hidden(small, cells, "state:MI", 2024, INCOME)).containsExactlyInAnyOrder(LOW, NOT_LOW);
		// 2025 of the same state: 12 and 88 are both shown, whatever 2024 hid
		assertThat(hidden(small, cells, "state:MI", 2025, INCOME)).isEmpty();
		// the network, with 200 and 300, hides nothing
		assertThat(hidden(small, cells, "network", 2024, INCOME)).isEmpty();
	}

	/**
	 * One scope's 2024 reading cells whose dimensions add up to all/all 60/100, each
	 * dimension with one small subgroup.
	 */
	static List<OutcomeCell> sample(String scope) {
		return List.of(total(scope, 2024, 60, 100),
				// race: 4 + 30 + 20 + 46 = 100 and 2 + 10 + 12 + 36 = 60
				reading(scope, 2024, RACE, "asian", 2, 4), reading(scope, 2024, RACE, "black_african_american", 10, 30),
				reading(scope, 2024, RACE, "hispanic_latino", 12, 20), reading(scope, 2024, RACE, "white", 36, 46),
				// income: 7 + 93 = 100 and 3 + 57 = 60
				reading(scope, 2024, INCOME, LOW, 3, 7), reading(scope, 2024, INCOME, NOT_LOW, 57, 93),
				// gender: 50 + 45 + 5 = 100 and 30 + 28 + 2 = 60
				reading(scope, 2024, GENDER, "female", 30, 50), reading(scope, 2024, GENDER, "male", 28, 45),
				reading(scope, 2024, GENDER, "nonbinary", 2, 5));
	}

	private static List<String> hidden(SmallCells small, List<OutcomeCell> cells, String dimension) {
		return cells.stream()
			.filter((c) -> c.dimension().equals(dimension) && small.isHidden(c))
			.map(OutcomeCell::subgroup)
			.toList();
	}

	private static List<String> hidden(SmallCells small, List<OutcomeCell> cells, String scope, int year,
			String dimension) {
		return hidden(small, cells.stream().filter((c) -> c.scope().equals(scope) && c.year() == year).toList(),
				dimension);
	}

}
