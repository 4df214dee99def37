package org.pathway.render.pdf;

import java.awt.Color;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Text laid out in table cells rather than bare paragraphs: only cells and columns run
 * the bidirectional algorithm and Arabic shaping of OpenPDF, so every piece of text goes
 * through here.
 */
final class TextBlocks {

	private TextBlocks() {
	}

	/**
	 * A borderless cell with bidirectional layout (left-to-right paragraphs,
	 * right-to-left runs inside).
	 */
	static PdfPCell cell(Phrase phrase, int alignment) {
		PdfPCell cell = new PdfPCell(phrase);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
		cell.setHorizontalAlignment(alignment);
		cell.setPadding(0);
		cell.setPaddingBottom(3);
		cell.setUseAscender(true);
		return cell;
	}

	/** A full-width block holding one cell, with space before and after. */
	static PdfPTable block(PdfPCell cell, float before, float after) {
		PdfPTable table = new PdfPTable(1);
		table.setWidthPercentage(100);
		table.setSpacingBefore(before);
		table.setSpacingAfter(after);
		table.setSplitLate(false);
		table.addCell(cell);
		return table;
	}

	/** A paragraph of running text; small ones are smaller and grey. */
	static PdfPTable paragraph(PdfFonts fonts, String text, boolean small) {
		TextStyle style = small ? TextStyle.small() : TextStyle.body();
		PdfPCell cell = cell(fonts.phrase(text, style, PdfFonts.PARAGRAPH_LIMIT), Element.ALIGN_LEFT);
		return block(cell, 0, small ? 4 : 6);
	}

	/** A caption above a table or chart. */
	static PdfPTable caption(PdfFonts fonts, String text) {
		PdfPTable table = block(cell(fonts.phrase(text, TextStyle.strong(), PdfFonts.CELL_LIMIT), Element.ALIGN_LEFT),
				6, 4);
		table.setKeepTogether(true);
		return table;
	}

	/**
	 * A section heading in the primary colour with a rule below; {@code tag} marks where
	 * its bookmark goes.
	 */
	static PdfPTable heading(PdfFonts fonts, String title, Color colour, String tag) {
		Phrase phrase = fonts.phrase(title, TextStyle.strong().sized(16).coloured(colour), PdfFonts.CELL_LIMIT);
		((Chunk) phrase.get(0)).setGenericTag(tag);
		PdfPCell cell = cell(phrase, Element.ALIGN_LEFT);
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(colour);
		cell.setBorderWidth(1);
		cell.setPaddingBottom(6);
		return block(cell, 0, 10);
	}

}
