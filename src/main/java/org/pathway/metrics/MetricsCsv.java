package org.pathway.metrics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.pathway.io.AtomicFiles;

/**
 * Writes {@code metrics.csv}: the columns of the Metrics sheet (contract.md section 3),
 * one row per value, in the stable order of {@link MetricValue#ORDER}. Written to a
 * temporary file and moved into place, so a reader never sees half a file.
 */
public final class MetricsCsv {

	static final String HEADER = "metric,scope,outcome,dimension,subgroup,year,currency,value,note";

	private MetricsCsv() {
	}

	public static void write(Path file, List<MetricValue> values) throws IOException {
		AtomicFiles.write(file, (stream) -> {
			BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
			out.write(HEADER);
			out.write('\n');
			for (MetricValue v : values) {
				out.write(String.join(",", v.metric(), field(v.scope()), field(v.outcome()), field(v.dimension()),
						field(v.subgroup()), (v.year() != null) ? v.year().toString() : "", field(v.currency()),
						number(v), field(v.note())));
				out.write('\n');
			}
			out.flush();
		});
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

	/** RFC 4180: quoted when it holds a comma, a quote or a line break. */
	static String field(String text) {
		if (text == null) {
			return "";
		}
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
