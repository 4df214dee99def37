package org.pathway.io;

/**
 * The CSV field codec of RFC 4180, one for every CSV file Pathway reads or writes: a
 * field is written as it is unless it holds the separator, a quote or a line break, and
 * then in quotes with each quote doubled. Writers quote with {@link #quote}; text Pathway
 * wrote itself is read back with {@link Cursor}. Input files are read by the ingest's
 * streaming readers (the exact one and the youth-level fast path), which apply this rule,
 * with its {@link #special} characters, to a stream, so that they can report exact
 * positions and bad bytes in bounded memory; tests hold them to {@link #quote}.
 */
public final class CsvFields {

	/** Between two fields. */
	public static final char SEPARATOR = ',';

	/** Around a field that holds a special character; doubled inside one. */
	public static final char QUOTE = '"';

	private CsvFields() {
	}

	/**
	 * Whether a character makes a field need quotes: the separator, the quote, a carriage
	 * return or a line feed. All are at most {@link #SEPARATOR}, so one comparison passes
	 * most characters.
	 */
	public static boolean special(char c) {
		return c <= SEPARATOR && (c == SEPARATOR || c == QUOTE || c == '\n' || c == '\r');
	}

	/** A value as one field: as it is, or quoted when it needs to be; null is empty. */
	public static String quote(String value) {
		if (value == null) {
			return "";
		}
		if (value.indexOf(SEPARATOR) < 0 && value.indexOf(QUOTE) < 0 && value.indexOf('\n') < 0
				&& value.indexOf('\r') < 0) {
			return value;
		}
		return QUOTE + value.replace("\"", "\"\"") + QUOTE;
	}

	/**
	 * Reads the fields of text written with {@link #quote}, one after another, each up to
	 * the character that ends it (the separator, or the line break after a row's last
	 * field). For Pathway's own text, which it trusts: nothing is checked.
	 */
	public static final class Cursor {

		private final String text;

		private int at;

		public Cursor(String text) {
			this.text = text;
		}

		/** Whether any text is left. */
		public boolean more() {
			return this.at < this.text.length();
		}

		/** The next field, unquoted, ending at the next {@code end} outside quotes. */
		public String next(char end) {
			String field;
			int to;
			if (this.text.charAt(this.at) == QUOTE) {
				StringBuilder quoted = new StringBuilder();
				to = this.at + 1;
				while (true) {
					int quote = this.text.indexOf(QUOTE, to);
					quoted.append(this.text, to, quote);
					if (quote + 1 < this.text.length() && this.text.charAt(quote + 1) == QUOTE) {
						quoted.append(QUOTE);
						to = quote + 2;
					}
					else {
						to = quote + 1;
						break;
					}
				}
				field = quoted.toString();
			}
			else {
				to = this.text.indexOf(end, this.at);
				field = this.text.substring(this.at, to);
			}
			this.at = to + 1;
			return field;
		}

	}

}
