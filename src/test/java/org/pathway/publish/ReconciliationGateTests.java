package org.pathway.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.metrics.MetricValue;
import org.pathway.render.ReportRenderer;
import org.pathway.render.excel.ExcelRenderer;
import org.pathway.render.pdf.PdfRenderer;
import org.pathway.report.ReportDocument;
import org.pathway.report.ReportDocument.Cell;
import org.pathway.report.ReportDocument.Figure;
import org.pathway.report.ReportDocument.Format;
import org.pathway.report.ReportDocument.KeyFigures;
import org.pathway.report.ReportDocument.Section;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gate has each renderer read what it wrote and compares the key totals with the
 * store: files that agree pass; a workbook or PDF that shows another figure than the
 * store fails the run, with both figures; the PDF is held only to the values its blocks
 * show, the workbook to every key value.
 */
class ReconciliationGateTests {

	private static final BigDecimal RECEIVED = new BigDecimal("85000000.00");

	private static final BigDecimal YOUNG_PEOPLE = new BigDecimal("36472");

	@TempDir
	Path work;

	private final ReconciliationGate gate = new ReconciliationGate();

	@Test
	void filesThatAgreeWithTheStorePass() throws IOException {
		ReportDocument document = document(new BigDecimal("175000000.00"), RECEIVED, YOUNG_PEOPLE);
		assertThatCode(() -> this.gate.check(document, write(document))).doesNotThrowAnyException();
	}

	@Test
	void aFigureThatDiffersFromTheStoreFailsTheRunWithBothFigures() throws IOException {
		List<ReconciliationGate.Written> files = write(
				document(new BigDecimal("175000000.00"), RECEIVED, YOUNG_PEOPLE));
		ReportDocument store = document(new BigDecimal("175000000.01"), RECEIVED, YOUNG_PEOPLE);
		assertThatThrownBy(() -> this.gate.check(store, files)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("reconciliation failed for funder-report funder:ballmer")
			.hasMessageContaining("report.xlsx: F1 funder:ballmer USD is 175000000.01 in the metric store but"
					+ " '175000000' in the Metrics sheet")
			.hasMessageContaining("report.pdf: F1 funder:ballmer USD is USD 175,000,000.01 in the metric store but not"
					+ " found in the PDF's text");
	}

	@Test
	void aCountIsLookedForInThePdfAsTheDocumentShowsIt() throws IOException {
		List<ReconciliationGate.Written> files = write(
				document(new BigDecimal("175000000.00"), RECEIVED, YOUNG_PEOPLE));
		ReportDocument store = document(new BigDecimal("175000000.00"), RECEIVED, new BigDecimal("36473"));
		assertThatThrownBy(() -> this.gate.check(store, files)).hasMessage(
				"reconciliation failed for funder-report funder:ballmer: report.pdf: H1 funder:ballmer is 36,473"
						+ " in the metric store but not found in the PDF's text; report.xlsx: H1 funder:ballmer is 36473 in"
						+ " the metric store but '36472' in the Metrics sheet");
	}

	@Test
	void aValueNoBlockShowsIsCheckedInTheWorkbookOnly() throws IOException {
		// F2 is in the report's values (so in its Metrics sheet) but in none of its
		// blocks
		List<ReconciliationGate.Written> files = write(
				document(new BigDecimal("175000000.00"), RECEIVED, YOUNG_PEOPLE));
		ReportDocument store = document(new BigDecimal("175000000.00"), new BigDecimal("85000000.50"), YOUNG_PEOPLE);
		assertThatThrownBy(() -> this.gate.check(store, files))
			.hasMessage("reconciliation failed for funder-report funder:ballmer: report.xlsx: F2 funder:ballmer USD is"
					+ " 85000000.50 in the metric store but '85000000' in the Metrics sheet");
	}

	@Test
	void aWorkbookThatCannotBeReadBackFailsTheRunSayingWhy() throws IOException {
		ReportDocument document = document(new BigDecimal("175000000.00"), RECEIVED, YOUNG_PEOPLE);
		Path pdf = write(document).get(0).file();
		assertThatThrownBy(
				() -> this.gate.check(document, List.of(new ReconciliationGate.Written(new ExcelRenderer(), pdf))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageStartingWith("reconciliation: the workbook report.pdf cannot be read back: ");
	}

	private List<ReconciliationGate.Written> write(ReportDocument document) throws IOException {
		return List.of(render(new PdfRenderer(), document, this.work.resolve("report.pdf")),
				render(new ExcelRenderer(), document, this.work.resolve("report.xlsx")));
	}

	private static ReconciliationGate.Written render(ReportRenderer renderer, ReportDocument document, Path file)
			throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			renderer.render(document, out);
		}
		return new ReconciliationGate.Written(renderer, file);
	}

	/** Key figures F1 and H1; F2 only among the values. */
	private static ReportDocument document(BigDecimal committed, BigDecimal received, BigDecimal youngPeople) {
		MetricValue f1 = MetricValue.money("F1", "funder:ballmer", "USD", committed);
		MetricValue f2 = MetricValue.money("F2", "funder:ballmer", "USD", received);
		MetricValue h1 = new MetricValue("H1", "funder:ballmer", null, "all", "all", null, null, youngPeople, null);
		return new ReportDocument("funder-report", "funder:ballmer", LocalDate.of(2026, 9, 30),
				"Report to Ballmer Group", "subject", "en-US",
				new ReportDocument.Branding("Network", "#1F4E79", "#E07B24", null, "footer"),
				List.of(new Section("key_figures", "At a glance",
						List.of(new KeyFigures(
								List.of(new Figure("Committed", Cell.money(committed, "USD"), Format.MONEY, "grants"),
										new Figure("More young people on a path", Cell.number(youngPeople),
												Format.COUNT, "since the baseline")))))),
				List.of(f1, f2, h1));
	}

}
