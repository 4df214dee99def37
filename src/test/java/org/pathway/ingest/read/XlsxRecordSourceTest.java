package org.pathway.ingest.read;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.run.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that {@link XlsxRecordSource} streams a sheet into records whose texts are what
 * a person sees (ISO dates, exact plain decimals), reports broken structure row by row,
 * refuses hostile files with one plain problem, and agrees cell for cell with POI's full
 * model on real published files.
 */
class XlsxRecordSourceTest {

	private static final Path REAL = Path.of("..", "shared", "realdata");

	private static final String UNREADABLE = "not a readable Excel workbook: ";

	private static final String ENTITY_BOMB = UNREADABLE
			+ "it contains XML entity declarations, which are refused (a possible entity-expansion bomb)";

	private static final MathContext FIFTEEN_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	@TempDir
	Path dir;

	@Test
	void datesComeOutAsIsoDatesAndDateTimes() throws Exception {
		Path file = workbook("grants", (sheet) -> {
			CellStyle iso = format(sheet, "yyyy-mm-dd");
			CellStyle builtin = format(sheet, "m/d/yy");
			CellStyle stamp = format(sheet, "yyyy-mm-dd hh:mm");
			CellStyle literal = format(sheet, "yyyy\\-mm\\-dd\\Thh:mm:ss\\Z");
			row(sheet, 0, "award_date", "start_date", "stamp", "modified");
			Row row = sheet.createRow(1);
			date(row, 0, LocalDateTime.of(2024, 3, 15, 0, 0), iso);
			date(row, 1, LocalDateTime.of(1999, 12, 31, 0, 0), builtin);
			date(row, 2, LocalDateTime.of(2024, 3, 15, 13, 45), stamp);
			date(row, 3, LocalDateTime.of(2021, 2, 15, 8, 30, 5), literal);
		});
		Read read = read(file, "grants");
		assertThat(read.problems).isEmpty();
		assertThat(read.records).hasSize(1);
		assertThat(read.records.get(0).values()).containsExactly("2024-03-15", "1999-12-31", "2024-03-15T13:45:00",
				"2021-02-15T08:30:05");
	}

	@Test
	void numbersComeOutAsPlainExactDecimalsWhateverTheirFormat() throws Exception {
		Path file = workbook("grants", (sheet) -> {
			CellStyle money = format(sheet, "#,##0.00");
			CellStyle pounds = format(sheet, "\"£\"#,##0");
			row(sheet, 0, "grouped", "text", "pounds", "tricky", "whole", "small", "negative");
			Row row = sheet.createRow(1);
			number(row, 0, 1234.5, money);
			row.createCell(1).setCellValue("1,000.50");
			number(row, 2, 30000, pounds);
			number(row, 3, 2.675, null);
			number(row, 4, 1000, null);
			number(row, 5, 0.00001, null);
			number(row, 6, -12.1, money);
		});
		Read read = read(file, "grants");
		assertThat(read.problems).isEmpty();
		assertThat(read.records.get(0).values()).containsExactly("1234.5", "1,000.50", "30000", "2.675", "1000",
				"0.00001", "-12.1");
	}

	@Test
	void binaryArtefactsReadAsAPersonWouldReadThem() {
		assertThat(XlsxCells.number("2.675")).isEqualTo("2.675");
		assertThat(XlsxCells.number("2.6749999999999998")).isEqualTo("2.675");
		assertThat(XlsxCells.number(Double.toString(0.1 + 0.2))).isEqualTo("0.3");
		assertThat(XlsxCells.number("1234.5600000000001")).isEqualTo("1234.56");
		assertThat(XlsxCells.number(Double.toString(1000000.1 + 0.2))).isEqualTo("1000000.3");
		assertThat(XlsxCells.number("1000.50")).isEqualTo("1000.5");
		assertThat(XlsxCells.number("1E3")).isEqualTo("1000");
		assertThat(XlsxCells.number("1.5E-7")).isEqualTo("0.00000015");
		assertThat(XlsxCells.number("-0")).isEqualTo("0");
		assertThat(XlsxCells.number("123456789012.35")).isEqualTo("123456789012.35");
		assertThat(new BigDecimal(XlsxCells.number("2.675"))).isNotEqualByComparingTo(new BigDecimal(2.675));
	}

	@Test
	void emptyCellsKeepTheirPlaceAndBlankRowsAreSkipped() throws Exception {
		Path file = workbook("grants", (sheet) -> {
			row(sheet, 0, "a", "b", "c", "d");
			row(sheet, 1, "1", null, "3", null);
			sheet.createRow(2).createCell(1).setBlank();
			row(sheet, 3, "", "", "", "");
			row(sheet, 5, null, null, null, "4");
		});
		Read read = read(file, "grants");
		assertThat(read.problems).isEmpty();
		assertThat(read.records).extracting(RawRecord::line).containsExactly(2L, 6L);
		assertThat(read.records.get(0).values()).containsExactly("1", "", "3", "");
		assertThat(read.records.get(1).values()).containsExactly("", "", "", "4");
		assertThat(read.linesRead).isEqualTo(6);
	}

	@Test
	void aValueBeyondTheHeaderIsReportedAndItsRowSkipped() throws Exception {
		Path file = workbook("grants", (sheet) -> {
			row(sheet, 0, "a", "b", "c", "d", "e", "f", "g", "h", "i");
			row(sheet, 1, "1", "2");
			Row extra = row(sheet, 6, "x");
			extra.createCell(10).setCellValue("stray");
			row(sheet, 7, "3");
		});
		Read read = read(file, "grants");
		assertThat(read.messages()).containsExactly("row 7 has a value in column K, beyond the header's 9 columns");
		assertThat(read.problems.get(0).line()).isEqualTo(7);
		assertThat(read.records).extracting(RawRecord::line).containsExactly(2L, 8L);
	}

	@Test
	void aMissingSheetIsReportedWithTheSheetsThereAre() throws Exception {
		Path file = dir.resolve("grants.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			row(book.createSheet("Sheet1"), 0, "a");
			row(book.createSheet("Data"), 0, "b");
			save(book, file);
		}
		Read read = read(file, "grants");
		assertThat(read.messages()).containsExactly("no sheet named 'grants' (the workbook has: Sheet1, Data)");
		assertThat(read.problems.get(0).line()).isZero();
		assertThat(read.header).isEmpty();
		assertThat(read.records).isEmpty();
	}

	@Test
	void theSheetIsFoundIgnoringCaseAndSurroundingSpaces() throws Exception {
		Path file = dir.resolve("book.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			row(book.createSheet("Notes"), 0, "not this one");
			row(book.createSheet("Grants"), 0, "grant_id");
			row(book.getSheet("Grants"), 1, "G-1");
			save(book, file);
		}
		Read read = read(file, "  GRANTS ");
		assertThat(read.problems).isEmpty();
		assertThat(read.header).containsExactly("grant_id");
		assertThat(read.records.get(0).values()).containsExactly("G-1");
	}

	@Test
	void theHeaderIsTheFirstNonEmptyRowTrimmedWithEmptyAndDuplicateNamesReported() throws Exception {
		Path file = workbook("grants", (sheet) -> {
			sheet.createRow(0).createCell(0).setBlank();
			row(sheet, 2, " grant_id ", "", "Amount", "amount ", " ", "");
			row(sheet, 3, "G-1", null, "10");
		});
		Read read = read(file, "grants");
		assertThat(read.header).containsExactly("grant_id", "", "Amount", "amount");
		assertThat(read.messages()).containsExactly("the header of column B is empty",
				"the column name 'amount' appears more than once (columns C and D)");
		assertThat(read.problems).allSatisfy((problem) -> assertThat(problem.line()).isEqualTo(3));
		assertThat(read.records.get(0).line()).isEqualTo(4);
		assertThat(read.records.get(0).values()).containsExactly("G-1", "", "10", "");
	}

	@Test
	void anEmptySheetIsReported() throws Exception {
		Path file = workbook("grants", (sheet) -> sheet.createRow(3).createCell(2).setBlank());
		Read read = read(file, "grants");
		assertThat(read.messages()).containsExactly("the sheet 'grants' is empty: it has no header row");
		assertThat(read.header).isEmpty();
		assertThat(read.records).isEmpty();
	}

	@Test
	void aFormulaCellIsRefusedWithItsLineAndColumnWhetherOrNotItHasACachedValue() throws Exception {
		Path file = dir.resolve("grants.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet("grants");
			row(sheet, 0, "grant_id", "amount", "title");
			Row cached = row(sheet, 1, "G-1", null, "Early learning");
			cached.createCell(1).setCellFormula("1000.25+234.25");
			Row uncached = row(sheet, 2, "G-2", "10", null);
			uncached.createCell(2).setCellFormula("\"G-\"&\"7\"");
			row(sheet, 3, "G-3", "20", "Plain values");
			// a cached value for row 2 only: row 3's formula has none
			book.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cached.getCell(1));
			save(book, file);
		}
		Read read = read(file, "grants");
		String values = " is a formula: save values only (in Excel: copy, then Paste Special > Values)";
		assertThat(read.problems).extracting(Problem::toString)
			.containsExactly("grants.xlsx:2:amount: cell B2" + values, "grants.xlsx:3:title: cell C3" + values);
		assertThat(read.records).extracting(RawRecord::line).containsExactly(4L);
		assertThat(read.records.get(0).values()).containsExactly("G-3", "20", "Plain values");
	}

	@Test
	void sharedAndHeaderFormulasAreRefusedToo() throws Exception {
		Path file = handMade("shared.xlsx", "", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c>"
				+ "<c r=\"B1\" t=\"str\"><f>\"b\"</f><v>b</v></c></row>"
				+ "<row r=\"2\"><c r=\"A2\"><f t=\"shared\" ref=\"A2:A3\" si=\"0\">1+1</f><v>2</v></c>"
				+ "<c r=\"B2\"><v>5</v></c></row>"
				+ "<row r=\"3\"><c r=\"A3\"><f t=\"shared\" si=\"0\"/><v>2</v></c><c r=\"B3\"><v>6</v></c></row>", null,
				0);
		Read read = read(file, "Data");
		String values = " is a formula: save values only (in Excel: copy, then Paste Special > Values)";
		assertThat(read.problems).extracting(Problem::toString)
			.containsExactly("shared.xlsx:1: cell B1" + values, "shared.xlsx:2:a: cell A2" + values,
					"shared.xlsx:3:a: cell A3" + values);
		assertThat(read.header).containsExactly("a", "b");
		assertThat(read.records).isEmpty();
	}

	@Test
	void booleanAndErrorCells() throws Exception {
		Path file = workbook("grants", (sheet) -> {
			row(sheet, 0, "flag", "error");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(true);
			row.createCell(1).setCellErrorValue(FormulaError.NA.getCode());
		});
		assertThat(read(file, "grants").records.get(0).values()).containsExactly("TRUE", "#N/A");
	}

	@Test
	void theInputFileIsNeverModified() throws Exception {
		Path file = workbook("grants", (sheet) -> {
			row(sheet, 0, "a");
			row(sheet, 1, "1");
		});
		Files.setLastModifiedTime(file, FileTime.fromMillis(1_600_000_000_000L));
		String before = sha256(file);
		Read read = read(file, "grants");
		assertThat(read.records).hasSize(1);
		assertThat(sha256(file)).isEqualTo(before);
		assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(1_600_000_000_000L);
		try (Stream<Path> files = Files.list(this.dir)) {
			assertThat(files).containsExactly(file);
		}
	}

	@Test
	void handWrittenCellsOfEveryType() throws Exception {
		String sheet = """
				<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>num</t></is></c>
				<c r="C1" t="inlineStr"><is><t>date</t></is></c><c r="D1" t="inlineStr"><is><t>stamp</t></is></c>
				<c r="E1" t="inlineStr"><is><t>bool</t></is></c><c r="F1" t="inlineStr"><is><t>err</t></is></c>
				<c r="G1" t="inlineStr"><is><t>iso</t></is></c></row>
				<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="2"><v>1234.5600000000001</v></c>
				<c r="C2" s="1"><v>45366</v></c><c r="D2" s="3"><v>44242.5</v></c><c r="E2" t="b"><v>1</v></c>
				<c r="F2" t="e"><v>#VALUE!</v></c><c r="G2" t="d"><v>2024-02-29T00:00:00</v></c></row>
				<row><c t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r><rPh><t>GUIDE</t></rPh></is></c>
				<c><v>1E3</v></c><c t="str"><v> spaced </v></c></row>
				""";
		String strings = "<si><t>name</t></si><si><r><t>Ab</t></r><r><t>c</t></r><rPh sb=\"0\" eb=\"1\"><t>GUIDE</t></rPh></si>";
		Path file = handMade("cells.xlsx", "", sheet, strings, 0);
		Read read = read(file, "Data");
		assertThat(read.problems).isEmpty();
		assertThat(read.header).containsExactly("name", "num", "date", "stamp", "bool", "err", "iso");
		assertThat(read.records.get(0).values()).containsExactly("Abc", "1234.56", "2024-03-15", "2021-02-15T12:00:00",
				"TRUE", "#VALUE!", "2024-02-29");
		assertThat(read.records.get(1).line()).isEqualTo(3);
		assertThat(read.records.get(1).values()).containsExactly("inline", "1000", " spaced ", "", "", "", "");
	}

	@Test
	void the1904DateSystemIsHonoured() throws Exception {
		String sheet = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>d</t></is></c></row>"
				+ "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>0</v></c></row><row r=\"3\"><c r=\"A3\" s=\"1\"><v>43000</v></c></row>";
		Read read = read(handMade("mac.xlsx", " date1904=\"1\"", sheet, null, 0), "data");
		assertThat(read.records).extracting((record) -> record.values()[0]).containsExactly("1904-01-01", "2021-09-23");
	}

	@Test
	void unreadableCellsAreReportedByRow() throws Exception {
		String sheet = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>b</t></is></c></row>"
				+ "<row r=\"2\"><c r=\"A2\"><v>abc</v></c></row>"
				+ "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>99</v></c></row>"
				+ "<row r=\"4\"><c r=\"A4\"><v>1E999999999</v></c></row>"
				+ "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>" + "x".repeat(40_000) + "</t></is></c></row>"
				+ "<row r=\"6\"><c r=\"ZZZZ6\"><v>1</v></c></row>" + "<row r=\"7\"><c r=\"A7\"><v>7</v></c></row>";
		Read read = read(handMade("bad-cells.xlsx", "", sheet, "<si><t>only</t></si>", 0), "Data");
		assertThat(read.messages()).containsExactly("cell A2 is a number cell holding 'abc', which is not a number",
				"cell B3 refers to shared text number 99, which the workbook does not have",
				"cell A4 holds the number '1E999999999', beyond what Excel can store",
				"cell A5 holds more than 32767 characters, more than Excel allows",
				"a cell has the reference 'ZZZZ6', which is not a cell of a sheet");
		assertThat(read.problems).extracting(Problem::line).containsExactly(2L, 3L, 4L, 5L, 6L);
		assertThat(read.records).extracting(RawRecord::line).containsExactly(7L);
	}

	@ParameterizedTest
	@CsvSource({ "poc-xmlbomb.xlsx, Tabelle1", "poc-xmlbomb.xlsx, grants", "54764.xlsx, Sheet1",
			"xlsx-corrupted.xlsx, Sheet1" })
	void realHostileFilesAreRefusedWithOnePlainProblem(String name, String sheet) throws Exception {
		Path file = REAL.resolve("hostile").resolve(name);
		Assumptions.assumeTrue(Files.isRegularFile(file));
		String before = sha256(file);
		long start = System.nanoTime();
		Read read = read(file, sheet);
		System.out.printf("hostile %s [%s]: %d ms%n", name, sheet, (System.nanoTime() - start) / 1_000_000);
		assertThat(read.records).isEmpty();
		assertThat(read.header).isEmpty();
		assertThat(read.messages()).singleElement().asString().startsWith(UNREADABLE);
		assertThat(read.messages().get(0)).doesNotContain("Exception", "\n", "\tat ");
		assertThat(sha256(file)).isEqualTo(before);
	}

	@Test
	void entityBombsAreNamedAsSuch() throws Exception {
		Assumptions.assumeTrue(Files.isDirectory(REAL.resolve("hostile")));
		assertThat(read(REAL.resolve("hostile/poc-xmlbomb.xlsx"), "Tabelle1").messages()).containsExactly(ENTITY_BOMB);
		assertThat(read(REAL.resolve("hostile/54764.xlsx"), "Sheet1").messages()).singleElement()
			.asString()
			.contains("entity");
	}

	@Test
	void anEntityBombInTheSheetItselfIsRefused() throws Exception {
		String bomb = "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
				+ "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>";
		String sheet = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&d;&d;&d;&d;&d;&d;</t></is></c></row>";
		Read read = read(handMade("bomb.xlsx", "", bomb + "\u0000" + sheet, null, 0), "Data");
		assertThat(read.records).isEmpty();
		assertThat(read.messages()).containsExactly(ENTITY_BOMB);
	}

	@Test
	void aSheetThatBreaksHalfWayEndsTheStreamWithAProblem() throws Exception {
		String sheet = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>"
				+ "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row><row r=\"3\"><c r=\"A3\"><v>2</v></row>"
				+ "<row r=\"4\"><c r=\"A4\"><v>3</v></c></row>";
		Read read = read(handMade("broken.xlsx", "", sheet, null, 0), "Data");
		assertThat(read.records).extracting(RawRecord::line).containsExactly(2L);
		assertThat(read.messages())
			.containsExactly(UNREADABLE + "a part of it is not well-formed XML (the file is damaged)");
	}

	@Test
	void aZipBombIsRefused() throws Exception {
		String sheet = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>";
		Path file = handMade("zip-bomb.xlsx", "", sheet, null, 20_000_000);
		assertThat(Files.size(file)).isLessThan(1_000_000);
		Read read = read(file, "Data");
		assertThat(read.records).isEmpty();
		assertThat(read.messages()).containsExactly(
				UNREADABLE + "a part of it would expand to far more data than the file holds (a possible zip bomb)");
	}

	@Test
	void filesThatAreNotWorkbooksAreRefused() throws Exception {
		Path csv = Files.writeString(dir.resolve("renamed.xlsx"), "grant_id,amount\nG-1,10\n");
		Path empty = Files.createFile(dir.resolve("empty.xlsx"));
		Path good = workbook("grants", (sheet) -> row(sheet, 0, "a"));
		byte[] bytes = Files.readAllBytes(good);
		Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
		assertThat(read(csv, "grants").messages()).containsExactly(
				UNREADABLE + "it is not a zip package as .xlsx files are (a CSV or other file renamed .xlsx?)");
		assertThat(read(empty, "grants").messages()).containsExactly(UNREADABLE + "the file is empty");
		assertThat(read(dir.resolve("missing.xlsx"), "grants").messages())
			.containsExactly(UNREADABLE + "the file does not exist");
		assertThat(read(dir, "grants").messages()).containsExactly(UNREADABLE + "it is not a file");
		Read broken = read(truncated, "grants");
		assertThat(broken.records).isEmpty();
		assertThat(broken.messages()).singleElement().asString().startsWith(UNREADABLE);
	}

	@Test
	void abCharitableTrustDatesAmountsAndCounts() throws Exception {
		Path file = real("360giving/a001p00000zgyHZAAY.xlsx");
		Read read = read(file, "abct data - jan 2013 - aug 2020");
		assertThat(read.problems).isEmpty();
		assertThat(read.header).hasSize(22).contains("Award Date", "Amount Awarded", "Recipient Org:Charity Number");
		RawRecord first = read.records.get(0);
		assertThat(first.line()).isEqualTo(2);
		assertThat(value(read, first, "Identifier")).isEqualTo("360G-ABCT-0065I000005BoDGQA044222");
		assertThat(value(read, first, "Award Date")).isEqualTo("2021-01-26");
		assertThat(value(read, first, "Award Date - website format")).isEqualTo("2021-01-26");
		assertThat(value(read, first, "Amount Awarded")).isEqualTo("30000");
		assertThat(read.records).hasSize(783);
		agreesWithFullModel(file, read);
	}

	@Test
	void andrewLloydWebberHeadersAndMixedDateCells() throws Exception {
		Path file = real("360giving/a003W000001B7PzQAK.xlsx");
		Read read = read(file, "Sheet1");
		assertThat(read.problems).isEmpty();
		assertThat(read.header).hasSize(24)
			.contains("Grant Programme: Title", "Last modified")
			.doesNotContain("Grant Programme:Title")
			.allSatisfy((name) -> assertThat(name).isEqualTo(name.strip()));
		RawRecord first = read.records.get(0);
		assertThat(value(read, first, "Award Date")).isEqualTo("2020-11-03");
		assertThat(value(read, first, "Last modified")).isEqualTo("2021-02-15");
		assertThat(value(read, first, "Amount Awarded")).isEqualTo("15000");
		RawRecord textDate = read.records.stream().filter((record) -> record.line() == 10).findFirst().orElseThrow();
		assertThat(value(read, textDate, "Award Date")).isEqualTo("2020-04-21");
		assertThat(read.records).hasSize(475);
		agreesWithFullModel(file, read);
	}

	@Test
	void deliberatelyInvalidGrantsKeepTheirFaultsForTheValidators() throws Exception {
		Path file = real("360giving/invalid_file.xlsx");
		Read read = read(file, "sheet1");
		assertThat(read.problems).isEmpty();
		assertThat(value(read, line(read, 2), "Amount Awarded")).isEqualTo("500");
		assertThat(value(read, line(read, 11), "Amount Awarded")).isEqualTo("tbc");
		assertThat(value(read, line(read, 102), "Award Date")).isEqualTo("43194");
		assertThat(value(read, line(read, 125), "Award Date")).isEqualTo("17/11/2015");
		assertThat(value(read, line(read, 4), "Currency")).isEqualTo("GPB");
		assertThat(read.records).hasSize(125);
		agreesWithFullModel(file, read);
	}

	@Test
	void heraMilestonesComputedByFormulasAreRefusedCellByCell() throws Exception {
		Path file = real("milestones/2024_Example_HERA_Data_Submission_form.xlsx");
		Read read = read(file, "data cleaning (do not use)");
		assertThat(read.header).containsExactly("Source Tab", "Degree/Certificate", "Measure", "Enrollment at entry",
				"Demographic Group", "Detail", "Cohort", "Outcome");
		// every row of this sheet is computed from the others: none is data
		assertThat(read.records).isEmpty();
		assertThat(read.problems).first()
			.hasToString("2024_Example_HERA_Data_Submission_form.xlsx:2:Degree/Certificate: cell B2 is a formula:"
					+ " save values only (in Excel: copy, then Paste Special > Values)");
		assertThat(read.count).isEqualTo(formulaCells(file, "Data Cleaning (DO NOT USE)"));
		assertThat(read.linesRead).isEqualTo(1000);
	}

	/** The formula cells of a sheet, counted with POI's full model. */
	private static long formulaCells(Path file, String sheetName) throws Exception {
		long formulas = 0;
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
				XSSFWorkbook book = new XSSFWorkbook(pkg)) {
			for (Row row : book.getSheet(sheetName)) {
				for (Cell cell : row) {
					formulas += (cell.getCellType() == CellType.FORMULA) ? 1 : 0;
				}
			}
		}
		return formulas;
	}

	@Test
	void aFormLaidOutForPeopleIsReportedNotGuessed() throws Exception {
		Read read = read(real("milestones/2024_Example_HERA_Data_Submission_form.xlsx"), "Retention");
		assertThat(read.header).containsExactly("Institution Name: Wisconsin State University A&M");
		assertThat(read.messages()).first().isEqualTo("row 4 has a value in column B, beyond the header's 1 columns");
	}

	@Test
	void realFilesAreNeverModified() throws Exception {
		Path file = real("360giving/a003W000001B7PzQAK.xlsx");
		String before = sha256(file);
		FileTime modified = Files.getLastModifiedTime(file);
		read(file, "Sheet1");
		assertThat(sha256(file)).isEqualTo(before);
		assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
	}

	/**
	 * Every non-blank row POI's full model sees is a record at the same row number, and
	 * every cell agrees with the cell's value in the full model.
	 */
	private static void agreesWithFullModel(Path file, Read read) throws Exception {
		Map<Long, RawRecord> byLine = new TreeMap<>();
		read.records.forEach((record) -> byLine.put(record.line(), record));
		List<Long> expectedLines = new ArrayList<>();
		// READ access: a workbook opened from a File read-write is written back on close
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
				XSSFWorkbook book = new XSSFWorkbook(pkg)) {
			Sheet sheet = book.getSheet(read.sheet);
			for (Row row : sheet) {
				if (row.getRowNum() + 1 <= read.headerLine || !hasContent(row)) {
					continue;
				}
				long line = row.getRowNum() + 1;
				expectedLines.add(line);
				for (Cell cell : row) {
					if (cell.getColumnIndex() < read.header.size() && byLine.containsKey(line)) {
						String actual = byLine.get(line).values()[cell.getColumnIndex()];
						assertThat(actual).as(cell.getAddress().formatAsString()).isEqualTo(expected(cell));
					}
				}
			}
		}
		assertThat(byLine.keySet()).containsExactlyElementsOf(expectedLines);
	}

	private static boolean hasContent(Row row) {
		for (Cell cell : row) {
			if (!expected(cell).isBlank()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The text a cell should have, computed independently from the full model's typed
	 * value.
	 */
	private static String expected(Cell cell) {
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
			case NUMERIC -> isDate(cell) ? iso(cell.getLocalDateTimeCellValue())
					: new BigDecimal(Double.toString(cell.getNumericCellValue())).round(FIFTEEN_DIGITS)
						.stripTrailingZeros()
						.toPlainString();
			default -> "";
		};
	}

	private static boolean isDate(Cell cell) {
		CellStyle style = cell.getCellStyle();
		String pattern = style.getDataFormatString();
		return DateUtil.isADateFormat(style.getDataFormat(), pattern)
				|| DateUtil.isADateFormat(style.getDataFormat(), XlsxCells.withoutLiterals(pattern));
	}

	private static String iso(LocalDateTime moment) {
		return (moment.toLocalTime().toSecondOfDay() == 0) ? moment.toLocalDate().toString() : moment.toString();
	}

	private Read read(Path file, String sheet) throws IOException {
		Problems problems = new Problems(file.getFileName().toString());
		Read read = new Read();
		try (XlsxRecordSource source = new XlsxRecordSource(file, sheet, problems)) {
			read.header = source.header();
			read.headerLine = source.linesRead();
			RawRecord record;
			while ((record = source.next()) != null) {
				assertThat(record.values()).hasSameSizeAs(read.header.toArray());
				read.records.add(record);
			}
			read.linesRead = source.linesRead();
			assertThat(source.next()).isNull();
		}
		read.problems = problems.kept();
		read.count = problems.count();
		read.sheet = sheet;
		return read;
	}

	private Path real(String name) {
		Assumptions.assumeTrue(Files.isDirectory(REAL), "the real data folder is not there");
		Path file = REAL.resolve(name);
		Assumptions.assumeTrue(Files.isRegularFile(file), name + " is not there");
		return file;
	}

	private static RawRecord line(Read read, long line) {
		return read.records.stream().filter((record) -> record.line() == line).findFirst().orElseThrow();
	}

	private static String value(Read read, RawRecord record, String column) {
		return record.values()[read.header.indexOf(column)];
	}

	private Path workbook(String sheetName, Consumer<Sheet> content) throws IOException {
		Path file = dir.resolve(sheetName + ".xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			content.accept(book.createSheet(sheetName));
			save(book, file);
		}
		return file;
	}

	private static void save(XSSFWorkbook book, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			book.write(out);
		}
	}

	private static Row row(Sheet sheet, int index, String... texts) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < texts.length; i++) {
			if (texts[i] != null) {
				row.createCell(i).setCellValue(texts[i]);
			}
		}
		return row;
	}

	private static CellStyle format(Sheet sheet, String pattern) {
		CellStyle style = sheet.getWorkbook().createCellStyle();
		style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(pattern));
		return style;
	}

	private static void date(Row row, int column, LocalDateTime value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static void number(Row row, int column, double value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	/**
	 * Writes a minimal .xlsx package by hand: one sheet "Data" whose rows are
	 * {@code rows} (a NUL separates an optional prolog, such as a DOCTYPE, from the
	 * rows), styles 1 = m/d/yy, 2 = #,##0.00, 3 = a date-time with literals, and
	 * {@code padding} spaces inside sheetData.
	 */
	private Path handMade(String name, String workbookAttributes, String rows, String strings, int padding)
			throws IOException {
		String[] parts = rows.contains("\u0000") ? rows.split("\u0000", 2) : new String[] { "", rows };
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("[Content_Types].xml",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
						<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
						<Default Extension="xml" ContentType="application/xml"/>
						<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
						<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
						<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
						<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
						</Types>""");
		String relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
		entries.put("_rels/.rels",
				"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId1\" Type=\"" + relations
						+ "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
		entries.put("xl/_rels/workbook.xml.rels",
				"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId1\" Type=\"" + relations
						+ "/worksheet\" Target=\"worksheets/sheet1.xml\"/>" + "<Relationship Id=\"rId2\" Type=\""
						+ relations + "/styles\" Target=\"styles.xml\"/>" + "<Relationship Id=\"rId3\" Type=\""
						+ relations + "/sharedStrings\" Target=\"sharedStrings.xml\"/>" + "</Relationships>");
		entries.put("xl/workbook.xml",
				"<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + relations + "\"><workbookPr" + workbookAttributes
						+ "/><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
		entries.put("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"1\">"
				+ "<numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\\Thh:mm:ss\\Z\"/></numFmts>"
				+ "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
				+ "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"4\"><xf numFmtId=\"0\"/>"
				+ "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"4\" applyNumberFormat=\"1\"/>"
				+ "<xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
		entries.put("xl/sharedStrings.xml",
				"<sst xmlns=\"" + MAIN + "\">" + ((strings != null) ? strings : "") + "</sst>");
		Path file = dir.resolve(name);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.setLevel(9);
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
			out.write(parts[0] + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
			char[] spaces = new char[65_536];
			Arrays.fill(spaces, ' ');
			for (int left = padding; left > 0; left -= spaces.length) {
				out.write(spaces, 0, Math.min(left, spaces.length));
			}
			out.write(parts[1] + "</sheetData></worksheet>");
			out.flush();
			zip.closeEntry();
		}
		return file;
	}

	private static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

	/** What one reading of a sheet gave. */
	private static final class Read {

		String sheet;

		List<String> header;

		long headerLine;

		final List<RawRecord> records = new ArrayList<>();

		long linesRead;

		List<Problem> problems;

		long count;

		List<String> messages() {
			return this.problems.stream().map(Problem::message).toList();
		}

	}

}
