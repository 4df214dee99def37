package org.pathway.render.pdf;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.pathway.render.ValueText;
import org.pathway.report.ReportDocument.Cell;
import org.pathway.report.ReportDocument.Column;
import org.pathway.report.ReportDocument.Format;
import org.pathway.report.ReportDocument.Table;

/**
 * A report table: header row in the primary colour repeated on every page, numbers
 * right-aligned, zebra rows, missing values shown by their note in grey, each cell capped
 * for display.
 */
final class TableWriter {

	private static final float SIZE = 8.5f;

	private static final float PADDING = 3.5f;

	private final PdfFonts fonts;

	private final Palette palette;

	private final float width;

	TableWriter(PdfFonts fonts, Palette palette, float width) {
		this.fonts = fonts;
		this.palette = palette;
		this.width = width;
	}

	PdfPTable table(Table table) {
		List<Column> columns = table.columns();
		float[] widths = widths(columns);
		float sum = 0;
		for (float w : widths) {
			sum += w;
		}
		PdfPTable pdf = new PdfPTable(widths);
		pdf.setWidthPercentage(100);
		pdf.setSplitLate(false);
		pdf.setSpacingBefore(6);
		boolean captioned = table.caption() != null && !table.caption().isBlank();
		if (captioned) {
			PdfPCell caption = TextBlocks
				.cell(this.fonts.phrase(table.caption(), TextStyle.strong(), PdfFonts.CELL_LIMIT), Element.ALIGN_LEFT);
			caption.setColspan(columns.size());
			caption.setPaddingBottom(5);
			pdf.addCell(caption);
		}
		pdf.setHeaderRows(captioned ? 2 : 1);
		TextStyle header = new TextStyle(SIZE, true, Color.WHITE);
		for (int c = 0; c < columns.size(); c++) {
			Column column = columns.get(c);
			PdfPCell cell = boxed(this.fonts.words(column.header(), header, inner(widths, sum, c), 6), column.format());
			cell.setBackgroundColor(this.palette.primary());
			cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
			cell.setBorderColor(this.palette.primary());
			pdf.addCell(cell);
		}
		if (table.rows().isEmpty()) {
			PdfPCell none = boxed(this.fonts.phrase("no rows", TextStyle.small(), 20), Format.TEXT);
			none.setColspan(columns.size());
			pdf.addCell(none);
		}
		int index = 0;
		for (List<Cell> row : table.rows()) {
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException("table '" + table.caption() + "' row " + (index + 1) + " has "
						+ row.size() + " cells for " + columns.size() + " columns");
			}
			for (int c = 0; c < columns.size(); c++) {
				pdf.addCell(body(row.get(c), columns.get(c).format(), index % 2 == 1, inner(widths, sum, c)));
			}
			index++;
		}
		return pdf;
	}

	/** The width inside the padding of column {@code c}. */
	private float inner(float[] widths, float sum, int c) {
		return this.width * widths[c] / sum - PADDING * 2 - 1;
	}

	/**
	 * Numbers and notes shrink to stay on one line; text wraps between words, shrinking a
	 * little if needed.
	 */
	private PdfPCell body(Cell value, Format format, boolean zebra, float inner) {
		boolean missing = value == null || value.value() == null;
		TextStyle style = new TextStyle(SIZE, false, missing ? TextStyle.GREY : TextStyle.TEXT);
		String text = ValueText.format(value, format);
		PdfPCell cell = boxed((missing || numeric(format)) ? this.fonts.shrink(text, style, inner, 6)
				: this.fonts.words(text, style, inner, 6.5f), format);
		if (zebra) {
			cell.setBackgroundColor(Palette.ZEBRA);
		}
		return cell;
	}

	private static PdfPCell boxed(Phrase phrase, Format format) {
		PdfPCell cell = TextBlocks.cell(phrase, numeric(format) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(Palette.RULE);
		cell.setBorderWidth(0.5f);
		cell.setPadding(PADDING);
		cell.setPaddingBottom(4.5f);
		return cell;
	}

	static boolean numeric(Format format) {
		return format == Format.MONEY || format == Format.RATE || format == Format.CHANGE || format == Format.COUNT;
	}

	private static float[] widths(List<Column> columns) {
		float[] widths = new float[columns.size()];
		for (int i = 0; i < widths.length; i++) {
			float width = columns.get(i).width();
			widths[i] = (width > 0) ? width : 1;
		}
		return widths;
	}

}
