package org.pathway.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.pathway.generate.MemberRoster.Member;

/**
 * Streams {@code youth_milestones.csv}: one line per young person and milestone for the
 * few members that share student-level records. Lines are built in a reused buffer and
 * never held in memory, so ten million rows cost seconds and a few megabytes of heap.
 */
final class YouthFileWriter {

	/** One (member, outcome, year) the youth file covers, with its number of rows. */
	private record Combo(Member member, int block, int outcome, int year, double weight) {
	}

	private static final int BUFFER = 1 << 20;

	private final long seed;

	private final OutcomeModel model;

	private final List<Combo> combos = new ArrayList<>();

	YouthFileWriter(long seed, OutcomeModel model, SampleGenerator.Scale scale) {
		this.seed = seed;
		this.model = model;
		boolean small = scale == SampleGenerator.Scale.SMALL;
		List<String> ids = small ? MemberRoster.YOUTH_SMALL : MemberRoster.YOUTH_NETWORK;
		int outcomes = small ? 4 : OutcomeModel.OUTCOMES.size();
		int fromYear = small ? 2024 : 2022;
		for (int block = 0; block < ids.size(); block++) {
			Member member = MemberRoster.byId(ids.get(block));
			for (int o = 0; o < outcomes; o++) {
				for (int year = fromYear; year <= OutcomeModel.LAST_YEAR; year++) {
					if (model.reports(member, o, year)) {
						this.combos.add(new Combo(member, block, o, year, model.expectedCohort(member, o, year)));
					}
				}
			}
		}
	}

	/**
	 * The (member, outcome, year) keys this file covers; milestones.csv must leave them
	 * out.
	 */
	Set<String> keys() {
		Set<String> keys = new LinkedHashSet<>();
		for (Combo combo : this.combos) {
			keys.add(MilestoneWriter.key(combo.member(), combo.outcome(), combo.year()));
		}
		return keys;
	}

	long write(Path file, long rows, OutcomeTally tally) throws IOException {
		long[] sizes = allocate(rows);
		long largest = 0;
		for (long size : sizes) {
			largest = Math.max(largest, size);
		}
		long span = 10_000_000L;
		while (span < largest) {
			span *= 10;
		}
		int digits = Math.max(8, Long.toString(span * MemberRoster.YOUTH_NETWORK.size() - 1).length());
		try (CsvSink csv = new CsvSink(file, BUFFER, "member_id", "youth_id", "outcome", "year", "race_ethnicity",
				"low_income", "gender", "met")) {
			for (int i = 0; i < this.combos.size(); i++) {
				Combo combo = this.combos.get(i);
				long met = writeCombo(csv.writer(), combo, sizes[i], span, digits);
				tally.add(combo.member().index(), combo.outcome(), combo.year(), met, sizes[i]);
				csv.counted(sizes[i]);
			}
			return csv.rows();
		}
	}

	/**
	 * Splits the rows over the combinations in proportion to cohort size (largest
	 * remainder).
	 */
	private long[] allocate(long rows) {
		double total = 0;
		for (Combo combo : this.combos) {
			total += combo.weight();
		}
		long[] sizes = new long[this.combos.size()];
		double[] remainders = new double[sizes.length];
		long given = 0;
		for (int i = 0; i < sizes.length; i++) {
			double exact = rows * this.combos.get(i).weight() / total;
			sizes[i] = (long) Math.floor(exact);
			remainders[i] = exact - sizes[i];
			given += sizes[i];
		}
		for (long left = rows - given; left > 0; left--) {
			int best = 0;
			for (int i = 1; i < sizes.length; i++) {
				if (remainders[i] > remainders[best]) {
					best = i;
				}
			}
			sizes[best]++;
			remainders[best] = -1;
		}
		return sizes;
	}

	private long writeCombo(Writer out, Combo combo, long rows, long span, int digits) throws IOException {
		SplittableRandom random = Sampling.stream(this.seed, 4, combo.member().index(), combo.outcome(), combo.year());
		double[] shares = this.model.cellShares(combo.member(), true);
		double[] rates = this.model.cellRates(combo.member(), combo.outcome(), combo.year(), random);
		double[] cumulative = new double[OutcomeModel.CELLS];
		double sum = 0;
		for (int c = 0; c < OutcomeModel.CELLS; c++) {
			sum += shares[c];
			cumulative[c] = sum;
		}
		char[][] tails = tails(combo);
		String head = combo.member().id() + ",Y-";
		char[] line = new char[256];
		head.getChars(0, head.length(), line, 0);
		int idStart = head.length();
		int idEnd = idStart + digits;
		long step = Math.floorMod(random.nextLong(), span) | 1;
		if (step % 5 == 0) {
			step += 2;
		}
		step %= span;
		long offset = Math.floorMod(random.nextLong(), span);
		long base = combo.block() * span;
		long metCount = 0;
		for (long i = 0; i < rows; i++) {
			long id = base + Math.floorMod(offset + i * step, span);
			for (int p = idEnd - 1; p >= idStart; p--) {
				line[p] = (char) ('0' + id % 10);
				id /= 10;
			}
			double u = random.nextDouble() * sum;
			int c = 0;
			while (c < OutcomeModel.CELLS - 1 && u >= cumulative[c]) {
				c++;
			}
			char[] tail = tails[c];
			System.arraycopy(tail, 0, line, idEnd, tail.length);
			boolean met = random.nextDouble() < rates[c];
			metCount += met ? 1 : 0;
			int end = idEnd + tail.length;
			line[end] = met ? '1' : '0';
			line[end + 1] = '\n';
			out.write(line, 0, end + 2);
		}
		return metCount;
	}

	/**
	 * The text after the youth id for each cell, up to and including the comma before
	 * met.
	 */
	private static char[][] tails(Combo combo) {
		char[][] tails = new char[OutcomeModel.CELLS][];
		for (int r = 0; r < OutcomeModel.RACES.size(); r++) {
			for (int i = 0; i < 2; i++) {
				for (int g = 0; g < 3; g++) {
					String tail = "," + OutcomeModel.OUTCOMES.get(combo.outcome()) + "," + combo.year() + ","
							+ OutcomeModel.RACES.get(r) + "," + (1 - i) + "," + OutcomeModel.GENDERS.get(g) + ",";
					tails[OutcomeModel.cell(r, i, g)] = tail.toCharArray();
				}
			}
		}
		return tails;
	}

}
