package org.pathway.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.PathwayApplication;
import org.pathway.pipeline.RunLauncher;
import org.pathway.pipeline.RunRequest;
import org.pathway.pipeline.RunResult;
import org.pathway.run.FileOutcome;
import org.pathway.run.Problem;
import org.pathway.support.Databases;
import org.pathway.support.TinyInput;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Files published by others (../shared/realdata, read in place, never copied into the
 * repository) dropped into an input folder beside good files: each is refused with a
 * clear message and the good files still load. Skipped when the folder is absent.
 */
@SpringBootTest(classes = PathwayApplication.class, properties = {
		"spring.datasource.url=jdbc:h2:mem:realdata;DB_CLOSE_DELAY=-1", "logging.threshold.console=WARN" })
class RealDataIngestTests {

	private static final Path REALDATA = Path.of("..", "shared", "realdata");

	@Autowired
	RunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path input;

	@BeforeEach
	void setUp() {
		assumeTrue(Files.isDirectory(REALDATA), "../shared/realdata is not here");
		Databases.empty(this.jdbc);
		TinyInput.write(this.input);
	}

	@Test
	void hostileWorkbooksAreRefusedAndTheRestLoads() throws IOException {
		Files.copy(REALDATA.resolve("hostile/poc-xmlbomb.xlsx"), this.input.resolve("grants-bomb.xlsx"));
		Files.copy(REALDATA.resolve("hostile/54764.xlsx"), this.input.resolve("members-bomb.xlsx"));
		Files.copy(REALDATA.resolve("hostile/xlsx-corrupted.xlsx"), this.input.resolve("regrants-corrupt.xlsx"));
		RunResult result = ingest();
		assertThat(result.files()).filteredOn((f) -> f.path().endsWith(".xlsx"))
			.extracting(FileOutcome::status)
			.containsOnly(FileOutcome.REJECTED);
		assertThat(result.problems()).filteredOn((p) -> p.file().endsWith(".xlsx"))
			.extracting(Problem::message)
			.allMatch((message) -> message.startsWith("not a readable Excel workbook"));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM funder_grant", Long.class)).isEqualTo(2);
	}

	@Test
	void aWindows1252FileIsRefusedLineByLineNeverMisread() throws IOException {
		Files.copy(REALDATA.resolve("360giving/fundingproviders-grants_2_grants_cp1252.csv"),
				this.input.resolve("funders-360.csv"));
		RunResult result = ingest();
		assertThat(result.problems()).extracting(Problem::toString)
			.anyMatch((p) -> p.startsWith("funders-360.csv:2") && p.contains("not valid UTF-8"));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM funder", Long.class)).isEqualTo(2);
	}

	@Test
	void aStateExamFileInAnotherLayoutIsRefusedNamingTheMissingColumns() throws IOException {
		Files.copy(REALDATA.resolve("milestones/loading_example.csv"), this.input.resolve("milestones-wi.csv"));
		RunResult result = ingest();
		assertThat(result.problems()).extracting(Problem::toString)
			.anyMatch((p) -> p.startsWith("milestones-wi.csv:1: missing columns member_id, outcome, year, dimension,"
					+ " subgroup, numerator, denominator"));
	}

	@Test
	void a360GivingWorkbookWithoutAGrantsSheetIsRefusedNamingItsSheets() throws IOException {
		Files.copy(REALDATA.resolve("360giving/a003W000001B7PzQAK.xlsx"), this.input.resolve("grants-alw.xlsx"));
		RunResult result = ingest();
		assertThat(result.problems()).extracting(Problem::toString)
			.anyMatch((p) -> p.startsWith("grants-alw.xlsx") && p.contains("grants"));
		assertThat(result.files()).filteredOn((f) -> f.path().equals("grants-alw.xlsx"))
			.extracting(FileOutcome::status)
			.containsExactly(FileOutcome.REJECTED);
	}

	private RunResult ingest() {
		return this.launcher.launch(RunRequest.ingest(this.input));
	}

}
