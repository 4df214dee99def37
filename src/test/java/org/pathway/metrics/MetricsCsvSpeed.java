package org.pathway.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures the metrics stage's CSV work on a run's metrics.csv (the sample's has 118,015
 * values): formatting every value into its group's rows ({@link MetricGroup#of}, as the
 * metrics stage stores them) and reading every group back ({@link MetricsCsv#read}, as
 * the reports read them). Run by hand ({@code java ... MetricsCsvSpeed metrics.csv}),
 * never as a unit test, since timings vary by machine.
 */
final class MetricsCsvSpeed {

	private static final int RUNS = 60;

	private MetricsCsvSpeed() {
	}

	public static void main(String[] args) throws IOException {
		List<MetricValue> values = new ArrayList<>();
		List<String> lines = Files.readAllLines(Path.of(args[0]));
		for (String line : lines.subList(1, lines.size())) {
			int metricEnd = line.indexOf(',');
			int scopeEnd = line.indexOf(',', metricEnd + 1);
			MetricsCsv.read(line.substring(0, metricEnd), line.substring(metricEnd + 1, scopeEnd),
					line.substring(scopeEnd + 1) + "\n", values);
		}
		long[] format = new long[RUNS];
		long[] read = new long[RUNS];
		long check = 0;
		for (int run = 0; run < RUNS; run++) {
			long start = System.nanoTime();
			List<MetricGroup> groups = MetricGroup.of(new ArrayList<>(values));
			format[run] = System.nanoTime() - start;
			List<String> texts = groups.stream().map(MetricGroup::text).toList();
			start = System.nanoTime();
			List<MetricValue> back = new ArrayList<>(values.size());
			for (int i = 0; i < groups.size(); i++) {
				MetricsCsv.read(groups.get(i).metric(), groups.get(i).scope(), texts.get(i), back);
			}
			read[run] = System.nanoTime() - start;
			check += back.size();
		}
		System.out.printf(
				"%,d values, last %d runs: format median %.1f ms, best %.1f ms; read median %.1f ms, best %.1f ms"
						+ " (%,d read)%n",
				values.size(), RUNS / 2, median(format), best(format), median(read), best(read), check);
	}

	private static double best(long[] nanos) {
		return Arrays.stream(nanos, nanos.length / 2, nanos.length).min().orElseThrow() / 1e6;
	}

	private static double median(long[] nanos) {
		long[] last = Arrays.copyOfRange(nanos, nanos.length / 2, nanos.length);
		Arrays.sort(last);
		return last[last.length / 2] / 1e6;
	}

}
