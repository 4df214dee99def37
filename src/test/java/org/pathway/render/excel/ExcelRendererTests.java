package org.pathway.render.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathway.metrics.MetricValue;
import org.pathway.report.ReportDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbook read back by content: the Metrics sheet of the contract, readable sheets,
 * safety, same bytes.
 */
class ExcelRendererTests {

	static final int METRIC_ROWS = 1_000;

	static ReportDocument document;

	static byte[] bytes;

	static XSSFWorkbook workbook;

	@BeforeAll
	static void render() throws IOException {
		document = ExcelFixtures.document(METRIC_ROWS);
		bytes = render(document);
		workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	@AfterAll
	static void close() throws IOException {
		workbook.close();
	}

	static byte[] render(ReportDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ExcelRenderer().render(document, out);
		return out.toByteArray();
	}

	@Test
	void summaryFirstThenReadableSheetsThenMetrics() {
		List<String> names = new ArrayList<>();
		workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		assertThat(names).containsExactly("Summary", "Money", "Outcomes 2025 draft", "Progress", "Trend", "metrics (2)",
				"Metrics");
	}

	@Test
	void metricsHeaderIsTheContract() {
		Row header = workbook.getSheet("Metrics").getRow(0);
		assertThat(texts(header)).containsExactly("metric", "scope", "outcome", "dimension", "subgroup", "year",
				"currency", "value", "note");
		assertThat(workbook.getSheet("Metrics").getLastRowNum()).isEqualTo(METRIC_ROWS);
	}

	@Test
	void everyMetricRowHoldsItsExactValueAsANumber() {
		Sheet sheet = workbook.getSheet("Metrics");
		for (int i = 0; i < METRIC_ROWS; i++) {
			MetricValue expected = document.metrics().get(i);
			Row row = sheet.getRow(i + 1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo(expected.metric());
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo(expected.scope());
			if (expected.year() != null) {
				assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(expected.year().doubleValue());
			}
			if (expected.value() != null) {
				Cell value = row.getCell(7);
				assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(shown(value.getNumericCellValue())).isEqualByComparingTo(expected.value());
			}
		}
	}

	@Test
	void moneyIsANumberCellWithTheExactAmountAndAMoneyFormat() {
		Row row = workbook.getSheet("Metrics").getRow(1);
		assertThat(row.getCell(0).getStringCellValue()).isEqualTo("F5");
		assertThat(row.getCell(6).getStringCellValue()).isEqualTo("USD");
		assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(1234567890.12);
		assertThat(row.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
		assertThat(workbook.getSheet("Metrics").getRow(2).getCell(7).getCellStyle().getDataFormatString())
			.isEqualTo("0.00%");
	}

	@Test
	void eachValueIsShownAsItsKindWhateverColumnsItCarries() {
		Map<String, String> formats = new TreeMap<>();
		Sheet metrics = workbook.getSheet("Metrics");
		for (int i = 1; i <= 7; i++) {
			Cell value = metrics.getRow(i).getCell(7);
			if (value != null) {
				formats.put(metrics.getRow(i).getCell(0).getStringCellValue(),
						value.getCellStyle().getDataFormatString());
			}
		}
		// F10 carries a currency (CAD) and is a rate; H1 is a count of young people
		assertThat(formats).containsExactlyInAnyOrderEntriesOf(
				Map.of("F5", "#,##0.00", "O3", "0.00%", "O4b", "+0.00%;-0.00%;0.00%", "H1", "#,##0", "F10", "0.00%"));
	}

	@Test
	void suppressedValueIsBlankWithItsNote() {
		Row row = workbook.getSheet("Metrics").getRow(3);
		assertThat(document.metrics().get(2).note()).isEqualTo("suppressed");
		assertThat(row.getCell(7, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL)).isNull();
		assertThat(row.getCell(8).getStringCellValue()).isEqualTo("suppressed");
	}

	@Test
	void hostileTextStaysInertText() {
		Row metricRow = workbook.getSheet("Metrics").getRow(8);
		assertThat(metricRow.getCell(4).getCellType()).isEqualTo(CellType.STRING);
		assertThat(metricRow.getCell(4).getStringCellValue()).isEqualTo(ExcelFixtures.FORMULA_NAME);
		List<String> funders = new ArrayList<>();
		XSSFSheet money = workbook.getSheet("Money");
		for (int r = 2; r <= money.getLastRowNum(); r++) {
			if (money.getRow(r) != null && money.getRow(r).getCell(0) != null) {
				funders.add(money.getRow(r).getCell(0).getStringCellValue());
			}
		}
		assertThat(funders).containsAll(ExcelFixtures.HOSTILE);
		workbook.forEach((sheet) -> sheet.forEach((row) -> row
			.forEach((cell) -> assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
				.isNotEqualTo(CellType.FORMULA))));
	}

	@Test
	void longTextIsCappedAtTheCellLimitWithAnEllipsis() {
		String capped = workbook.getSheet("Metrics").getRow(15).getCell(4).getStringCellValue();
		assertThat(capped).hasSize(32_767).endsWith("\u2026").startsWith(ExcelFixtures.LONG_NAME.substring(0, 32_766));
		assertThat(workbook.getSheet("Money").getRow(9).getCell(0).getStringCellValue()).hasSize(32_767);
	}

	@Test
	void metricsHeaderIsFrozenAndFiltered() {
		XSSFSheet sheet = workbook.getSheet("Metrics");
		assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
		assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
		assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I1001");
		assertThat(sheet.getColumnWidth(1)).isGreaterThan(8 * 256);
	}

	@Test
	void readableTableHasTypedCellsAndBrandedHeader() {
		XSSFSheet money = workbook.getSheet("Money");
		assertThat(money.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Money by funder");
		XSSFCell header = money.getRow(1).getCell(1);
		assertThat(header.getStringCellValue()).isEqualTo("Committed");
		XSSFCellStyle headerStyle = header.getCellStyle();
		assertThat(headerStyle.getFont().getBold()).isTrue();
		assertThat(headerStyle.getFillForegroundColorColor().getARGBHex()).isEqualTo("FF0B5394");
		XSSFCell amount = money.getRow(2).getCell(1);
		assertThat(amount.getNumericCellValue()).isEqualTo(1500000.25);
		assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("\"USD \"#,##0.00");
		assertThat(money.getRow(3).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("\"CAD \"#,##0.00");
		assertThat(money.getRow(2).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
		assertThat(money.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
		assertThat(money.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:D10");
		assertThat(money.getRow(11).getCell(0).getStringCellValue()).isEqualTo("Amounts in the currency of the grant.");
	}

	@Test
	void suppressedTableCellShowsTheNoteInGreyItalics() {
		XSSFSheet outcomes = workbook.getSheet("Outcomes 2025 draft");
		XSSFCell suppressed = outcomes.getRow(3).getCell(2);
		assertThat(suppressed.getCellType()).isEqualTo(CellType.STRING);
		assertThat(suppressed.getStringCellValue()).isEqualTo("suppressed");
		assertThat(suppressed.getCellStyle().getFont().getItalic()).isTrue();
		assertThat(outcomes.getRow(4).getCell(2).getStringCellValue()).isEqualTo(TableBlock.NO_VALUE);
		XSSFCell change = outcomes.getRow(2).getCell(3);
		assertThat(change.getNumericCellValue()).isEqualTo(-0.0525);
		assertThat(change.getCellStyle().getDataFormatString()).isEqualTo("+0.0%;-0.0%;0.0%");
		assertThat(outcomes.getRow(2).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
		assertThat(outcomes.getRow(4).getCell(1).getStringCellValue()).isEqualTo("2025");
	}

	@Test
	void blocksNamingTheSameSheetAreAppendedAndChartsAreNative() {
		XSSFSheet outcomes = workbook.getSheet("Outcomes 2025 draft");
		List<String> firstColumn = new ArrayList<>();
		outcomes.forEach((row) -> {
			if (row.getCell(0) != null) {
				firstColumn.add(row.getCell(0).getStringCellValue());
			}
		});
		assertThat(firstColumn).containsSubsequence("Outcomes", "Rate by year", "2023", "2024", "2025",
				ChartBlock.GAP_NOTE, "Equity", "race_ethnicity");
		assertThat(charts(outcomes)).isEqualTo(1);
		assertThat(charts(workbook.getSheet("Progress"))).isEqualTo(1);
		assertThat(charts(workbook.getSheet("Trend"))).isEqualTo(1);
		assertThat(workbook.getSheet("Progress").getDrawingPatriarch().getCharts().get(0).getCTChart().toString())
			.contains("barDir val=\"bar\"");
		assertThat(workbook.getSheet("Trend").getDrawingPatriarch().getCharts().get(0).getCTChart().toString())
			.contains("lineChart");
		assertThat(workbook.getSheet("metrics (2)").getRow(2).getCell(0).getStringCellValue())
			.isEqualTo("not the Metrics sheet");
	}

	@Test
	void summaryHoldsTitleScopeDateFiguresAndTheLegend() {
		List<String> lines = new ArrayList<>();
		workbook.getSheet("Summary").forEach((row) -> lines.add(String.join(" | ", texts(row))));
		assertThat(lines).contains("Funder report: Acme Foundation", "Scope | funder:f1", "As of | 2026-09-30",
				"Members |  | with data", "About this workbook");
		assertThat(lines).anyMatch((line) -> line.startsWith("suppressed:"));
		assertThat(lines).anyMatch((line) -> line.contains("Sheet Metrics"));
		Row committed = summaryRow("Committed");
		assertThat(committed.getCell(1).getNumericCellValue()).isEqualTo(1500000.25);
		Row progress = summaryRow("Progress to goal");
		assertThat(progress.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
	}

	@Test
	void theSameDocumentGivesTheSameBytesInAnyTimeZone() throws IOException {
		TimeZone zone = TimeZone.getDefault();
		byte[] elsewhere;
		try {
			TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
			elsewhere = render(document);
		}
		finally {
			TimeZone.setDefault(zone);
		}
		assertThat(render(document)).isEqualTo(bytes);
		assertThat(elsewhere).isEqualTo(bytes);
	}

	@Test
	void zipEntriesAndCorePropertiesCarryTheAsOfDate() throws IOException {
		List<String> names = new ArrayList<>();
		String core = null;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
				assertThat(entry.getTimeLocal()).isEqualTo(ExcelFixtures.AS_OF.atStartOfDay());
				if (entry.getName().equals("docProps/core.xml")) {
					core = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
		assertThat(names.subList(1, names.size())).isSorted();
		assertThat(core).contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-09-30T00:00:00Z</dcterms:created>")
			.contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-09-30T00:00:00Z</dcterms:modified>")
			.contains("Northern Lights Collective");
	}

	/** What Excel shows and keeps: the double's digits, cut to 15 significant digits. */
	private static BigDecimal shown(double value) {
		return new BigDecimal(Double.toString(value)).round(new MathContext(15));
	}

	private static Row summaryRow(String label) {
		for (Row row : workbook.getSheet("Summary")) {
			if (label.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + label);
	}

	private static int charts(XSSFSheet sheet) {
		XSSFDrawing drawing = sheet.getDrawingPatriarch();
		return (drawing != null) ? drawing.getCharts().size() : 0;
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		for (int c = 0; c < row.getLastCellNum(); c++) {
			Cell cell = row.getCell(c);
			texts.add((cell == null || cell.getCellType() != CellType.STRING) ? "" : cell.getStringCellValue());
		}
		return texts;
	}

}
