package org.pathway.render.excel;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.pathway.metrics.MetricValue;
import org.pathway.render.Discrepancy;

/**
 * The workbook's side of the reconciliation gate: the Metrics sheet holds every stored
 * value, exactly, in the row of its metric, scope, dimension, subgroup and currency.
 * Money and headline rows come first, so reading stops once each value's row has been
 * seen.
 */
final class MetricsReadBack {

	private static final int METRIC = 0;

	private static final int SCOPE = 1;

	private static final int DIMENSION = 3;

	private static final int SUBGROUP = 4;

	private static final int CURRENCY = 6;

	private static final int VALUE = 7;

	/**
	 * Excel stores doubles but shows, and keeps on entry, at most 15 significant digits.
	 */
	private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

	private MetricsReadBack() {
	}

	static List<Discrepancy> reconcile(List<MetricValue> values, Path file) throws IOException {
		String[] found = new String[values.size()];
		MetricsSheetReader.read(file, (row) -> {
			for (int i = 0; i < found.length; i++) {
				if (found[i] == null && isRowOf(row, values.get(i))) {
					found[i] = shown(row[VALUE]);
				}
			}
			return Arrays.stream(found).allMatch(Objects::nonNull);
		});
		List<Discrepancy> discrepancies = new ArrayList<>();
		for (int i = 0; i < found.length; i++) {
			MetricValue value = values.get(i);
			if (found[i] == null || !equal(found[i], value.value())) {
				discrepancies.add(new Discrepancy(value, value.value().toPlainString(),
						((found[i] == null) ? "absent" : "'" + found[i] + "'") + " in the " + MetricsSheet.NAME
								+ " sheet"));
			}
		}
		return discrepancies;
	}

	private static boolean isRowOf(String[] row, MetricValue value) {
		return row[METRIC].equals(value.metric()) && row[SCOPE].equals(value.scope())
				&& row[DIMENSION].equals(value.dimension()) && row[SUBGROUP].equals(value.subgroup())
				&& Objects.equals(row[CURRENCY].isEmpty() ? null : row[CURRENCY], value.currency());
	}

	/**
	 * The decimal a person sees in a number cell: the written digits cut to Excel's 15
	 * significant digits, without trailing zeros, never in exponent form; any other text
	 * as it is.
	 */
	static String shown(String raw) {
		BigDecimal exact;
		try {
			exact = new BigDecimal(raw.strip());
		}
		catch (NumberFormatException ex) {
			return raw;
		}
		BigDecimal shown = (exact.precision() > 15) ? exact.round(EXCEL_DIGITS) : exact;
		shown = shown.stripTrailingZeros();
		return (shown.signum() == 0) ? "0" : shown.toPlainString();
	}

	private static boolean equal(String shown, BigDecimal stored) {
		try {
			return new BigDecimal(shown).compareTo(stored) == 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
