package org.pathway.render.pdf;

import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import org.pathway.report.ReportDocument.Block;
import org.pathway.report.ReportDocument.Chart;
import org.pathway.report.ReportDocument.KeyFigures;
import org.pathway.report.ReportDocument.Paragraph;
import org.pathway.report.ReportDocument.Section;
import org.pathway.report.ReportDocument.Table;

/**
 * Lays out one section: its heading (where its bookmark points), then each block in
 * order.
 */
final class SectionWriter {

	private final Document pdf;

	private final PdfFonts fonts;

	private final Palette palette;

	private final TableWriter tables;

	private final ChartWriter charts;

	SectionWriter(Document pdf, PdfFonts fonts, Palette palette, ChartWriter charts) {
		this.pdf = pdf;
		this.fonts = fonts;
		this.palette = palette;
		this.tables = new TableWriter(fonts, palette, pdf.right() - pdf.left());
		this.charts = charts;
	}

	void write(Section section, String tag) throws DocumentException {
		this.pdf.add(TextBlocks.heading(this.fonts, title(section), this.palette.primary(), tag));
		for (Block block : section.blocks()) {
			write(block);
		}
	}

	/** The heading and bookmark text: the title, or the id when the title is blank. */
	static String title(Section section) {
		return (section.title() != null && !section.title().isBlank()) ? section.title() : section.id();
	}

	void write(Block block) throws DocumentException {
		if (block instanceof Paragraph paragraph) {
			this.pdf.add(TextBlocks.paragraph(this.fonts, paragraph.text(), paragraph.small()));
		}
		else if (block instanceof KeyFigures figures) {
			for (PdfPTable row : KeyFigureRow.of(this.fonts, this.palette, figures,
					this.pdf.right() - this.pdf.left())) {
				this.pdf.add(row);
			}
		}
		else if (block instanceof Table table) {
			write(table);
		}
		else if (block instanceof Chart chart) {
			this.pdf.add(this.charts.chart(chart, this.pdf.right() - this.pdf.left()));
		}
	}

	private void write(Table table) throws DocumentException {
		List<String> footnotes = (table.footnotes() != null) ? table.footnotes() : List.of();
		PdfPTable body;
		if (table.columns().isEmpty()) {
			body = TextBlocks.caption(this.fonts, table.caption());
			body.addCell(TextBlocks.cell(this.fonts.phrase("no data", TextStyle.small(), 20), Element.ALIGN_LEFT));
		}
		else {
			body = this.tables.table(table);
		}
		body.setSpacingAfter(footnotes.isEmpty() ? 14 : 4);
		this.pdf.add(body);
		for (int i = 0; i < footnotes.size(); i++) {
			PdfPTable note = TextBlocks.paragraph(this.fonts, footnotes.get(i), true);
			note.setSpacingAfter((i == footnotes.size() - 1) ? 14 : 2);
			this.pdf.add(note);
		}
	}

}
