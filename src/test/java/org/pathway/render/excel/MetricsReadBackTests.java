package org.pathway.render.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.metrics.MetricValue;
import org.pathway.render.Discrepancy;
import org.pathway.report.ReportDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The workbook read back for the reconciliation gate, streamed: each stored value found
 * in its own row with its exact number, reading that stops once every value is found, and
 * a sheet that is not what the renderer writes refused with the reason.
 */
class MetricsReadBackTests {

	@TempDir
	Path work;

	@Test
	void everyValueIsFoundInItsRowWithItsExactNumber() throws IOException {
		ReportDocument document = ExcelFixtures.document(2_000);
		Path file = render(document);
		List<MetricValue> wanted = List.of(document.metrics().get(0), document.metrics().get(5),
				document.metrics().get(1_995));
		assertThat(new ExcelRenderer().reconcile(document, wanted, file)).isEmpty();
	}

	@Test
	void aDifferentOrMissingValueIsReportedWithWhatTheSheetHolds() throws IOException {
		ReportDocument document = ExcelFixtures.document(20);
		Path file = render(document);
		MetricValue f5 = document.metrics().get(0);
		MetricValue changed = new MetricValue(f5.metric(), f5.scope(), f5.outcome(), f5.dimension(), f5.subgroup(),
				f5.year(), f5.currency(), f5.value().add(new BigDecimal("0.01")), null);
		MetricValue absent = MetricValue.money("F1", "funder:nobody", "USD", new BigDecimal("7"));
		List<Discrepancy> found = new ExcelRenderer().reconcile(document, List.of(changed, absent), file);
		assertThat(found).extracting(Discrepancy::stored, Discrepancy::found)
			.containsExactly(tuple("1234567890.13", "'1234567890.12' in the Metrics sheet"),
					tuple("7", "absent in the Metrics sheet"));
		assertThat(found.get(0).value()).isSameAs(changed);
	}

	@Test
	void readingStopsOnceTheCallerHasEnough() throws IOException {
		Path file = handWritten(true);
		List<String> seen = new ArrayList<>();
		MetricsSheetReader.read(file, (row) -> {
			seen.add(row[0] + " " + row[7]);
			return seen.size() == 2;
		});
		// numbers as written in the file; the formula of the fourth row is never reached
		assertThat(seen).containsExactly("F1 1.75E8", "F2 0.30000000000000004");
		assertThatThrownBy(() -> MetricsSheetReader.read(file, (row) -> false))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("reconciliation: the workbook hand.xlsx cannot be read back: cell H5 of Metrics is a formula");
	}

	@Test
	void numbersReadAsAPersonSeesThemAndAnythingElseAsItIs() {
		assertThat(MetricsReadBack.shown("1.75E8")).isEqualTo("175000000");
		assertThat(MetricsReadBack.shown("0.30000000000000004")).isEqualTo("0.3");
		assertThat(MetricsReadBack.shown("-0.0")).isEqualTo("0");
		assertThat(MetricsReadBack.shown("")).isEmpty();
		assertThat(MetricsReadBack.shown("n/a")).isEqualTo("n/a");
	}

	@Test
	void aWorkbookThatIsNotTheRenderersIsRefusedWithTheReason() throws IOException {
		Path noMetrics = this.work.resolve("other.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(noMetrics)) {
			workbook.createSheet("Summary");
			workbook.write(out);
		}
		assertThatThrownBy(() -> MetricsSheetReader.read(noMetrics, (row) -> true))
			.hasMessage("reconciliation: the workbook other.xlsx cannot be read back: it has no sheet named Metrics");
		Path header = handWritten(false);
		assertThatThrownBy(() -> MetricsSheetReader.read(header, (row) -> true))
			.hasMessageStartingWith("reconciliation: the workbook hand.xlsx cannot be read back: the header of Metrics"
					+ " is [metric, scope, outcome, dimension, subgroup, year, currency, amount, note]");
		Path text = this.work.resolve("text.xlsx");
		Files.writeString(text, "not a workbook");
		assertThatThrownBy(() -> MetricsSheetReader.read(text, (row) -> true))
			.hasMessageStartingWith("reconciliation: the workbook text.xlsx cannot be read back: ");
	}

	private Path render(ReportDocument document) throws IOException {
		Path file = this.work.resolve("report.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			new ExcelRenderer().render(document, out);
		}
		return file;
	}

	/**
	 * A Metrics sheet written by hand: two values, a blank row, then a formula; with
	 * {@code contract} false its value column is misnamed.
	 */
	private Path handWritten(boolean contract) throws IOException {
		Path file = this.work.resolve("hand.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet(MetricsSheet.NAME);
			Row header = sheet.createRow(0);
			for (int i = 0; i < MetricsSheet.HEADER.size(); i++) {
				header.createCell(i).setCellValue((!contract && i == 7) ? "amount" : MetricsSheet.HEADER.get(i));
			}
			row(sheet, 1, "F1").createCell(7).setCellValue(175000000.0);
			row(sheet, 2, "F2").createCell(7).setCellValue(0.1 + 0.2);
			row(sheet, 4, "F5").createCell(7).setCellFormula("1+1");
			workbook.write(out);
		}
		return file;
	}

	private static Row row(Sheet sheet, int number, String metric) {
		Row row = sheet.createRow(number);
		row.createCell(0).setCellValue(metric);
		row.createCell(1).setCellValue("network");
		return row;
	}

}
