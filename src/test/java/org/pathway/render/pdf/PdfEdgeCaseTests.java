package org.pathway.render.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import org.junit.jupiter.api.Test;
import org.pathway.report.ReportDocument;
import org.pathway.report.ReportDocument.Cell;
import org.pathway.report.ReportDocument.Chart;
import org.pathway.report.ReportDocument.ChartKind;
import org.pathway.report.ReportDocument.Column;
import org.pathway.report.ReportDocument.Format;
import org.pathway.report.ReportDocument.KeyFigures;
import org.pathway.report.ReportDocument.Section;
import org.pathway.report.ReportDocument.Series;
import org.pathway.report.ReportDocument.Table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reports with little in them still render, and malformed ones fail with a clear message.
 */
class PdfEdgeCaseTests {

	@Test
	void emptyBlocksAndNoBrandingStillRender() throws IOException {
		Section section = new Section("empty", " ",
				List.of(new KeyFigures(List.of()),
						new Table("Nothing yet", null, List.of(new Column("Member", Format.TEXT, 1)), List.of(), null),
						new Table(null, null, List.of(), List.of(), List.of()),
						new Chart("No categories", ChartKind.BAR, Format.COUNT, List.of(), List.of(), null),
						new Chart("All missing", ChartKind.LINE, Format.RATE, List.of("2024", "2025"),
								List.of(new Series("Network", Arrays.asList(null, null))), null),
						new Chart("One series", ChartKind.PROGRESS, Format.RATE, List.of("Network"),
								List.of(new Series("Achieved", Arrays.asList((BigDecimal) null))), null)));
		ReportDocument document = new ReportDocument("strategic-plan", "network", LocalDate.of(2026, 1, 31), "Plan",
				null, null, null, List.of(section), List.of());
		byte[] pdf = PdfFixtures.render(document);
		String text = String.join("\n", PdfRendererTests.pages(pdf));
		assertThat(text).contains("Plan", "Network", "as of January 31, 2026", "no rows", "no data", "Page 1 of ");
		assertThat(SimpleBookmark.getBookmarkList(new PdfReader(pdf))).extracting((b) -> b.get("Title"))
			.containsExactly("empty");
	}

	@Test
	void lineBreaksAndTabsOfAnyKindAreNotReplacementCharacters() throws IOException {
		ReportDocument document = new ReportDocument("strategic-plan", "network", LocalDate.of(2026, 1, 31), "Plan",
				null, "en-US", null,
				List.of(new Section("s", "Section",
						List.of(new ReportDocument.Paragraph("line one\r\nline two\rline three\tand a tab", false)))),
				List.of());
		String text = String.join("\n", PdfRendererTests.pages(PdfFixtures.render(document)));
		assertThat(text).contains("line one", "line two", "line three and a tab").doesNotContain(PdfFonts.REPLACEMENT);
	}

	@Test
	void aRowWithTheWrongNumberOfCellsIsAnError() {
		Table table = new Table("Members", null,
				List.of(new Column("Member", Format.TEXT, 1), new Column("Amount", Format.MONEY, 1)),
				List.of(List.of(Cell.text("only one"))), List.of());
		ReportDocument document = new ReportDocument("funder-report", "funder:x", LocalDate.of(2026, 1, 31), "Report",
				null, "en-US", null, List.of(new Section("s", "Section", List.of(table))), List.of());
		assertThatThrownBy(() -> PdfFixtures.render(document)).hasMessageContaining("row 1 has 1 cells for 2 columns");
	}

}
