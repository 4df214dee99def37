package org.pathway.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.support.TinyInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line as a user or a scheduler meets it (contract.md section 1): exit codes,
 * the {@code FILE:LINE:COLUMN: message} problem format, and no stack trace for a user's
 * mistake.
 */
class CliTests {

	@TempDir
	Path work;

	private final Console console = new Console();

	@Test
	void runOnAGoodFolderExitsZeroAndPrintsTotalsPerCurrency() {
		Path input = TinyInput.write(this.work.resolve("input"));
		int exit = this.console.run("run", "--input", input.toString(), "--output",
				this.work.resolve("output").toString(), "--data", data(), "--as-of", "2026-09-30");
		assertThat(exit).isZero();
		assertThat(this.console.out()).contains("Metrics: ")
			.contains(this.work.resolve("output/2026-09-30/metrics.csv").toString())
			.contains("Reports: 6 files")
			.contains(this.work.resolve("output/2026-09-30/funder-report/horizon/horizon-2026-09-30.pdf").toString());
		assertThat(this.console.out()).contains("Deliveries as of 2026-09-30: 1 awaiting approval (ballmer); 1 not"
				+ " deliverable (horizon). See 'deliveries' or the server's Deliveries page.");
		assertThat(this.console.out()).contains("accepted  grants.csv")
			.containsPattern("grants\\s+2\\s+EUR 2,000,000.50\\s+USD 175,000,000.00")
			.containsPattern("regrants\\s+3\\s+EUR 400,000.00\\s+USD 3,750,000.75");
		assertThat(this.console.err()).isEmpty();
	}

	@Test
	void rejectedInputExitsOneWithEveryProblemAsFileLineColumnAndNoStackTrace() {
		Path input = TinyInput.write(this.work.resolve("input"));
		TinyInput.write(input, "disbursements.csv", """
				disbursement_id,regrant_id,date,amount,status
				D1,R1,2024-03-15,"750,000.25",paid
				D2,R1,15/03/2025,750000,sent
				""");
		int exit = this.console.run("ingest", "--input", input.toString(), "--data", data());
		assertThat(exit).isEqualTo(1);
		assertThat(this.console.err()).contains("disbursements.csv:2:amount: \"750,000.25\" has a thousands separator")
			.contains("disbursements.csv:3:date: \"15/03/2025\" is not a date: expected YYYY-MM-DD")
			.contains("disbursements.csv:3:status: \"sent\": expected one of scheduled, paid, cancelled")
			.doesNotContain("Exception")
			.doesNotContain("\tat ");
		assertThat(this.console.out()).contains("rejected  disbursements.csv");
	}

	@Test
	void reportAndFunderOptionsRenderOnlyWhatIsAskedFor() {
		Path input = TinyInput.write(this.work.resolve("input"));
		Path output = this.work.resolve("output");
		int exit = this.console.run("run", "--input", input.toString(), "--output", output.toString(), "--data", data(),
				"--as-of", "2026-09-30", "--report", "funder-report", "--funder", "horizon");
		assertThat(exit).isZero();
		assertThat(output.resolve("2026-09-30/funder-report/horizon/horizon-2026-09-30.pdf")).isRegularFile();
		assertThat(output.resolve("2026-09-30/funder-report/ballmer")).doesNotExist();
		assertThat(output.resolve("2026-09-30/strategic-plan")).doesNotExist();
		assertThat(output.resolve("2026-09-30/metrics.csv")).isRegularFile();
		assertThat(this.console.run("run", "--input", input.toString(), "--output", output.toString(), "--data", data(),
				"--report", "annual-report"))
			.isEqualTo(2);
		assertThat(this.console.err())
			.contains("--report annual-report: expected one of funder-report, strategic-plan");
	}

	@Test
	void aBrokenTemplateStopsTheRunBeforeItStartsNamingFileAndLine() throws Exception {
		Path input = TinyInput.write(this.work.resolve("input"));
		Path templates = this.work.resolve("templates");
		for (String id : List.of("funder-report", "strategic-plan")) {
			Files.createDirectories(templates.resolve(id));
			Files.copy(Path.of("report-templates", id, "template.yml"), templates.resolve(id).resolve("template.yml"));
		}
		Path broken = templates.resolve("strategic-plan/template.yml");
		Files.writeString(broken, Files.readString(broken).replace("id: coverage", "id: covrage"));
		int exit = this.console.run("run", "--input", input.toString(), "--output",
				this.work.resolve("output").toString(), "--data", data(), "--templates", templates.toString());
		assertThat(exit).isEqualTo(2);
		assertThat(this.console.err()).containsPattern("strategic-plan/template.yml:\\d+: unknown section 'covrage'");
		assertThat(this.work.resolve("output")).doesNotExist();
	}

	@Test
	void aNewTemplateFolderIsANewReport() throws Exception {
		Path input = TinyInput.write(this.work.resolve("input"));
		Path templates = this.work.resolve("templates");
		for (String id : List.of("funder-report", "strategic-plan")) {
			Files.createDirectories(templates.resolve(id));
			Files.copy(Path.of("report-templates", id, "template.yml"), templates.resolve(id).resolve("template.yml"));
		}
		Files.createDirectories(templates.resolve("funder-brief"));
		Files.writeString(templates.resolve("funder-brief/template.yml"),
				Files.readString(Path.of("report-templates/funder-report/template.yml"))
					.replace("title: \"Report to {funder}\"", "title: \"Brief for {funder}\""));
		Path output = this.work.resolve("output");
		assertThat(this.console.run("run", "--input", input.toString(), "--output", output.toString(), "--data", data(),
				"--as-of", "2026-09-30", "--templates", templates.toString(), "--report", "funder-brief"))
			.as(this.console.err())
			.isZero();
		assertThat(output.resolve("2026-09-30/funder-brief/ballmer/ballmer-2026-09-30.pdf")).isRegularFile();
		assertThat(output.resolve("2026-09-30/funder-brief/horizon/horizon-2026-09-30.xlsx")).isRegularFile();
		assertThat(output.resolve("2026-09-30/funder-report")).doesNotExist();
		assertThat(output.resolve("2026-09-30/manifest.json")).content()
			.contains("\"path\": \"funder-brief/ballmer/ballmer-2026-09-30.pdf\"");
		assertThat(this.console.run("run", "--input", input.toString(), "--output", output.toString(), "--data", data(),
				"--templates", templates.toString(), "--report", "annual-report"))
			.isEqualTo(2);
		assertThat(this.console.err())
			.contains("--report annual-report: expected one of funder-brief, funder-report, strategic-plan");
	}

	@Test
	void badUsageExitsTwo() {
		assertThat(this.console.run("run", "--frobnicate")).isEqualTo(2);
		assertThat(this.console.err()).contains("unknown option --frobnicate");
		assertThat(this.console.run("explode")).isEqualTo(2);
		assertThat(this.console.run("run", "--as-of", "30/09/2026")).isEqualTo(2);
		assertThat(this.console.run("run", "--input", this.work.resolve("nowhere").toString(), "--data", data()))
			.isEqualTo(2);
		assertThat(this.console.err()).contains("input folder").contains("does not exist");
	}

	@Test
	void aSecondRunOnABusyDataFolderIsRefusedWithExitThree() throws Exception {
		Path input = TinyInput.write(this.work.resolve("input"));
		try (DataFolderLock held = DataFolderLock.acquire(Path.of(data()))) {
			assertThat(this.console.run("run", "--input", input.toString(), "--output",
					this.work.resolve("output").toString(), "--data", data()))
				.isEqualTo(3);
		}
		assertThat(this.console.err()).contains("another Pathway process is using the data folder");
	}

	@Test
	void validateReportsProblemsAcrossFilesAndChangesNothing() {
		Path input = TinyInput.write(this.work.resolve("input"));
		TinyInput.write(input, "regrants.csv",
				TinyInput.REGRANTS + "R9,G-NONE,la,USD,10,2025-01-01,2025-01-01,2025-12-31,\n");
		int exit = this.console.run("validate", input.resolve("grants.csv").toString(),
				input.resolve("funders.csv").toString(), input.resolve("members.csv").toString(),
				input.resolve("regrants.csv").toString());
		assertThat(exit).isEqualTo(1);
		assertThat(this.console.err()).contains("regrants.csv:5:grant_id: \"G-NONE\" is not a known grant_id");
		assertThat(this.console.out()).contains("valid     " + input.resolve("grants.csv"))
			.contains("invalid   " + input.resolve("regrants.csv"))
			.contains("Nothing was loaded.");
		assertThat(this.work.resolve("data")).doesNotExist();
	}

	@Test
	void generateWritesTheSameFolderForTheSameSeed() throws Exception {
		Path one = this.work.resolve("one");
		Path two = this.work.resolve("two");
		assertThat(this.console.run("generate", "--scale", "small", "--out", one.toString(), "--seed", "7")).isZero();
		assertThat(this.console.run("generate", "--scale", "small", "--out", two.toString(), "--seed", "7")).isZero();
		assertThat(Files.readAllBytes(one.resolve("regrants.csv")))
			.isEqualTo(Files.readAllBytes(two.resolve("regrants.csv")));
		assertThat(this.console.run("generate", "--scale", "huge", "--out", one.toString())).isEqualTo(2);
	}

	private String data() {
		return this.work.resolve("data").toString();
	}

	@Test
	void export360GivingWritesTheJsonAndSpreadsheetOfTheIngestedRegrants() {
		Path input = TinyInput.write(this.work.resolve("input"));
		assertThat(this.console.run("ingest", "--input", input.toString(), "--data", data())).isZero();
		Path output = this.work.resolve("output");
		int exit = this.console.run("export", "360giving", "--as-of", "2026-09-30", "--output", output.toString(),
				"--data", data());
		assertThat(exit).isZero();
		Path folder = output.resolve("2026-09-30/360giving");
		assertThat(this.console.out()).contains("Exported 3 regrants awarded by 2026-09-30 as 360Giving data:")
			.contains(folder.resolve("regrants-2026-09-30.json").toString())
			.contains(folder.resolve("regrants-2026-09-30.xlsx").toString());
		assertThat(folder.resolve("regrants-2026-09-30.json")).content().contains("\"regrantType\"");
		assertThat(folder.resolve("regrants-2026-09-30.xlsx")).isNotEmptyFile();
	}

	@Test
	void export360GivingMistakesAreMessagesWithExitTwo() {
		assertThat(this.console.run("export", "--as-of", "2026-09-30", "--data", data())).isEqualTo(2);
		assertThat(this.console.err())
			.contains("pathway: export needs the format: export 360giving --as-of YYYY-MM-DD");
		assertThat(this.console.run("export", "360giving", "--as-of", "2026-09-30", "--data", data())).isEqualTo(2);
		assertThat(this.console.err()).contains("pathway: no plan is loaded, so there is no intermediary to export for")
			.doesNotContain("Exception")
			.doesNotContain("\tat ");
	}

}
