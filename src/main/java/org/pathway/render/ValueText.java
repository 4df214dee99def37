package org.pathway.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.pathway.metrics.MetricValue;
import org.pathway.report.ReportDocument.Cell;
import org.pathway.report.ReportDocument.Format;

/**
 * How a report value reads as text, the same in every output: {@code USD 1,500,000.25},
 * {@code 45.0%}, {@code +5.0 pts}, {@code 1,234}; a missing value shows its note
 * ({@code suppressed}, {@code no data}), never 0 and never blank.
 */
public final class ValueText {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ValueText() {
	}

	/** The text of one cell shown in {@code format}. */
	public static String format(Cell cell, Format format) {
		if (cell == null) {
			return note(null);
		}
		Object value = cell.value();
		if (value == null) {
			return note(cell.note());
		}
		BigDecimal number = number(value);
		if (number == null || format == Format.TEXT || format == Format.DATE) {
			return (number != null) ? number.toPlainString() : value.toString();
		}
		return switch (format) {
			case MONEY -> money(number, cell.currency());
			case RATE -> rate(number);
			case CHANGE -> change(number);
			case COUNT -> count(number);
			default -> number.toPlainString();
		};
	}

	/**
	 * The text of a stored value in its kind, as a report shows a cell of that kind: a
	 * money value with its currency, a rate as a percentage, a count whole.
	 */
	public static String of(MetricValue value) {
		if (value.value() == null) {
			return note(value.note());
		}
		return switch (value.kind()) {
			case MONEY -> money(value.value(), value.currency());
			case RATE -> rate(value.value());
			case CHANGE -> change(value.value());
			case COUNT -> count(value.value());
			case STATUS -> value.value().toPlainString();
		};
	}

	/**
	 * What a missing value shows: its note in words ({@code no_data} is {@code no data}).
	 */
	public static String note(String note) {
		if (note == null || note.isBlank()) {
			return "no data";
		}
		return note.strip().replace('_', ' ');
	}

	/**
	 * {@code USD 1,500,000.25}: the currency code, then the amount with two decimals and
	 * grouping.
	 */
	public static String money(BigDecimal amount, String currency) {
		String text = String.format(Locale.US, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
		return (currency == null || currency.isBlank()) ? text : currency + " " + text;
	}

	/** {@code 45.0%}: a fraction as a percentage with one decimal. */
	public static String rate(BigDecimal fraction) {
		return String.format(Locale.US, "%.1f%%", fraction.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP));
	}

	/** {@code +5.0 pts}: a change of fractions in percentage points, with its sign. */
	public static String change(BigDecimal fraction) {
		BigDecimal points = fraction.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
		String sign = (points.signum() > 0) ? "+" : "";
		return sign + String.format(Locale.US, "%.1f pts", points);
	}

	/** {@code 1,234}: a whole number with grouping. */
	public static String count(BigDecimal value) {
		return String.format(Locale.US, "%,d", value.setScale(0, RoundingMode.HALF_UP).toBigIntegerExact());
	}

	/**
	 * A short axis label: {@code 40%}, {@code +5 pts}, {@code 1.5M}, {@code 250K},
	 * {@code 12}.
	 */
	public static String tick(BigDecimal value, Format format) {
		return switch (format) {
			case RATE -> String.format(Locale.US, "%s%%", plain(value.multiply(HUNDRED)));
			case CHANGE -> ((value.signum() > 0) ? "+" : "") + plain(value.multiply(HUNDRED)) + " pts";
			default -> compact(value);
		};
	}

	private static String compact(BigDecimal value) {
		BigDecimal size = value.abs();
		if (size.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
			return plain(value.movePointLeft(9)) + "B";
		}
		if (size.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0) {
			return plain(value.movePointLeft(6)) + "M";
		}
		if (size.compareTo(BigDecimal.valueOf(10_000L)) >= 0) {
			return plain(value.movePointLeft(3)) + "K";
		}
		BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return (rounded.scale() <= 0) ? String.format(Locale.US, "%,d", rounded.toBigInteger())
				: rounded.toPlainString();
	}

	private static String plain(BigDecimal value) {
		BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return (rounded.signum() == 0) ? "0" : rounded.toPlainString();
	}

	private static BigDecimal number(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Long || value instanceof Integer || value instanceof Short) {
			return BigDecimal.valueOf(((Number) value).longValue());
		}
		return null;
	}

}
