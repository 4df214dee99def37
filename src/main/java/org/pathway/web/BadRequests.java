package org.pathway.web;

import java.time.LocalDate;
import java.util.Map;

/**
 * The words for a request value that cannot be understood, shared by the API and the
 * pages: what was given and what is expected, never a Java type or an exception's text.
 */
final class BadRequests {

	private static final Map<String, String> NAMES = Map.of("runId", "run id", "id", "id", "asOf", "as-of date", "date",
			"date", "limit", "limit");

	private BadRequests() {
	}

	/** For example {@code 'abc' is not a valid run id: expected a whole number}. */
	static String badValue(String name, Object value, Class<?> type) {
		return "'" + shown(value) + "' is not a valid " + NAMES.getOrDefault(name, "value of " + shown(name))
				+ ": expected " + expected(type);
	}

	static String expected(Class<?> type) {
		if (type == null) {
			return "another value";
		}
		if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
			return "a whole number";
		}
		if (type == LocalDate.class) {
			return "a date such as 2026-09-30";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		return "another value";
	}

	/** At most 40 characters, control characters shown as '?'. */
	static String shown(Object value) {
		String text = String.valueOf(value);
		StringBuilder out = new StringBuilder();
		text.codePoints().limit(40).forEach((c) -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
		return (text.codePointCount(0, text.length()) > 40) ? out + "..." : out.toString();
	}

}
