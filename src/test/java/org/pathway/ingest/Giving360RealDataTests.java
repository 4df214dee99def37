package org.pathway.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.PathwayApplication;
import org.pathway.ingest.giving360.Giving360Field;
import org.pathway.ingest.giving360.Giving360Grant;
import org.pathway.ingest.giving360.Giving360Source;
import org.pathway.ingest.read.Problems;
import org.pathway.pipeline.RunLauncher;
import org.pathway.pipeline.RunRequest;
import org.pathway.pipeline.RunResult;
import org.pathway.run.FileOutcome;
import org.pathway.run.Problem;
import org.pathway.support.Databases;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every file of ../shared/realdata/360giving imported as the publisher's intermediary
 * would (intermediary_org_id = the file's funding organisation): the valid ones load with
 * the count and total of their own Amount Awarded column, computed here with POI's
 * ordinary workbook API; the invalid and duplicate ones are refused with every problem
 * listed. Files are copied into a temporary input folder (read-only streams), never
 * changed. Skipped when the folder is absent.
 */
@SpringBootTest(classes = PathwayApplication.class, properties = {
		"spring.datasource.url=jdbc:h2:mem:giving360;DB_CLOSE_DELAY=-1", "logging.threshold.console=WARN" })
class Giving360RealDataTests {

	private static final Path REALDATA = Path.of("..", "shared", "realdata", "360giving");

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
	}

	@Test
	void abCharitableTrustIsRefusedForTheOneGrantWhoseRecipientIsTheTrustItself() throws IOException {
		Sheet sheet = firstSheet("a001p00000zgyHZAAY.xlsx");
		Expected expected = expected(sheet);
		assertThat(expected.rows()).isEqualTo(783);
		// computed here: the rows whose recipient identifier is the funder's own
		assertThat(expected.toItself()).containsExactly(562);
		RunResult result = ingest("a001p00000zgyHZAAY.xlsx", "GB-CHC-1000147");
		assertThat(status(result, "a001p00000zgyHZAAY.xlsx")).isEqualTo(FileOutcome.REJECTED);
		assertThat(result.problems()).extracting(Problem::toString)
			.containsExactly("a001p00000zgyHZAAY.xlsx:562: a grant from the intermediary GB-CHC-1000147 to itself:"
					+ " refused");
		assertThat(result.files()).filteredOn((f) -> f.path().equals("a001p00000zgyHZAAY.xlsx"))
			.singleElement()
			.satisfies((f) -> assertThat(f.records()).isEqualTo(783));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM regrant", Long.class)).isZero();
	}

	@Test
	void andrewLloydWebberFoundationLoadsDespiteAHeaderWithAStraySpace() throws IOException {
		Expected expected = expected(firstSheet("a003W000001B7PzQAK.xlsx"));
		assertThat(expected.rows()).isEqualTo(475);
		RunResult result = ingest("a003W000001B7PzQAK.xlsx", "GB-CHC-1015648");
		assertThat(result.problems()).filteredOn((p) -> !p.message().startsWith("warning:")).isEmpty();
		assertLoaded("a003W000001B7PzQAK.xlsx", expected);
		assertThat(result.problems()).extracting(Problem::toString)
			.contains("a003W000001B7PzQAK.xlsx:1:Grant Programme: Title: warning: column title"
					+ " 'Grant Programme: Title' read as 'Grant Programme:Title'");
	}

	@Test
	void theInvalidWorkbookIsRefusedWithEveryProblemListed() throws IOException {
		RunResult result = ingest("invalid_file.xlsx", "GB-CHC-205959");
		assertThat(status(result, "invalid_file.xlsx")).isEqualTo(FileOutcome.REJECTED);
		List<String> problems = result.problems().stream().map(Problem::toString).toList();
		assertThat(problems).hasSize(26)
			.contains("invalid_file.xlsx:3:Recipient Org:Identifier: is empty: a value is required",
					"invalid_file.xlsx:4:Currency: \"GPB\" is not an ISO 4217 currency code: expected e.g. USD, EUR, CAD",
					"invalid_file.xlsx:35:Identifier: grant identifier 360G-Cloudesley-183 appears twice in this file"
							+ " (first on line 25): identifiers must be unique",
					"invalid_file.xlsx:73:Amount Awarded: \"0\": expected an amount above 0",
					"invalid_file.xlsx:111:Planned Dates:End Date: the end date 2016-04-05 is before the start date"
							+ " 2017-04-04",
					"invalid_file.xlsx:126:Award Date: is empty: a value is required")
			.anyMatch((p) -> p.startsWith("invalid_file.xlsx:13: neither the funding organisation GB-CHC-20595990"
					+ " nor the recipient 360G-Cloudesley-Org:6 is the intermediary"))
			.anyMatch((p) -> p.startsWith("invalid_file.xlsx:125:Award Date: \"17/11/2015\" is not a date"));
		assertThat(result.files()).filteredOn((f) -> f.path().equals("invalid_file.xlsx"))
			.singleElement()
			.satisfies((f) -> assertThat(f.problems()).isEqualTo(26));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM regrant", Long.class)).isZero();
	}

	@Test
	void aDateSerialInACellWithoutADateFormatIsReadAsItsDate() throws IOException {
		// row 102 of invalid_file.xlsx holds 43194 in a General cell of Award Date (43101
		// is 2018-01-01)
		try (Giving360Source source = Giving360Source.open(REALDATA.resolve("invalid_file.xlsx"),
				new Problems("invalid_file.xlsx"))) {
			Giving360Grant grant;
			while ((grant = source.next()) != null && grant.line() != 102) {
			}
			assertThat(grant.value(Giving360Field.AWARD_DATE)).isEqualTo("2018-04-04");
		}
	}

	@Test
	void theJsonPackageWithDuplicateIdentifiersIsRefusedNamingEachDuplicate() throws IOException {
		RunResult result = ingest("fundingproviders-grants_fixed_2_grants.json", "GB-CHC-000000");
		assertThat(status(result, "fundingproviders-grants_fixed_2_grants.json")).isEqualTo(FileOutcome.REJECTED);
		List<String> problems = result.problems().stream().map(Problem::toString).toList();
		assertThat(problems).filteredOn((p) -> p.contains("appears twice in this file")).hasSize(2);
		assertThat(problems).anyMatch((p) -> p.contains("grants/1/id: grant identifier"
				+ " 360G-fundingproviders-000001/X/00/X appears twice in this file (first on line 3)"));
		// and the dates written day first are refused, not guessed
		assertThat(problems).anyMatch((p) -> p.contains("grants/0/awardDate: \"24/07/2014\" is not a date"));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM regrant", Long.class)).isZero();
	}

	@Test
	void aWindows1252CsvIsReadWithAWarningAndRefusedForItsRealProblems() throws IOException {
		RunResult result = ingest("fundingproviders-grants_2_grants_cp1252.csv", "GB-CHC-000000");
		List<String> problems = result.problems().stream().map(Problem::toString).toList();
		assertThat(problems).containsExactlyInAnyOrder(
				"fundingproviders-grants_2_grants_cp1252.csv:2:Recipient Org:Identifier: is empty: a value is required",
				"fundingproviders-grants_2_grants_cp1252.csv:2:Award Date: \"24/07/2014\" is not a date: expected"
						+ " YYYY-MM-DD, e.g. 2025-06-30 (360Giving dates are YYYY-MM-DD; a day/month order is not"
						+ " guessed)",
				"fundingproviders-grants_2_grants_cp1252.csv:3:Award Date: \"24/07/2014\" is not a date: expected"
						+ " YYYY-MM-DD, e.g. 2025-06-30 (360Giving dates are YYYY-MM-DD; a day/month order is not"
						+ " guessed)",
				"fundingproviders-grants_2_grants_cp1252.csv:2: warning: the file is not UTF-8: read as"
						+ " Windows-1252 (first on this line: '€'); save it as CSV UTF-8 to be sure of every character");
		assertThat(status(result, "fundingproviders-grants_2_grants_cp1252.csv")).isEqualTo(FileOutcome.REJECTED);
		// decoded as Windows-1252, not refused byte by byte: 0x80 is the euro sign
		try (Giving360Source source = Giving360Source
			.open(REALDATA.resolve("fundingproviders-grants_2_grants_cp1252.csv"), new Problems("cp1252"))) {
			assertThat(source.next().value(Giving360Field.ID)).isEqualTo("360G-<~>€funding€providers-000001/X/00/X");
		}
	}

	@Test
	void aByteOrderMarkIsNotPartOfTheFirstColumnTitle() throws IOException {
		RunResult result = ingest("bom.csv", "GB-CHC-000000");
		assertThat(status(result, "bom.csv")).isEqualTo(FileOutcome.REJECTED);
		// Identifier is found (the BOM is not glued to it); the columns it lacks are
		// named
		assertThat(result.problems()).extracting(Problem::toString)
			.containsExactly(
					"bom.csv:1: missing 360Giving columns Amount Awarded, Award Date, Recipient Org:Identifier,"
							+ " Funding Org:Identifier: Pathway needs Identifier, Currency, Amount Awarded, Award Date,"
							+ " Recipient Org:Identifier, Funding Org:Identifier (the header has: Identifier, Currency)");
	}

	@Test
	void decimalAmountsAreReadExactlyButAFileWithoutGrantsIsRefused() throws IOException, FieldException {
		RunResult result = ingest("decimal_amounts.csv", "GB-CHC-000000");
		assertThat(status(result, "decimal_amounts.csv")).isEqualTo(FileOutcome.REJECTED);
		assertThat(result.problems()).extracting(Problem::message)
			.singleElement()
			.satisfies((m) -> assertThat(m).startsWith("missing 360Giving columns Identifier, Award Date"));
		// what the reader makes of the amounts: 7 x 1000.1, exactly 7000.70
		BigDecimal total = BigDecimal.ZERO;
		try (Giving360Source source = Giving360Source.open(REALDATA.resolve("decimal_amounts.csv"),
				new Problems("decimal_amounts.csv"))) {
			Giving360Grant grant;
			while ((grant = source.next()) != null) {
				total = total.add(Fields.positiveAmount(grant.value(Giving360Field.AMOUNT)));
			}
		}
		assertThat(total).isEqualTo(new BigDecimal("7000.70"));
	}

	private void assertLoaded(String file, Expected expected) {
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM regrant WHERE source_file = ?", Long.class, file))
			.isEqualTo(expected.rows());
		assertThat(this.jdbc.queryForObject("SELECT SUM(amount) FROM regrant WHERE source_file = ?", BigDecimal.class,
				file))
			.isEqualByComparingTo(expected.total());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM regrant WHERE grant_id IS NULL", Long.class))
			.as("no relatedActivity: every regrant unattributed")
			.isEqualTo(expected.rows());
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM member WHERE source_file = ? AND kind IS NULL AND state IS NULL", Long.class,
				file))
			.isEqualTo(expected.recipients());
	}

	private RunResult ingest(String file, String intermediary) throws IOException {
		Files.writeString(this.input.resolve("plan.yml"), "name: Test plan\nfirst_year: 2024\nlast_year: 2030\n"
				+ "goal_young_people: 1000\nintermediary_org_id: \"" + intermediary + "\"\n");
		Files.copy(REALDATA.resolve(file), this.input.resolve(file));
		return this.launcher.launch(RunRequest.ingest(this.input));
	}

	private static String status(RunResult result, String file) {
		return result.files().stream().filter((f) -> f.path().equals(file)).findFirst().orElseThrow().status();
	}

	private record Expected(long rows, BigDecimal total, long recipients, List<Integer> toItself) {
	}

	/** The first sheet, read with POI's ordinary API from a read-only stream. */
	private static Sheet firstSheet(String file) throws IOException {
		try (InputStream in = Files.newInputStream(REALDATA.resolve(file));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			return workbook.getSheetAt(0);
		}
	}

	/**
	 * Rows with an identifier, the sum of Amount Awarded (cents), distinct recipients.
	 */
	private static Expected expected(Sheet sheet) {
		Row header = sheet.getRow(0);
		int id = -1;
		int amount = -1;
		int recipient = -1;
		int funder = -1;
		for (Cell cell : header) {
			String title = cell.getStringCellValue().strip();
			id = title.equals("Identifier") ? cell.getColumnIndex() : id;
			amount = title.equals("Amount Awarded") ? cell.getColumnIndex() : amount;
			recipient = title.equals("Recipient Org:Identifier") ? cell.getColumnIndex() : recipient;
			funder = title.equals("Funding Org:Identifier") ? cell.getColumnIndex() : funder;
		}
		long rows = 0;
		BigDecimal total = BigDecimal.ZERO;
		Set<String> recipients = new HashSet<>();
		List<Integer> toItself = new ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || row.getCell(id) == null || row.getCell(id).getStringCellValue().isBlank()) {
				continue;
			}
			rows++;
			Cell value = row.getCell(amount);
			BigDecimal awarded = (value.getCellType() == CellType.NUMERIC)
					? BigDecimal.valueOf(value.getNumericCellValue()) : new BigDecimal(value.getStringCellValue());
			total = total.add(awarded.setScale(2, RoundingMode.HALF_UP));
			String to = row.getCell(recipient).getStringCellValue().strip();
			recipients.add(to);
			if (to.equals(row.getCell(funder).getStringCellValue().strip())) {
				toItself.add(r + 1);
			}
		}
		return new Expected(rows, total, recipients.size(), toItself);
	}

}
