package org.pathway.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

import org.pathway.io.PathSegment;

/**
 * Strict parsers for the value formats of contract.md section 2. Each accepts exactly one
 * spelling and rejects everything else with a message a person can act on:
 * {@code 1,000.50}, {@code 1.000,50} and {@code 12abc} are errors, never guesses. Public
 * are those the 360Giving loader uses too.
 */
public final class Fields {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}");

	private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,15}(\\.\\d{1,2})?");

	private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*,\\d{1,2}|-?\\d+,\\d{1,2}");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final DateTimeFormatter ISO_STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern WHOLE = Pattern.compile("\\d{1,15}");

	private static final Pattern RATE = Pattern.compile("(0|1)?(\\.\\d{1,10})?");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s;,]+@[^@\\s;,]+\\.[^@\\s;,]+");

	/** Longest text kept from input (names, titles); longer text is refused, not cut. */
	static final int MAX_TEXT = 1000;

	private Fields() {
	}

	public static String id(String raw) throws FieldException {
		if (!ID.matcher(raw).matches()) {
			throw new FieldException(quote(raw) + " is not an identifier: expected letters, digits and . _ : / -"
					+ " (at most 100 characters, no spaces)");
		}
		return raw;
	}

	/**
	 * An identifier that names a file or folder: {@code funders.funder_id} (the funder's
	 * report folder), {@code members.member_id}, and any kind to come whose id becomes a
	 * path (requirement_id: use this parser for its column). One rule, that of
	 * {@link PathSegment}, which the writing side checks again.
	 */
	public static String pathSegment(String raw) throws FieldException {
		String problem = PathSegment.problem(raw);
		if (problem != null) {
			throw new FieldException(
					quote(raw) + " cannot name a report folder: it " + problem + "; expected " + PathSegment.ALLOWED);
		}
		return raw;
	}

	public static String text(String raw) throws FieldException {
		if (raw.length() > MAX_TEXT) {
			throw new FieldException("text of " + raw.length() + " characters: at most " + MAX_TEXT + " are accepted");
		}
		return raw;
	}

	/**
	 * A money amount: plain decimal, '.' as separator, no grouping, no symbol, at most 2
	 * decimals.
	 */
	static BigDecimal amount(String raw) throws FieldException {
		if (AMOUNT.matcher(raw).matches()) {
			return new BigDecimal(raw).setScale(2);
		}
		String expected = ": expected a plain amount such as 1250000.50 (digits, '.' before at most 2 decimals,"
				+ " no thousands separator, no currency symbol)";
		if (DECIMAL_COMMA.matcher(raw).matches()) {
			throw new FieldException(quote(raw) + " uses a decimal comma" + expected);
		}
		if (raw.matches("-?[\\d,]+(\\.\\d+)?") && raw.indexOf(',') >= 0) {
			throw new FieldException(quote(raw) + " has a thousands separator" + expected);
		}
		if (raw.matches("-?\\d+\\.\\d{3,}")) {
			throw new FieldException(quote(raw) + " has more than 2 decimals" + expected);
		}
		if (raw.matches(".*[$€£¥].*")) {
			throw new FieldException(quote(raw) + " has a currency symbol" + expected);
		}
		throw new FieldException(quote(raw) + " is not an amount" + expected);
	}

	public static BigDecimal positiveAmount(String raw) throws FieldException {
		BigDecimal amount = amount(raw);
		if (amount.signum() <= 0) {
			throw new FieldException(quote(raw) + ": expected an amount above 0");
		}
		return amount;
	}

	static BigDecimal nonNegativeAmount(String raw) throws FieldException {
		BigDecimal amount = amount(raw);
		if (amount.signum() < 0) {
			throw new FieldException(quote(raw) + ": expected an amount of 0 or more");
		}
		return amount;
	}

	public static LocalDate date(String raw) throws FieldException {
		if (!DATE.matcher(raw).matches()) {
			throw new FieldException(quote(raw) + " is not a date: expected YYYY-MM-DD, e.g. 2025-06-30");
		}
		try {
			LocalDate date = LocalDate.parse(raw, ISO_STRICT);
			if (date.getYear() < 1900 || date.getYear() > 2200) {
				throw new FieldException(quote(raw) + ": expected a year between 1900 and 2200");
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new FieldException(quote(raw) + " is not a real date (YYYY-MM-DD)");
		}
	}

	static int year(String raw) throws FieldException {
		if (!raw.matches("\\d{4}")) {
			throw new FieldException(quote(raw) + " is not a year: expected 4 digits, e.g. 2025");
		}
		int year = Integer.parseInt(raw);
		if (year < 1990 || year > 2100) {
			throw new FieldException(quote(raw) + ": expected a year between 1990 and 2100");
		}
		return year;
	}

	static long whole(String raw) throws FieldException {
		if (!WHOLE.matcher(raw).matches()) {
			throw new FieldException(quote(raw) + " is not a whole number: expected digits only, e.g. 1250");
		}
		return Long.parseLong(raw);
	}

	static BigDecimal rate(String raw) throws FieldException {
		if (raw.isEmpty() || ".".equals(raw) || !RATE.matcher(raw).matches()) {
			throw new FieldException(quote(raw) + " is not a rate: expected a decimal from 0 to 1, e.g. 0.625");
		}
		BigDecimal rate = new BigDecimal(raw.startsWith(".") ? "0" + raw : raw);
		if (rate.compareTo(BigDecimal.ONE) > 0) {
			throw new FieldException(quote(raw) + " is above 1: expected a decimal from 0 to 1, e.g. 0.625");
		}
		return rate;
	}

	public static String currency(String raw) throws FieldException {
		if (raw.matches("[A-Z]{3}")) {
			try {
				Currency.getInstance(raw);
				return raw;
			}
			catch (IllegalArgumentException ex) {
				// fall through to the message below
			}
		}
		throw new FieldException(quote(raw) + " is not an ISO 4217 currency code: expected e.g. USD, EUR, CAD");
	}

	/** One of a fixed list, matched without regard to case and returned as listed. */
	public static String oneOf(String raw, Collection<String> allowed) throws FieldException {
		String lower = raw.toLowerCase(Locale.ROOT);
		for (String value : allowed) {
			if (value.equalsIgnoreCase(lower)) {
				return value;
			}
		}
		throw new FieldException(quote(raw) + ": expected one of " + String.join(", ", allowed));
	}

	static boolean bit(String raw) throws FieldException {
		if ("0".equals(raw)) {
			return false;
		}
		if ("1".equals(raw)) {
			return true;
		}
		throw new FieldException(quote(raw) + ": expected 0 or 1");
	}

	static String emails(String raw) throws FieldException {
		StringBuilder joined = new StringBuilder();
		for (String part : raw.split(";")) {
			String email = part.trim();
			if (email.isEmpty()) {
				continue;
			}
			if (!EMAIL.matcher(email).matches()) {
				throw new FieldException(quote(email) + " is not an e-mail address (several are separated by ';')");
			}
			joined.append(joined.isEmpty() ? "" : ";").append(email);
		}
		return joined.toString();
	}

	/** The value as shown in a message: quoted, and cut when very long. */
	public static String quote(String raw) {
		String shown = raw.length() > 60 ? raw.substring(0, 57) + "..." : raw;
		return "\"" + shown + "\"";
	}

}
