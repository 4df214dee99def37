package org.pathway.metrics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.pathway.io.AtomicFiles;
import org.pathway.io.CsvCells;
import org.pathway.io.CsvFields;

/**
 * Writes {@code metrics.csv}: the columns of the Metrics sheet (contract.md section 3),
 * one row per value, in the stable order of {@link MetricValue#ORDER}. Written to a
 * temporary file and moved into place, so a reader never sees half a file. The same rows,
 * without their metric and scope, are what {@link MetricStore} stores; {@link #read}
 * reads them back. Fields go through the one CSV codec ({@link CsvCells},
 * {@link CsvFields}).
 */
public final class MetricsCsv {

	static final String HEADER = "metric,scope,outcome,dimension,subgroup,year,currency,value,note";

	private MetricsCsv() {
	}

	/** Writes the groups' values, in the groups' order. */
	static void write(Path file, List<MetricGroup> groups) throws IOException {
		AtomicFiles.write(file, (stream) -> {
			BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
			out.write(HEADER);
			out.write('\n');
			for (MetricGroup group : groups) {
				String metricAndScope = group.metric() + "," + field(group.scope()) + ",";
				for (String row : group.rows()) {
					out.write(metricAndScope);
					out.write(row);
					out.write('\n');
				}
			}
			out.flush();
		});
	}

	/**
	 * A value's row without its metric and scope: outcome, dimension, subgroup, year,
	 * currency, value, note.
	 */
	static String row(MetricValue v) {
		return String.join(",", field(v.outcome()), field(v.dimension()), field(v.subgroup()),
				(v.year() != null) ? v.year().toString() : "", field(v.currency()), number(v), field(v.note()));
	}

	/**
	 * Reads rows written by {@link #row}, each followed by a line break, as values of a
	 * metric in a scope; an empty field is a missing (null) outcome, year, currency,
	 * value or note. A value reads back as {@link Rates#stored}.
	 */
	static void read(String metric, String scope, String rows, List<MetricValue> into) {
		String[] fields = new String[7];
		CsvFields.Cursor cursor = new CsvFields.Cursor(rows);
		while (cursor.more()) {
			for (int i = 0; i < fields.length; i++) {
				fields[i] = cursor.next((i < fields.length - 1) ? CsvFields.SEPARATOR : '\n');
			}
			into.add(new MetricValue(metric, scope, orNull(fields[0]), CsvCells.text(fields[1]),
					CsvCells.text(fields[2]), fields[3].isEmpty() ? null : Integer.valueOf(fields[3]),
					orNull(fields[4]), fields[5].isEmpty() ? null : Rates.stored(new BigDecimal(fields[5])),
					orNull(fields[6])));
		}
	}

	private static String orNull(String field) {
		return field.isEmpty() ? null : CsvCells.text(field);
	}

	/** Money with its 2 decimals; rates and counts as exact plain decimals. */
	static String number(MetricValue v) {
		BigDecimal value = v.value();
		if (value == null) {
			return "";
		}
		if (v.currency() != null && !"F10".equals(v.metric())) {
			return value.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
		}
		return Rates.stored(value).toPlainString();
	}

	/**
	 * A text field: RFC 4180 quoting, neutralised against formulas ({@link CsvCells}).
	 */
	static String field(String text) {
		return CsvCells.field(text);
	}

}
