package org.pathway.ingest;

import java.util.Locale;

/**
 * The characters no input value may hold, so that the PDF, the workbook and every CSV
 * show the same text: C0 controls other than tab and newline (a carriage return only as
 * part of CRLF), DEL, the C1 controls U+0080-U+009F, the line and paragraph separators
 * U+2028/U+2029, and the bidirectional overrides and isolates U+202A-U+202E,
 * U+2066-U+2069 (which can make a name read backwards). Identifiers also refuse tab and
 * newline, through their own patterns.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/**
	 * Why {@code value} is refused ("contains a control character U+0000 (null) at
	 * position 5: remove it"), or null when it holds none of those characters.
	 */
	public static String problem(String value) {
		int at = find(value);
		return (at < 0) ? null : "contains a control character " + describe(value.charAt(at)) + " at position "
				+ (value.codePointCount(0, at) + 1) + ": remove it";
	}

	/** The index of the first refused character of {@code text}, or -1. */
	static int find(CharSequence text) {
		for (int i = 0, n = text.length(); i < n; i++) {
			if (isRefused(text, i)) {
				return i;
			}
		}
		return -1;
	}

	/** Whether the character at {@code i} is refused, looking at the next for CRLF. */
	static boolean isRefused(CharSequence text, int i) {
		char c = text.charAt(i);
		if (c < 0x20) {
			return c != '\t' && c != '\n' && !(c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
		}
		return c >= 0x7F && (c <= 0x9F || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)
				|| (c >= 0x2066 && c <= 0x2069));
	}

	/** {@code U+0000 (null)}: the code and the Unicode name, in lower case. */
	static String describe(char c) {
		String name = Character.getName(c);
		// characters without a name get their block's name and their code
		if (name == null || name.endsWith(" " + Integer.toHexString(c).toUpperCase(Locale.ROOT))) {
			return String.format("U+%04X", (int) c);
		}
		int bracket = name.indexOf(" (");
		name = (bracket > 0) ? name.substring(0, bracket) : name;
		return String.format("U+%04X (%s)", (int) c, name.toLowerCase(Locale.ROOT));
	}

}
