package org.pathway.ingest.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Turns the raw XML of one .xlsx cell into the text a person sees, in the plain form the
 * validators parse strictly: ISO dates, exact decimals without grouping, TRUE/FALSE. Kept
 * apart from the streaming reader so that these rules can be read (and tested) on their
 * own.
 */
final class XlsxCells {

	/** Excel's limit on columns (XFD). */
	static final int MAX_COLUMNS = 16_384;

	/** Excel's limit on the characters of one cell. */
	static final int MAX_TEXT = 32_767;

	/**
	 * Excel stores doubles but shows, and keeps on entry, at most 15 significant digits.
	 */
	private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

	/** The serial of 10000-01-01, the first day Excel cannot show. */
	private static final double LAST_SERIAL = 2_958_466;

	private static final double DAYS_1900_TO_1904 = 1_462;

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

	private final SharedStrings strings;

	private final StylesTable styles;

	private final boolean date1904;

	private Boolean[] dateStyles = new Boolean[64];

	/**
	 * @param strings the workbook's shared strings, or null when it has none
	 * @param styles the workbook's styles, or null when it has none
	 * @param date1904 whether date serials count from 1904 (old Mac workbooks)
	 */
	XlsxCells(SharedStrings strings, StylesTable styles, boolean date1904) {
		this.strings = strings;
		this.styles = styles;
		this.date1904 = date1904;
	}

	/**
	 * The normalised text of a cell.
	 * @param type the cell's {@code t} attribute, or null
	 * @param style the cell's {@code s} attribute (0 when absent)
	 * @param value the text of its {@code <v>} element, or null
	 * @param inline the text of its {@code <is>} element, or null
	 * @return the text, empty for an empty cell
	 * @throws IllegalArgumentException when the cell cannot be read, with a message that
	 * completes a sentence starting "cell B7 ..."
	 */
	String text(String type, int style, String value, String inline) {
		if (type == null || type.equals("n")) {
			if (value == null || value.isBlank()) {
				return "";
			}
			return isDateStyle(style) ? date(value) : number(value);
		}
		return switch (type) {
			case "s" -> shared(value);
			case "inlineStr" -> (inline != null) ? inline : orEmpty(value);
			case "str", "e" -> orEmpty(value);
			case "b" -> bool(value);
			case "d" -> isoDate(orEmpty(value));
			default -> throw new IllegalArgumentException("has the unknown cell type '" + type + "'");
		};
	}

	/**
	 * The exact decimal a person sees: the written digits, cut to Excel's 15 significant
	 * digits (so the binary artefacts 2.6749999999999998 and 0.30000000000000004 read
	 * 2.675 and 0.3), without trailing zeros, never in exponent form. Never goes through
	 * {@code double}.
	 */
	static String number(String raw) {
		BigDecimal exact;
		try {
			exact = new BigDecimal(raw.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(
					"is a number cell holding '" + shorten(raw) + "', which is not a number");
		}
		int exponent = exact.precision() - exact.scale() - 1;
		if (exponent > 308 || exponent < -324) {
			throw new IllegalArgumentException("holds the number '" + shorten(raw) + "', beyond what Excel can store");
		}
		BigDecimal shown = (exact.precision() > 15) ? exact.round(EXCEL_DIGITS) : exact;
		shown = shown.stripTrailingZeros();
		return (shown.signum() == 0) ? "0" : shown.toPlainString();
	}

	/** The letters of a 0-based column index: 0 is A, 26 is AA. */
	static String letters(int column) {
		return CellReference.convertNumToColString(column);
	}

	/**
	 * The 0-based column of a cell reference such as {@code K7}, or -1 when the reference
	 * is not one.
	 */
	static int column(String reference) {
		int column = 0;
		int i = 0;
		while (i < reference.length() && i < 4) {
			char c = Character.toUpperCase(reference.charAt(i));
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
			i++;
		}
		if (i == 0 || column > MAX_COLUMNS || i == reference.length() || !Character.isDigit(reference.charAt(i))) {
			return -1;
		}
		return column - 1;
	}

	private String date(String raw) {
		double serial;
		try {
			serial = Double.parseDouble(raw.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("is a date cell holding '" + shorten(raw) + "', which is not a number");
		}
		double limit = this.date1904 ? LAST_SERIAL - DAYS_1900_TO_1904 : LAST_SERIAL;
		if (!DateUtil.isValidExcelDate(serial) || serial >= limit) {
			return number(raw);
		}
		return render(DateUtil.getLocalDateTime(serial, this.date1904, true));
	}

	private static String render(LocalDateTime moment) {
		return moment.toLocalTime().equals(LocalTime.MIDNIGHT) ? moment.toLocalDate().toString()
				: moment.format(DATE_TIME);
	}

	/**
	 * An ISO 8601 date cell ({@code t="d"}), rare outside Strict files: rendered like
	 * serial dates.
	 */
	private static String isoDate(String raw) {
		String text = raw.strip();
		if (text.endsWith("Z")) {
			text = text.substring(0, text.length() - 1);
		}
		try {
			return render(text.contains("T") ? LocalDateTime.parse(text) : LocalDate.parse(text).atStartOfDay());
		}
		catch (DateTimeParseException ex) {
			return raw;
		}
	}

	private String shared(String value) {
		int index;
		try {
			index = Integer.parseInt(orEmpty(value).trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("refers to shared text '" + shorten(value) + "', which is not a number");
		}
		String missing = "refers to shared text number " + index + ", which the workbook does not have";
		if (this.strings == null) {
			throw new IllegalArgumentException(missing);
		}
		try {
			return this.strings.getItemAt(index).getString();
		}
		catch (IndexOutOfBoundsException | IllegalStateException ex) {
			throw new IllegalArgumentException(missing);
		}
	}

	private static String bool(String value) {
		String text = orEmpty(value).trim();
		if (text.equals("1") || text.equalsIgnoreCase("true")) {
			return "TRUE";
		}
		if (text.equals("0") || text.equalsIgnoreCase("false")) {
			return "FALSE";
		}
		return text;
	}

	private boolean isDateStyle(int style) {
		if (this.styles == null) {
			return false;
		}
		if (style < 0 || style >= this.styles.getNumCellStyles()) {
			return false;
		}
		if (style >= this.dateStyles.length) {
			this.dateStyles = Arrays.copyOf(this.dateStyles, this.styles.getNumCellStyles());
		}
		if (this.dateStyles[style] == null) {
			this.dateStyles[style] = computeIsDateStyle(style);
		}
		return this.dateStyles[style];
	}

	private boolean computeIsDateStyle(int index) {
		XSSFCellStyle style = this.styles.getStyleAt(index);
		if (style == null) {
			return false;
		}
		int format = style.getDataFormat();
		String pattern = style.getDataFormatString();
		return DateUtil.isADateFormat(format, pattern) || DateUtil.isADateFormat(format, withoutLiterals(pattern));
	}

	/**
	 * A number format without its literal text ({@code "..."}, {@code \x}, {@code _x},
	 * {@code *x}), which never changes whether it formats a date: POI alone rejects
	 * {@code yyyy-mm-dd\Thh:mm:ss\Z} because of the literal Z.
	 */
	static String withoutLiterals(String pattern) {
		if (pattern == null) {
			return null;
		}
		StringBuilder kept = new StringBuilder(pattern.length());
		boolean quoted = false;
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (quoted) {
				continue;
			}
			else if (c == '\\' || c == '_' || c == '*') {
				i++;
			}
			else {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static String shorten(String text) {
		String value = orEmpty(text);
		return (value.length() > 40) ? value.substring(0, 40) + "..." : value;
	}

}
