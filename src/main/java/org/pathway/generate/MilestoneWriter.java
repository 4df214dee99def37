package org.pathway.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.pathway.generate.MemberRoster.Member;

/**
 * Writes {@code milestones.csv}: aggregate counts per member, outcome, year and subgroup,
 * drawn cell by cell (race x income x gender) so every dimension adds up to all/all. A
 * few members' sources suppress small cells with their own marker; a few results are
 * simply missing.
 */
final class MilestoneWriter {

	private static final String[] MARKERS = { "*", "DS", "[Data Suppressed]", "N<10", "*" };

	private static final double MISSING = 0.03;

	private final long seed;

	private final OutcomeModel model;

	private final OutcomeTally tally;

	MilestoneWriter(long seed, OutcomeModel model, OutcomeTally tally) {
		this.seed = seed;
		this.model = model;
		this.tally = tally;
	}

	/**
	 * Writes every result except the (member, outcome, year) keys in {@code youthKeys};
	 * returns rows.
	 */
	long write(Path file, Set<String> youthKeys) throws IOException {
		List<String[]> rows = new ArrayList<>();
		List<List<Integer>> candidates = new ArrayList<>();
		for (Member member : MemberRoster.members()) {
			candidates.add(new ArrayList<>());
			for (int o = 0; o < OutcomeModel.OUTCOMES.size(); o++) {
				for (int year = OutcomeModel.FIRST_YEAR; year <= OutcomeModel.LAST_YEAR; year++) {
					if (this.model.reports(member, o, year) && !youthKeys.contains(key(member, o, year))) {
						addResult(rows, candidates.get(member.index()), member, o, year);
					}
				}
			}
		}
		suppressAtSource(rows, candidates);
		try (CsvSink csv = new CsvSink(file, "member_id", "outcome", "year", "dimension", "subgroup", "numerator",
				"denominator")) {
			for (String[] row : rows) {
				csv.row(row);
			}
			return csv.rows();
		}
	}

	/**
	 * Five partnerships' sources (never youth-file members) each hide 7-12 small cells
	 * (denominator under 10, or fewer than 5 young people meeting or missing the
	 * milestone) behind their own marker: the numerator, and sometimes the denominator
	 * too.
	 */
	private void suppressAtSource(List<String[]> rows, List<List<Integer>> candidates) {
		SplittableRandom random = Sampling.stream(this.seed, 3);
		List<Member> eligible = new ArrayList<>();
		for (Member member : MemberRoster.members()) {
			if (candidates.get(member.index()).size() >= 12 && !MemberRoster.YOUTH_SMALL.contains(member.id())
					&& !MemberRoster.YOUTH_NETWORK.contains(member.id())) {
				eligible.add(member);
			}
		}
		for (String marker : MARKERS) {
			List<Integer> cells = candidates.get(eligible.remove(Sampling.below(random, eligible.size())).index());
			for (int n = 7 + Sampling.below(random, 6); n > 0; n--) {
				String[] row = rows.get(cells.remove(Sampling.below(random, cells.size())));
				boolean tiny = Integer.parseInt(row[6]) < 10;
				row[5] = marker;
				if (tiny && random.nextDouble() < 0.35) {
					row[6] = marker;
				}
			}
		}
	}

	static String key(Member member, int outcome, int year) {
		return member.id() + '|' + outcome + '|' + year;
	}

	private void addResult(List<String[]> rows, List<Integer> candidates, Member member, int outcome, int year) {
		SplittableRandom random = Sampling.stream(this.seed, 2, member.index(), outcome, year);
		if (random.nextDouble() < MISSING) {
			return;
		}
		OutcomeModel.Profile profile = this.model.profile(member);
		boolean nonbinary = profile.reportsGender() && year >= OutcomeModel.NONBINARY_FROM;
		int[] measured = Sampling.multinomial(random, this.model.cohort(member, outcome, year, random),
				this.model.cellShares(member, nonbinary));
		double[] rates = this.model.cellRates(member, outcome, year, random);
		int[] race = new int[16];
		int[] income = new int[4];
		int[] gender = new int[6];
		for (int c = 0; c < OutcomeModel.CELLS; c++) {
			int met = Sampling.binomial(random, measured[c], rates[c]);
			int r = c / 6;
			int i = (c / 3) % 2;
			int g = c % 3;
			race[2 * r] += met;
			race[2 * r + 1] += measured[c];
			income[2 * i] += met;
			income[2 * i + 1] += measured[c];
			gender[2 * g] += met;
			gender[2 * g + 1] += measured[c];
		}
		int allMet = income[0] + income[2];
		int allMeasured = income[1] + income[3];
		this.tally.add(member.index(), outcome, year, allMet, allMeasured);
		String[] result = { member.id(), OutcomeModel.OUTCOMES.get(outcome), Integer.toString(year) };
		rows.add(row(result, "all", "all", allMet, allMeasured));
		addDimension(rows, candidates, result, "race_ethnicity", OutcomeModel.RACES, race);
		if (profile.reportsIncome()) {
			addDimension(rows, candidates, result, "income", OutcomeModel.INCOMES, income);
		}
		if (profile.reportsGender()) {
			addDimension(rows, candidates, result, "gender", OutcomeModel.GENDERS, gender);
		}
	}

	private static void addDimension(List<String[]> rows, List<Integer> candidates, String[] result, String dimension,
			List<String> subgroups, int[] counts) {
		for (int s = 0; s < subgroups.size(); s++) {
			int met = counts[2 * s];
			int measured = counts[2 * s + 1];
			if (measured > 0) {
				if (measured < 10 || met < 5 || measured - met < 5) {
					candidates.add(rows.size());
				}
				rows.add(row(result, dimension, subgroups.get(s), met, measured));
			}
		}
	}

	private static String[] row(String[] result, String dimension, String subgroup, int met, int measured) {
		return new String[] { result[0], result[1], result[2], dimension, subgroup, Integer.toString(met),
				Integer.toString(measured) };
	}

}
