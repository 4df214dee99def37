package org.pathway.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes a realistic synthetic input folder (contract.md section 2) for demos, tests and
 * load runs: a 70-member network, Ballmer Group's $175M grant and three smaller funders,
 * regrants and disbursements as of {@link #DATA_DATE}, milestone results 2018-2025,
 * student-level records and targets. The same scale and seed always give byte-identical
 * files.
 */
public final class SampleGenerator {

	/**
	 * The date the sample is "as of": past money is paid, later money scheduled. Never
	 * today.
	 */
	public static final LocalDate DATA_DATE = LocalDate.of(2026, 9, 30);

	/** The intermediary's own (fictitious) organisation id, as written to plan.yml. */
	public static final String INTERMEDIARY_ORG_ID = "US-EIN-00-0000000";

	/** The anchor funder's id. */
	public static final String BALLMER_FUNDER_ID = "ballmer";

	/** How big a sample to write. */
	public enum Scale {

		/** The shipped sample folder: every file, about 20,000 youth rows, under 5 MB. */
		SMALL(20_000),

		/**
		 * A load test: the same network, with 10,000,000 youth rows over nine large
		 * members.
		 */
		NETWORK(10_000_000);

		private final long youthRows;

		Scale(long youthRows) {
			this.youthRows = youthRows;
		}

		public long youthRows() {
			return this.youthRows;
		}

	}

	/**
	 * One file written: its name in the folder, its data rows (header excluded) and its
	 * size.
	 */
	public record FileSummary(String name, long rows, long bytes) {
	}

	/** What {@link #generate} wrote, in writing order. */
	public record Summary(Path directory, List<FileSummary> files) {

		public long totalBytes() {
			return this.files.stream().mapToLong(FileSummary::bytes).sum();
		}

		/** The summary of one file by name, e.g. {@code youth_milestones.csv}. */
		public FileSummary file(String name) {
			return this.files.stream()
				.filter((file) -> file.name().equals(name))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no file " + name));
		}

	}

	private SampleGenerator() {
	}

	public static Summary generate(Scale scale, long seed, Path outDir) throws IOException {
		return generate(scale, seed, outDir, scale.youthRows());
	}

	/**
	 * As {@link #generate(Scale, long, Path)} with another number of youth rows (tests,
	 * load runs).
	 */
	public static Summary generate(Scale scale, long seed, Path outDir, long youthRows) throws IOException {
		if (youthRows < 0) {
			throw new IllegalArgumentException("youthRows must be 0 or more, not " + youthRows);
		}
		Files.createDirectories(outDir);
		List<FileSummary> files = new ArrayList<>();
		files.add(summary(outDir, "plan.yml", writePlan(outDir.resolve("plan.yml"))));
		files.add(summary(outDir, "funders.csv", MoneyGenerator.writeFunders(outDir.resolve("funders.csv"))));
		files.add(summary(outDir, "grants.csv", MoneyGenerator.writeGrants(outDir.resolve("grants.csv"))));
		files.add(summary(outDir, "grant_payments.csv",
				MoneyGenerator.writePayments(outDir.resolve("grant_payments.csv"), MoneyGenerator.payments(seed))));
		files.add(summary(outDir, "members.csv", writeMembers(outDir.resolve("members.csv"))));
		RegrantPlanner regrants = new RegrantPlanner(seed);
		files.add(summary(outDir, "regrants.csv",
				MoneyGenerator.writeRegrants(outDir.resolve("regrants.csv"), regrants.regrants())));
		files.add(summary(outDir, "disbursements.csv",
				MoneyGenerator.writeDisbursements(outDir.resolve("disbursements.csv"), regrants.disbursements())));
		OutcomeModel model = new OutcomeModel(seed, MemberRoster.members());
		OutcomeTally tally = new OutcomeTally(MemberRoster.members().size());
		YouthFileWriter youth = new YouthFileWriter(seed, model, scale);
		Set<String> youthKeys = youth.keys();
		files.add(summary(outDir, "milestones.csv",
				new MilestoneWriter(seed, model, tally).write(outDir.resolve("milestones.csv"), youthKeys)));
		files.add(summary(outDir, "youth_milestones.csv",
				youth.write(outDir.resolve("youth_milestones.csv"), youthRows, tally)));
		files.add(summary(outDir, "targets.csv", TargetWriter.write(outDir.resolve("targets.csv"), seed, tally)));
		return new Summary(outDir, List.copyOf(files));
	}

	private static FileSummary summary(Path dir, String name, long rows) throws IOException {
		return new FileSummary(name, rows, Files.size(dir.resolve(name)));
	}

	private static long writePlan(Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("name: \"Cradle to Career Network Strategic Plan 2024-2030\"\n");
			out.write("first_year: 2024\n");
			out.write("last_year: 2030\n");
			out.write("goal_young_people: 4000000\n");
			out.write("min_cell_size: 10\n");
			out.write("intermediary_org_id: \"" + INTERMEDIARY_ORG_ID + "\"\n");
		}
		return 1;
	}

	private static long writeMembers(Path file) throws IOException {
		try (CsvSink csv = new CsvSink(file, "member_id", "name", "kind", "state", "region")) {
			for (MemberRoster.Member member : MemberRoster.members()) {
				csv.row(member.id(), member.name(), member.kind(), member.state(), member.region());
			}
			return csv.rows();
		}
	}

}
