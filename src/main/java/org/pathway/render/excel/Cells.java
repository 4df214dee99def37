package org.pathway.render.excel;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;

/**
 * Puts one value into one cell, safely: input text always as an inert string cell (never
 * a formula), XML-safe and capped at Excel's 32,767 characters; decimals as the double
 * Excel shows as that decimal.
 */
final class Cells {

	static final int MAX_TEXT = 32_767;

	static final char ELLIPSIS = '\u2026';

	private static final char REPLACEMENT = '\uFFFD';

	private Cells() {
	}

	static void text(Cell cell, String text) {
		cell.setCellValue(safe(text));
	}

	/**
	 * The double nearest to the decimal. A decimal of at most 15 significant digits (all
	 * money below 10^13, every stored rate below 1,000) comes back exactly: Excel, POI
	 * and metrics.csv agree.
	 */
	static void number(Cell cell, BigDecimal value) {
		cell.setCellValue(value.doubleValue());
	}

	/**
	 * Text as written: characters XML 1.0 cannot hold become U+FFFD, an {@code _xHHHH_}
	 * escape is protected so that Excel does not decode it, and text over the limit ends
	 * in an ellipsis.
	 */
	static String safe(String text) {
		if (text == null) {
			return "";
		}
		String clean = protectEscapes(xmlSafe(text));
		if (clean.length() <= MAX_TEXT) {
			return clean;
		}
		int end = MAX_TEXT - 1;
		if (Character.isHighSurrogate(clean.charAt(end - 1))) {
			end--;
		}
		return clean.substring(0, end) + ELLIPSIS;
	}

	private static String xmlSafe(String text) {
		if (text.codePoints().allMatch(Cells::allowed)) {
			return text;
		}
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> clean.appendCodePoint(allowed(c) ? c : REPLACEMENT));
		return clean.toString();
	}

	private static boolean allowed(int c) {
		return (c >= 0x20 && c <= 0xD7FF) || c == '\t' || c == '\n' || c == '\r' || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

	/**
	 * {@code _x0041_} in a cell means "A" to Excel; {@code _x005F_} escapes its
	 * underscore.
	 */
	private static String protectEscapes(String text) {
		if (text.indexOf("_x") < 0) {
			return text;
		}
		return text.replaceAll("_(x[0-9A-Fa-f]{4}_)", "_x005F_$1");
	}

	/** Characters a column needs for this text, for widths from a sample. */
	static int length(String text) {
		return (text != null) ? Math.min(text.length(), MAX_TEXT) : 0;
	}

}
