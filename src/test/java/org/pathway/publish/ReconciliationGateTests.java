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
 * The gate reads what was written and compares the key totals with the store: files that
 * agree pass; a workbook or PDF that shows another figure than the store fails the run,
 * with both figures.
 */
class ReconciliationGateTests {

	@TempDir
	Path work;

	private final ReconciliationGate gate = new ReconciliationGate();

	@Test
	void filesThatAgreeWithTheStorePass() throws IOException {
		ReportDocument document = document(new BigDecimal("175000000.00"));
		assertThatCode(() -> this.gate.check(document, write(document))).doesNotThrowAnyException();
	}

	@Test
	void aFigureThatDiffersFromTheStoreFailsTheRunWithBothFigures() throws IOException {
		List<Path> files = write(document(new BigDecimal("175000000.00")));
		ReportDocument store = document(new BigDecimal("175000000.01"));
		assertThatThrownBy(() -> this.gate.check(store, files)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("reconciliation failed for funder-report funder:ballmer")
			.hasMessageContaining("F1 funder:ballmer USD is 175000000.01 in the metric store but '175000000' in the"
					+ " Metrics sheet")
			.hasMessageContaining("F1 funder:ballmer USD is USD 175,000,000.01 in the metric store but not found in the"
					+ " PDF's text");
	}

	private List<Path> write(ReportDocument document) throws IOException {
		Path pdf = this.work.resolve("report.pdf");
		Path xlsx = this.work.resolve("report.xlsx");
		render(new PdfRenderer(), document, pdf);
		render(new ExcelRenderer(), document, xlsx);
		return List.of(pdf, xlsx);
	}

	private static void render(ReportRenderer renderer, ReportDocument document, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			renderer.render(document, out);
		}
	}

	private static ReportDocument document(BigDecimal committed) {
		MetricValue f1 = MetricValue.money("F1", "funder:ballmer", "USD", committed);
		return new ReportDocument("funder-report", "funder:ballmer", LocalDate.of(2026, 9, 30),
				"Report to Ballmer Group", "subject", "en-US",
				new ReportDocument.Branding("Network", "#1F4E79", "#E07B24", null, "footer"),
				List.of(new Section("key_figures", "At a glance",
						List.of(new KeyFigures(List
							.of(new Figure("Committed", Cell.money(committed, "USD"), Format.MONEY, "grants")))))),
				List.of(f1));
	}

}
