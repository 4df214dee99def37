package org.pathway.render.excel;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every cell style of one workbook, built once (a workbook holds at most 64,000 styles):
 * text, headers in the branding colour, notes in grey italics and one number format per
 * kind of value and currency.
 */
final class Styles {

	static final String DEFAULT_PRIMARY = "#1F3864";

	private final XSSFWorkbook workbook;

	final XSSFCellStyle title;

	final XSSFCellStyle heading;

	final XSSFCellStyle header;

	final XSSFCellStyle text;

	final XSSFCellStyle label;

	final XSSFCellStyle note;

	final XSSFCellStyle small;

	final XSSFCellStyle count;

	final XSSFCellStyle rate;

	final XSSFCellStyle change;

	final XSSFCellStyle money;

	final XSSFCellStyle year;

	final XSSFCellStyle general;

	final XSSFCellStyle exactRate;

	final XSSFCellStyle exactChange;

	private final Map<String, XSSFCellStyle> moneyByCurrency = new HashMap<>();

	Styles(XSSFWorkbook workbook, String primaryColour) {
		this.workbook = workbook;
		this.title = style(font(16, true, false, null), null);
		this.heading = style(font(12, true, false, null), null);
		XSSFFont white = font(11, true, false, null);
		white.setColor(IndexedColors.WHITE.getIndex());
		this.header = style(white, null);
		this.header
			.setFillForegroundColor(new XSSFColor(rgb(primaryColour), workbook.getStylesSource().getIndexedColors()));
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.header.setWrapText(true);
		this.header.setVerticalAlignment(VerticalAlignment.TOP);
		this.text = style(null, null);
		this.label = style(font(11, true, false, null), null);
		this.note = style(font(11, false, true, IndexedColors.GREY_50_PERCENT), null);
		this.small = style(font(9, false, false, IndexedColors.GREY_50_PERCENT), null);
		this.count = style(null, "#,##0");
		this.rate = style(null, "0.0%");
		this.change = style(null, "+0.0%;-0.0%;0.0%");
		this.money = style(null, "#,##0.00");
		this.year = style(null, "0");
		this.general = style(null, "General");
		this.exactRate = style(null, "0.00%");
		this.exactChange = style(null, "+0.00%;-0.00%;0.00%");
	}

	/**
	 * {@code "USD "#,##0.00}: the amount with its currency code, one style per currency.
	 */
	XSSFCellStyle money(String currency) {
		String code = (currency != null) ? currency.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "") : "";
		if (code.isEmpty()) {
			return this.money;
		}
		return this.moneyByCurrency.computeIfAbsent(code, (c) -> style(null, "\"" + c + " \"#,##0.00"));
	}

	private XSSFCellStyle style(XSSFFont font, String format) {
		XSSFCellStyle style = this.workbook.createCellStyle();
		if (font != null) {
			style.setFont(font);
		}
		if (format != null) {
			style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
		}
		return style;
	}

	private XSSFFont font(int points, boolean bold, boolean italic, IndexedColors colour) {
		XSSFFont font = this.workbook.createFont();
		font.setFontHeightInPoints((short) points);
		font.setBold(bold);
		font.setItalic(italic);
		if (colour != null) {
			font.setColor(colour.getIndex());
		}
		return font;
	}

	/**
	 * {@code #RRGGBB} as bytes; the default colour when the branding gives none or a
	 * malformed one.
	 */
	static byte[] rgb(String colour) {
		String hex = (colour != null && colour.matches("#?[0-9A-Fa-f]{6}")) ? colour.replace("#", "")
				: DEFAULT_PRIMARY.substring(1);
		int value = Integer.parseInt(hex, 16);
		return new byte[] { (byte) (value >> 16), (byte) (value >> 8), (byte) value };
	}

}
