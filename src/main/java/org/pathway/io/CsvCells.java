package org.pathway.io;

/**
 * The one way Pathway writes a text cell of a CSV file it produces (metrics.csv,
 * issues.csv, ...): quoted as RFC 4180 asks, and neutralised as OWASP advises against CSV
 * formula injection. A cell starting with {@code = + - @}, a tab or a carriage return
 * would be run as a formula by a spreadsheet that opens the file, so it is written with a
 * leading apostrophe ({@code '=HYPERLINK(...)}). The mark is reversible: {@link #text}
 * gives back exactly the text that {@link #field} was given. Numbers are not text cells
 * and never pass through here (a negative amount keeps its minus sign).
 */
public final class CsvCells {

	private CsvCells() {
	}

	/**
	 * A text value as one CSV field: neutralised, then quoted when it needs to be
	 * ({@link CsvFields#quote}).
	 */
	public static String field(String text) {
		if (text == null) {
			return "";
		}
		return CsvFields.quote(neutralised(text) ? "'" + text : text);
	}

	/**
	 * The text of a field written by {@link #field}, once unquoted: the neutralising
	 * apostrophe taken off again.
	 */
	public static String text(String field) {
		return (!field.isEmpty() && field.charAt(0) == '\'' && neutralised(field.substring(1))) ? field.substring(1)
				: field;
	}

	/**
	 * True when a spreadsheet could read the text as a formula, or when it starts with
	 * the apostrophe of such a text (so that marking stays reversible).
	 */
	static boolean neutralised(String text) {
		int i = 0;
		while (i < text.length() && text.charAt(i) == '\'') {
			i++;
		}
		if (i >= text.length()) {
			return false;
		}
		char first = text.charAt(i);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

}
