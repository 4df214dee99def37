package org.pathway.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.publish.ReportCatalog;
import org.pathway.support.TinyInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day's manifest lists every report file of that day: a run that renders only some
 * reports merges into it instead of replacing it.
 */
class ManifestMergeTests {

	private static final LocalDate DAY = LocalDate.of(2026, 9, 30);

	@TempDir
	Path work;

	private final Console console = new Console();

	@Test
	void aFilteredRunKeepsTheDaysOtherReportsListed() throws Exception {
		Path input = TinyInput.write(this.work.resolve("input"));
		Path output = this.work.resolve("output");
		ReportCatalog catalog = new ReportCatalog(output);
		assertThat(run(input, output)).isZero();
		List<ReportCatalog.Entry> full = catalog.reports(DAY);
		assertThat(full).extracting(ReportCatalog.Entry::path)
			.containsExactly("funder-report/ballmer/ballmer-2026-09-30.pdf",
					"funder-report/ballmer/ballmer-2026-09-30.xlsx", "funder-report/horizon/horizon-2026-09-30.pdf",
					"funder-report/horizon/horizon-2026-09-30.xlsx",
					"strategic-plan/network/strategic-plan-2026-09-30.pdf",
					"strategic-plan/network/strategic-plan-2026-09-30.xlsx");
		long firstRun = full.get(0).runId();

		// a funder that does not exist: only the strategic plan is rendered again
		assertThat(run(input, output, "--funder", "nosuch")).isZero();
		List<ReportCatalog.Entry> merged = catalog.reports(DAY);
		assertThat(merged).extracting(ReportCatalog.Entry::path)
			.containsExactlyElementsOf(full.stream().map(ReportCatalog.Entry::path).toList());
		assertThat(merged).filteredOn((e) -> e.report().equals("funder-report"))
			.extracting(ReportCatalog.Entry::runId)
			.containsOnly(firstRun);
		assertThat(merged).filteredOn((e) -> e.report().equals("strategic-plan"))
			.extracting(ReportCatalog.Entry::runId)
			.doesNotContain(firstRun);
		for (ReportCatalog.Entry entry : merged) {
			assertThat(catalog.find(entry.id())).contains(entry);
		}

		// a report file that was deleted or changed since is no longer listed
		Files.delete(output.resolve("2026-09-30/funder-report/horizon/horizon-2026-09-30.xlsx"));
		Files.writeString(output.resolve("2026-09-30/funder-report/ballmer/ballmer-2026-09-30.pdf"), "changed");
		assertThat(run(input, output, "--report", "strategic-plan")).isZero();
		assertThat(catalog.reports(DAY)).extracting(ReportCatalog.Entry::path)
			.containsExactly("funder-report/ballmer/ballmer-2026-09-30.xlsx",
					"funder-report/horizon/horizon-2026-09-30.pdf",
					"strategic-plan/network/strategic-plan-2026-09-30.pdf",
					"strategic-plan/network/strategic-plan-2026-09-30.xlsx");
	}

	private int run(Path input, Path output, String... more) {
		List<String> args = new java.util.ArrayList<>(List.of("run", "--input", input.toString(), "--output",
				output.toString(), "--data", this.work.resolve("data").toString(), "--as-of", DAY.toString()));
		args.addAll(List.of(more));
		return this.console.run(args.toArray(String[]::new));
	}

}
