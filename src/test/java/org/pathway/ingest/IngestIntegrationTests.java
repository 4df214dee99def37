package org.pathway.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.io.Sha256;
import org.pathway.pipeline.RunLauncher;
import org.pathway.pipeline.RunRequest;
import org.pathway.pipeline.RunResult;
import org.pathway.run.FileOutcome;
import org.pathway.run.Problem;
import org.pathway.support.Databases;
import org.pathway.support.TinyInput;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file-level rules of contract.md section 2, driven through the launcher against a
 * real database. Subclasses choose the database (H2, PostgreSQL): the same rules hold on
 * both.
 */
abstract class IngestIntegrationTests {

	@Autowired
	RunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path input;

	@BeforeEach
	void emptyDatabase() {
		Databases.empty(this.jdbc);
	}

	@Test
	void loadsEveryKindWithExactAmounts() {
		TinyInput.write(this.input);
		RunResult result = ingest();
		assertThat(result.problems()).isEmpty();
		assertThat(result.files()).extracting(FileOutcome::status).containsOnly(FileOutcome.ACCEPTED);
		assertThat(result.files()).hasSize(10);
		assertThat(sum("SELECT SUM(amount) FROM funder_grant WHERE currency = 'USD'"))
			.isEqualByComparingTo("175000000.00");
		assertThat(sum("SELECT SUM(amount) FROM funder_grant WHERE currency = 'EUR'"))
			.isEqualByComparingTo("2000000.50");
		// R1 1500000.25 + R2 2250000.50 in USD; R3 400000 in EUR
		assertThat(sum("SELECT SUM(amount) FROM regrant WHERE currency = 'USD'")).isEqualByComparingTo("3750000.75");
		assertThat(count("SELECT COUNT(*) FROM member")).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("SELECT name FROM member WHERE member_id = 'detroit'", String.class))
			.isEqualTo("Detroit Cradle to Career, Inc.");
		assertThat(
				this.jdbc.queryForObject("SELECT contact_email FROM funder WHERE funder_id = 'ballmer'", String.class))
			.isEqualTo("grants@example.org;officer@example.org");
		assertThat(this.jdbc.queryForObject("SELECT min_cell_size FROM plan", Integer.class)).isEqualTo(10);
		assertThat(
				this.jdbc.queryForObject("SELECT baseline_rate FROM target WHERE scope = 'network'", BigDecimal.class))
			.isEqualByComparingTo("0.4");
	}

	@Test
	void suppressedCountsAreMissingNotZero() {
		TinyInput.write(this.input);
		ingest();
		Map<String, Object> white = this.jdbc.queryForMap("SELECT numerator, denominator, numerator_note,"
				+ " denominator_note FROM milestone WHERE member_id = 'detroit' AND subgroup = 'white'");
		assertThat(white.get("numerator")).isNull();
		assertThat(white.get("denominator")).isNull();
		assertThat(white.get("numerator_note")).isEqualTo("suppressed");
		Map<String, Object> la = this.jdbc.queryForMap("SELECT numerator, denominator, numerator_note FROM milestone"
				+ " WHERE member_id = 'la' AND outcome = 'high_school_graduation'");
		assertThat(la.get("numerator")).isNull();
		assertThat(((Number) la.get("denominator")).longValue()).isEqualTo(820);
	}

	@Test
	void youthRowsAreAggregatedIntoEveryDimension() {
		TinyInput.write(this.input);
		ingest();
		// 2024: Y1 hispanic low-income female met; Y2 hispanic low-income male not met;
		// Y3 asian female met
		assertThat(cell("la", 2024, "all", "all")).containsExactly(2L, 3L);
		assertThat(cell("la", 2024, "race_ethnicity", "hispanic_latino")).containsExactly(1L, 2L);
		assertThat(cell("la", 2024, "race_ethnicity", "asian")).containsExactly(1L, 1L);
		assertThat(cell("la", 2024, "income", "low_income")).containsExactly(1L, 2L);
		assertThat(cell("la", 2024, "income", "not_low_income")).containsExactly(1L, 1L);
		assertThat(cell("la", 2024, "gender", "female")).containsExactly(2L, 2L);
		assertThat(cell("la", 2024, "gender", "male")).containsExactly(0L, 1L);
		assertThat(cell("la", 2025, "all", "all")).containsExactly(1L, 1L);
		// subgroups nobody belongs to are not invented as zero rows
		assertThat(count("SELECT COUNT(*) FROM milestone WHERE member_id = 'la' AND subgroup = 'white'")).isZero();
	}

	@Test
	void theFastAndTheExactPathCountAlike() {
		TinyInput.write(this.input);
		ingest();
		List<Map<String, Object>> fast = youthCells();
		// a quoted value is valid CSV that only the exact path reads
		TinyInput.write(this.input, "youth_milestones.csv", TinyInput.YOUTH.replace("la,Y3,", "la,\"Y3\","));
		RunResult result = ingest();
		assertThat(status(result, "youth_milestones.csv")).isEqualTo(FileOutcome.ACCEPTED);
		assertThat(youthCells()).isEqualTo(fast).hasSize(11);
	}

	@Test
	void aYoungPersonCountedTwiceRejectsTheYouthFile() {
		TinyInput.write(this.input);
		TinyInput.write(this.input, "youth_milestones.csv",
				TinyInput.YOUTH + "la,Y2,early_grade_reading,2024,white,0,male,1\n");
		RunResult result = ingest();
		assertThat(status(result, "youth_milestones.csv")).isEqualTo(FileOutcome.REJECTED);
		assertThat(result.problems()).extracting(Problem::toString)
			.anyMatch((p) -> p.startsWith("youth_milestones.csv:6: youth_id \"Y2\" appears twice"));
		assertThat(count("SELECT COUNT(*) FROM milestone WHERE source_file = 'youth_milestones.csv'")).isZero();
	}

	@Test
	void aBadRowRejectsTheWholeFileReportsEveryProblemAndKeepsWhatItWouldReplace() {
		TinyInput.write(this.input);
		ingest();
		TinyInput.write(this.input, "regrants.csv", """
				regrant_id,grant_id,member_id,currency,amount,award_date,start_date,end_date,regrant_type
				R1,G-BALLMER,detroit,USD,999,2024-03-01,2024-03-01,2026-12-31,FRG010
				R2,G-BALLMER,la,USD,"1,000.50",2024-06-15,2024-07-01,2027-06-30,
				R3,G-NOPE,la,USD,1.000,2024-02-30,2025-04-01,2026-03-31,FRG999
				""");
		RunResult result = ingest();
		assertThat(status(result, "regrants.csv")).isEqualTo(FileOutcome.REJECTED);
		assertThat(result.problems()).extracting(Problem::toString)
			.contains("regrants.csv:3:amount: \"1,000.50\" has a thousands separator: expected a plain amount such as"
					+ " 1250000.50 (digits, '.' before at most 2 decimals, no thousands separator, no currency symbol)")
			.anyMatch((p) -> p.startsWith("regrants.csv:4:amount: \"1.000\" has more than 2 decimals"))
			.anyMatch((p) -> p.startsWith("regrants.csv:4:award_date: \"2024-02-30\" is not a real date"))
			.anyMatch((p) -> p.startsWith("regrants.csv:4:regrant_type: \"FRG999\": expected one of FRG010"))
			.anyMatch((p) -> p.startsWith("regrants.csv:4:grant_id: \"G-NOPE\" is not a known grant_id"));
		// the first version stays whole: R1 was not replaced by 999, R3 is still there
		assertThat(sum("SELECT amount FROM regrant WHERE regrant_id = 'R1'")).isEqualByComparingTo("1500000.25");
		assertThat(count("SELECT COUNT(*) FROM regrant")).isEqualTo(3);
	}

	@Test
	void anUnchangedFolderChangesNothingAndAChangedFileReplacesWhatItBrought() throws IOException {
		TinyInput.write(this.input);
		ingest();
		Map<String, List<Map<String, Object>>> before = snapshot();
		// the same files on the same data: the same run, already done, nothing loaded
		// again
		RunResult again = ingest();
		assertThat(again.alreadyDone()).isTrue();
		assertThat(snapshot()).isEqualTo(before);

		TinyInput.write(this.input, "disbursements.csv", """
				disbursement_id,regrant_id,date,amount,status
				D1,R1,2024-03-15,750000.25,paid
				D2,R1,2025-03-15,750000,paid
				D5,R3,2025-05-15,100,paid
				""");
		RunResult changed = ingest();
		assertThat(changed.files()).filteredOn((f) -> f.status().equals(FileOutcome.ACCEPTED))
			.extracting(FileOutcome::path)
			.containsExactly("disbursements.csv");
		assertThat(changed.files()).filteredOn((f) -> f.status().equals(FileOutcome.UNCHANGED)).hasSize(9);
		assertThat(this.jdbc.queryForList("SELECT disbursement_id FROM disbursement ORDER BY 1", String.class))
			.containsExactly("D1", "D2", "D5");
		assertThat(
				this.jdbc.queryForObject("SELECT status FROM disbursement WHERE disbursement_id = 'D2'", String.class))
			.isEqualTo("paid");
	}

	@Test
	void aKeyInTwoFilesIsAConflictNeverCountedTwice() {
		TinyInput.write(this.input);
		ingest();
		TinyInput.write(this.input, "regrants-2025.csv", """
				regrant_id,grant_id,member_id,currency,amount,award_date,start_date,end_date,regrant_type
				R2,G-BALLMER,la,USD,2250000.50,2024-06-15,2024-07-01,2027-06-30,
				R9,G-BALLMER,la,USD,10,2025-06-15,2025-07-01,2027-06-30,
				""");
		RunResult result = ingest();
		assertThat(status(result, "regrants-2025.csv")).isEqualTo(FileOutcome.REJECTED);
		assertThat(result.problems()).extracting(Problem::toString)
			.contains("regrants-2025.csv:2: regrant_id R2 is already loaded from regrants.csv: a key may come from one"
					+ " file only");
		assertThat(sum("SELECT SUM(amount) FROM regrant WHERE currency = 'USD'")).isEqualByComparingTo("3750000.75");
	}

	@Test
	void referencesMustResolveAndStayResolved() {
		TinyInput.write(this.input);
		ingest();
		// taking grant G-HORIZON out of grants.csv would leave R3 and P4 pointing nowhere
		TinyInput.write(this.input, "grants.csv", """
				grant_id,funder_id,title,currency,amount,award_date,start_date,end_date,regrant_pool_amount
				G-BALLMER,ballmer,Seven-year network grant,USD,175000000.00,2024-01-15,2024-01-01,2030-12-31,130000000
				""");
		RunResult result = ingest();
		assertThat(status(result, "grants.csv")).isEqualTo(FileOutcome.REJECTED);
		assertThat(result.problems()).extracting(Problem::toString)
			.contains("grants.csv: grant_id G-HORIZON is still used by 1 row(s) of grant_payments.csv: keep it in this"
					+ " file, or change those rows first")
			.contains("grants.csv: grant_id G-HORIZON is still used by 1 row(s) of regrants.csv: keep it in this"
					+ " file, or change those rows first");
		assertThat(count("SELECT COUNT(*) FROM funder_grant")).isEqualTo(2);
	}

	@Test
	void aRegrantInAnotherCurrencyThanItsGrantIsRefused() {
		TinyInput.write(this.input);
		TinyInput.write(this.input, "regrants.csv",
				TinyInput.REGRANTS + "R4,G-HORIZON,detroit,USD,5,2025-04-01,2025-04-01,2026-03-31,\n");
		RunResult result = ingest();
		assertThat(result.problems()).extracting(Problem::toString)
			.contains(
					"regrants.csv:5:currency: currency USD differs from the currency EUR of its source grant G-HORIZON");
	}

	@Test
	void aFileTakenOutOfTheFolderTakesItsFactsWithIt() throws IOException {
		TinyInput.write(this.input);
		ingest();
		Files.delete(this.input.resolve("targets.csv"));
		RunResult result = ingest();
		assertThat(status(result, "targets.csv")).isEqualTo(FileOutcome.REMOVED);
		assertThat(count("SELECT COUNT(*) FROM target")).isZero();
	}

	@Test
	void anExcelWorkbookLoadsLikeItsCsv() throws IOException {
		TinyInput.write(this.input);
		Files.delete(this.input.resolve("grants.csv"));
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("grants");
			String[] header = { "grant_id", "funder_id", "title", "currency", "amount", "award_date", "start_date",
					"end_date", "regrant_pool_amount" };
			for (int c = 0; c < header.length; c++) {
				sheet.createRow(0).createCell(c);
			}
			var top = sheet.getRow(0);
			for (int c = 0; c < header.length; c++) {
				top.createCell(c).setCellValue(header[c]);
			}
			short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
			var dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(dateFormat);
			Object[][] rows = {
					{ "G-BALLMER", "ballmer", "Seven-year network grant", "USD", 175000000.0, LocalDate.of(2024, 1, 15),
							LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31), 130000000.0 },
					{ "G-HORIZON", "horizon", "Early learning", "EUR", 2000000.5, LocalDate.of(2025, 2, 1),
							LocalDate.of(2025, 2, 1), LocalDate.of(2027, 12, 31), 1000000.0 } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					var cell = row.createCell(c);
					if (rows[r][c] instanceof String text) {
						cell.setCellValue(text);
					}
					else if (rows[r][c] instanceof Double number) {
						cell.setCellValue(number);
					}
					else {
						cell.setCellValue((LocalDate) rows[r][c]);
						cell.setCellStyle(dateStyle);
					}
				}
			}
			try (var out = Files.newOutputStream(this.input.resolve("grants-2025.xlsx"))) {
				workbook.write(out);
			}
		}
		RunResult result = ingest();
		assertThat(result.problems()).isEmpty();
		assertThat(sum("SELECT SUM(amount) FROM funder_grant WHERE currency = 'EUR'"))
			.isEqualByComparingTo("2000000.50");
		assertThat(this.jdbc.queryForObject("SELECT award_date FROM funder_grant WHERE grant_id = 'G-BALLMER'",
				LocalDate.class))
			.isEqualTo(LocalDate.of(2024, 1, 15));
	}

	@Test
	void inputFilesAreNeverModified() throws IOException {
		TinyInput.write(this.input);
		TinyInput.write(this.input, "regrants-bad.csv", "regrant_id,grant_id\nR1,\"unterminated\n");
		Map<Path, String> before = checksums();
		ingest();
		ingest();
		assertThat(checksums()).isEqualTo(before);
	}

	private RunResult ingest() {
		return this.launcher.launch(RunRequest.ingest(this.input));
	}

	private static String status(RunResult result, String path) {
		return result.files().stream().filter((f) -> f.path().equals(path)).findFirst().orElseThrow().status();
	}

	private BigDecimal sum(String sql) {
		return this.jdbc.queryForObject(sql, BigDecimal.class);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private Long[] cell(String member, int year, String dimension, String subgroup) {
		Map<String, Object> row = this.jdbc.queryForMap(
				"SELECT numerator, denominator FROM milestone WHERE member_id = ?"
						+ " AND outcome = 'early_grade_reading' AND data_year = ? AND dimension = ? AND subgroup = ?",
				member, year, dimension, subgroup);
		return new Long[] { ((Number) row.get("numerator")).longValue(),
				((Number) row.get("denominator")).longValue() };
	}

	private List<Map<String, Object>> youthCells() {
		return this.jdbc
			.queryForList("SELECT member_id, outcome, data_year, dimension, subgroup, numerator, denominator"
					+ " FROM milestone WHERE source_file = 'youth_milestones.csv' ORDER BY 1, 2, 3, 4, 5");
	}

	private Map<String, List<Map<String, Object>>> snapshot() {
		Map<String, List<Map<String, Object>>> snapshot = new HashMap<>();
		for (String table : List.of("funder", "funder_grant", "grant_payment", "member", "regrant", "disbursement",
				"milestone", "target", "plan")) {
			snapshot.put(table, this.jdbc.queryForList("SELECT * FROM " + table + " ORDER BY 1, 2, 3"));
		}
		return snapshot;
	}

	private Map<Path, String> checksums() throws IOException {
		Map<Path, String> sums = new HashMap<>();
		try (Stream<Path> files = Files.list(this.input)) {
			for (Path file : files.toList()) {
				sums.put(file, Sha256.of(file) + Files.getLastModifiedTime(file));
			}
		}
		return sums;
	}

}
