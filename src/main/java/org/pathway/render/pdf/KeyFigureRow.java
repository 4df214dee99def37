package org.pathway.render.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.pathway.render.ValueText;
import org.pathway.report.ReportDocument.Figure;
import org.pathway.report.ReportDocument.KeyFigures;

/**
 * Headline figures as a row of boxes (up to four a row): label, value in large type, a
 * line of detail.
 */
final class KeyFigureRow {

	private static final int PER_ROW = 4;

	/** Padding and borders inside a box, left for the value. */
	private static final float INSET = 7 + 7 + 3 + 4 + 2;

	private static final Color BOX = new Color(0xF6, 0xF7, 0xF9);

	private KeyFigureRow() {
	}

	/** One table per row of up to four boxes, so that rows are apart. */
	static List<PdfPTable> of(PdfFonts fonts, Palette palette, KeyFigures figures, float width) {
		List<Figure> list = figures.figures();
		int columns = Math.max(1, Math.min(PER_ROW, list.size()));
		List<PdfPTable> rows = new ArrayList<>();
		for (int start = 0; start < list.size(); start += columns) {
			PdfPTable table = new PdfPTable(columns);
			table.setWidthPercentage(100);
			table.setSpacingBefore((start == 0) ? 4 : 0);
			table.setSpacingAfter((start + columns >= list.size()) ? 12 : 8);
			table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
			for (Figure figure : list.subList(start, Math.min(list.size(), start + columns))) {
				table.addCell(box(fonts, palette, figure, width / columns - INSET));
			}
			table.completeRow();
			rows.add(table);
		}
		return rows;
	}

	private static PdfPCell box(PdfFonts fonts, Palette palette, Figure figure, float inner) {
		boolean missing = figure.value() == null || figure.value().value() == null;
		String value = ValueText.format(figure.value(), figure.format());
		TextStyle big = new TextStyle(17, true, missing ? TextStyle.GREY : palette.primary());
		PdfPCell cell = new PdfPCell();
		cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
		cell.setBorder(Rectangle.LEFT | Rectangle.RIGHT);
		cell.setBorderWidthLeft(3);
		cell.setBorderColorLeft(palette.accent());
		cell.setBorderWidthRight(8);
		cell.setBorderColorRight(Color.WHITE);
		cell.setBackgroundColor(BOX);
		cell.setPadding(7);
		cell.setPaddingTop(5);
		cell.setUseAscender(true);
		cell.addElement(line(fonts.phrase(figure.label(), TextStyle.small(), PdfFonts.CELL_LIMIT), 2));
		cell.addElement(line(fonts.shrink(value, big, inner, 9), 2));
		if (figure.detail() != null && !figure.detail().isBlank()) {
			cell.addElement(line(fonts.phrase(figure.detail(), TextStyle.small().sized(7.5f), PdfFonts.CELL_LIMIT), 0));
		}
		return cell;
	}

	private static Paragraph line(Phrase phrase, float after) {
		Paragraph paragraph = new Paragraph(phrase);
		paragraph.setAlignment(Element.ALIGN_LEFT);
		paragraph.setSpacingAfter(after);
		return paragraph;
	}

}
