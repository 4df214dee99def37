package org.pathway.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.pathway.report.ReportDocument.Chart;

/**
 * A chart drawn as vectors on a form XObject, placed in the text flow like an image
 * (never rasterised).
 */
final class ChartWriter {

	private final PdfWriter writer;

	private final PdfFonts fonts;

	private final Palette palette;

	ChartWriter(PdfWriter writer, PdfFonts fonts, Palette palette) {
		this.writer = writer;
		this.fonts = fonts;
		this.palette = palette;
	}

	PdfPTable chart(Chart chart, float width) throws BadElementException {
		float height = switch (chart.kind()) {
			case BAR -> BarChart.HEIGHT;
			case LINE -> LineChart.HEIGHT;
			case PROGRESS -> ProgressChart.height(chart);
		};
		PdfTemplate template = this.writer.getDirectContent().createTemplate(width, height);
		ChartCanvas canvas = new ChartCanvas(template, this.fonts, this.palette);
		switch (chart.kind()) {
			case BAR -> BarChart.draw(canvas, chart);
			case LINE -> LineChart.draw(canvas, chart);
			case PROGRESS -> ProgressChart.draw(canvas, chart);
		}
		PdfPTable block = TextBlocks.block(TextBlocks
			.cell(this.fonts.phrase(chart.caption(), TextStyle.strong(), PdfFonts.CELL_LIMIT), Element.ALIGN_LEFT), 6,
				14);
		PdfPCell drawing = new PdfPCell(Image.getInstance(template), false);
		drawing.setBorder(Rectangle.NO_BORDER);
		drawing.setPadding(0);
		drawing.setPaddingTop(4);
		block.addCell(drawing);
		block.setKeepTogether(true);
		return block;
	}

}
