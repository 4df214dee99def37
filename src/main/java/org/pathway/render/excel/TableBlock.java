package org.pathway.render.excel;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.pathway.report.ReportDocument;
import org.pathway.report.ReportDocument.Format;
import org.pathway.report.ReportDocument.Table;

/**
 * A {@link Table} on a readable sheet: caption, header in the branding colour, typed
 * cells with a number format per column, notes (such as {@code suppressed}) in grey
 * italics, footnotes below.
 */
final class TableBlock {

	/**
	 * Written where a value is missing and the model gives no note: never a bare blank.
	 */
	static final String NO_VALUE = "no value";

	static final int SAMPLE_ROWS = 200;

	private TableBlock() {
	}

	/**
	 * Writes the table from the sheet's next row and returns the row of its header. With
	 * {@code blankWhenMissing} a missing value without a note stays blank (a chart's gap,
	 * explained in a footnote).
	 */
	static int write(ReadableSheet target, Table table, Styles styles, boolean blankWhenMissing) {
		int rowNumber = target.nextRow();
		if (table.caption() != null) {
			Cells.text(target.sheet.createRow(rowNumber).createCell(0), table.caption());
			target.sheet.getRow(rowNumber).getCell(0).setCellStyle(styles.heading);
			rowNumber++;
		}
		int headerRow = rowNumber;
		List<ReportDocument.Column> columns = table.columns();
		XSSFRow header = target.sheet.createRow(rowNumber++);
		for (int c = 0; c < columns.size(); c++) {
			Cell cell = header.createCell(c);
			Cells.text(cell, columns.get(c).header());
			cell.setCellStyle(styles.header);
			target.widths.see(c, Math.min(Cells.length(columns.get(c).header()), 24));
		}
		for (List<ReportDocument.Cell> values : table.rows()) {
			XSSFRow row = target.sheet.createRow(rowNumber);
			for (int c = 0; c < values.size(); c++) {
				Format format = (c < columns.size()) ? columns.get(c).format() : Format.TEXT;
				int length = write(row.createCell(c), values.get(c), format, styles, blankWhenMissing);
				if (rowNumber - headerRow <= SAMPLE_ROWS) {
					target.widths.see(c, length);
				}
			}
			rowNumber++;
		}
		int lastRow = rowNumber - 1;
		target.fixHeader(headerRow, lastRow, Math.max(columns.size() - 1, 0));
		for (String footnote : (table.footnotes() != null) ? table.footnotes() : List.<String>of()) {
			Cells.text(target.sheet.createRow(++rowNumber).createCell(0), footnote);
			target.sheet.getRow(rowNumber).getCell(0).setCellStyle(styles.small);
		}
		target.used(rowNumber);
		return headerRow;
	}

	/**
	 * One value as a typed cell; returns the characters it shows, for the column width.
	 */
	static int write(Cell cell, ReportDocument.Cell value, Format format, Styles styles, boolean blankWhenMissing) {
		Object content = (value != null) ? value.value() : null;
		if (content == null) {
			String note = (value != null) ? value.note() : null;
			if (note == null && blankWhenMissing) {
				return 0;
			}
			Cells.text(cell, (note != null) ? note : NO_VALUE);
			cell.setCellStyle(styles.note);
			return Cells.length(cell.getStringCellValue());
		}
		if (content instanceof Number number && format != Format.TEXT && format != Format.DATE) {
			BigDecimal decimal = decimal(number);
			Cells.number(cell, decimal);
			cell.setCellStyle(style(format, value.currency(), styles));
			return decimal.toPlainString().length() + ((format == Format.MONEY) ? 8 : 3);
		}
		String text = (content instanceof BigDecimal decimal) ? decimal.toPlainString() : content.toString();
		Cells.text(cell, text);
		cell.setCellStyle(styles.text);
		return Cells.length(text);
	}

	private static CellStyle style(Format format, String currency, Styles styles) {
		return switch (format) {
			case MONEY -> styles.money(currency);
			case RATE -> styles.rate;
			case CHANGE -> styles.change;
			case COUNT -> styles.count;
			case TEXT, DATE -> styles.text;
		};
	}

	private static BigDecimal decimal(Number number) {
		if (number instanceof BigDecimal decimal) {
			return decimal;
		}
		if (number instanceof Long || number instanceof Integer || number instanceof Short) {
			return BigDecimal.valueOf(number.longValue());
		}
		return new BigDecimal(number.toString());
	}

}
