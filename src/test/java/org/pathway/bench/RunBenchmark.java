package org.pathway.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pathway.cli.Cli;
import org.pathway.generate.SampleGenerator;
import org.pathway.metrics.MetricsProperties;
import org.springframework.util.FileSystemUtils;

/**
 * The benchmark (not a test): generates the network-scale folder once (70 members, a
 * 10-million-row youth file), computes the youth-level counts with DuckDB over the youth
 * file, then runs Pathway's main job on the folder (ingest, metrics, every report),
 * checks that its counts agree with DuckDB's, and prints each stage's time, rows and
 * pages per second, peak heap and the ratios to DuckDB's time. Run it with
 * {@code mvn -Pbench -DskipTests verify} (the profile starts it with {@code -Xmx512m}).
 */
public final class RunBenchmark {

	private RunBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args.length > 0 ? args[0] : "target/bench");
		Path input = root.resolve("network");
		long youthRows = (args.length > 1) ? Long.parseLong(args[1]) : 10_000_000L;
		Path marker = input.resolve(".generated-" + youthRows);
		if (!Files.exists(marker)) {
			FileSystemUtils.deleteRecursively(input);
			long start = System.nanoTime();
			SampleGenerator.generate(SampleGenerator.Scale.NETWORK, 1, input, youthRows);
			Files.createFile(marker);
			System.out.printf("generated %s in %.1f s%n", input, seconds(start));
		}
		Path youth = input.resolve("youth_milestones.csv");
		System.out.printf("youth file: %,d rows, %,d MB%n", youthRows, Files.size(youth) >> 20);

		// DuckDB first, so the page cache is as warm for Pathway as for DuckDB after it.
		Map<String, long[]> duck = new HashMap<>();
		long duckStart = System.nanoTime();
		duckdbCounts(youth, duck);
		double duckSeconds = seconds(duckStart);

		Path data = root.resolve("data");
		Path output = root.resolve("output");
		FileSystemUtils.deleteRecursively(data);
		FileSystemUtils.deleteRecursively(output);
		resetPeaks();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long start = System.nanoTime();
		int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run("run", "--input",
				input.toString(), "--output", output.toString(), "--data", data.toString(), "--as-of", "2026-09-30");
		double runSeconds = seconds(start);
		long peakHeap = peakHeap();
		if (exit != 0) {
			System.out.println(out.toString(StandardCharsets.UTF_8));
			throw new IllegalStateException("run exited " + exit);
		}
		int mismatches = compare(data, duck);
		double youthSeconds = youthFileSeconds(data);
		double ingest = stepSeconds(data, "run", "ingest");
		double metrics = stepSeconds(data, "run", "metrics");
		double reports = stepSeconds(data, "run", "reports");
		int pages = pages(output);
		List<Map<String, String>> metricRows = MetricsProperties.read(output.resolve("2026-09-30/metrics.csv"));
		MetricsProperties.breakdownsAddUp(metricRows);
		MetricsProperties.fundersAddUpToTheNetwork(metricRows);
		int stateRates = MetricsProperties.stateRatesPool(metricRows, data);
		int suppressed = MetricsProperties.noSuppressedCellRecoverable(metricRows);

		// The same JVM runs again for the next day, as a long-running server would:
		// ingest finds every
		// file unchanged; metrics and reports run with their code already compiled.
		exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run("run", "--input",
				input.toString(), "--output", output.toString(), "--data", data.toString(), "--as-of", "2026-10-01");
		if (exit != 0) {
			throw new IllegalStateException("second run exited " + exit);
		}
		double warmMetrics = stepSeconds(data, "run", "metrics");
		double warmReports = stepSeconds(data, "run", "reports");

		System.out.printf("DuckDB youth-level counts:      %6.2f s  (%,.0f rows/s)%n", duckSeconds,
				youthRows / duckSeconds);
		System.out.printf(
				"Pathway youth file ingest:      %6.2f s  (%,.0f rows/s: read, check, count, dedupe, store)%n",
				youthSeconds, youthRows / youthSeconds);
		System.out.printf("stage ingest (10 files):        %6.2f s%n", ingest);
		System.out.printf("stage metrics:                  %6.2f s  (metrics / ingest = %.2f, goal <= 0.25)%n", metrics,
				metrics / ingest);
		System.out.printf("stage reports:                  %6.2f s  (%d PDF pages, %.1f pages/s incl. workbooks)%n",
				reports, pages, pages / reports);
		System.out.printf("whole run command:              %6.2f s  (start-up, migrations, checksums, 3 stages)%n",
				runSeconds);
		System.out.printf("next day, same JVM:             metrics %.2f s, reports %.2f s (code already compiled)%n",
				warmMetrics, warmReports);
		System.out.printf("peak heap during the run:       %,d MB (max heap %,d MB)%n", peakHeap >> 20,
				Runtime.getRuntime().maxMemory() >> 20);
		System.out.printf("ratio youth file / DuckDB:      %6.2f (goal <= 2.0)%n", youthSeconds / duckSeconds);
		System.out.printf("ratio ingest stage / DuckDB:    %6.2f%n", ingest / duckSeconds);
		System.out.printf("ratio whole run / DuckDB:       %6.2f (goal <= 6.0)%n", runSeconds / duckSeconds);
		System.out.printf("milestone cells compared with DuckDB: %,d, mismatches: %d%n", duck.size(), mismatches);
		System.out.printf(
				"metric properties on network data: breakdowns = totals, funders = network, %,d pooled"
						+ " state rates, %,d dimensions with suppressed cells none recoverable: all hold%n",
				stateRates, suppressed);
		if (mismatches > 0) {
			throw new IllegalStateException(mismatches + " counts differ from DuckDB's");
		}
	}

	private static int pages(Path output) throws Exception {
		int pages = 0;
		try (java.util.stream.Stream<Path> files = Files.walk(output)) {
			for (Path pdf : files.filter((f) -> f.toString().endsWith(".pdf")).toList()) {
				com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
				pages += reader.getNumberOfPages();
				reader.close();
			}
		}
		return pages;
	}

	/**
	 * member|outcome|year|dimension|subgroup to {met, measured}, computed by DuckDB from
	 * the CSV.
	 */
	private static void duckdbCounts(Path youth, Map<String, long[]> counts) throws Exception {
		String file = youth.toAbsolutePath().toString().replace("'", "''");
		String sql = """
				SELECT member_id, outcome, year, race_ethnicity, low_income, gender, SUM(met), COUNT(*),
				       GROUPING(race_ethnicity), GROUPING(low_income), GROUPING(gender)
				FROM read_csv('%s', header = true, columns = {'member_id': 'VARCHAR', 'youth_id': 'VARCHAR',
				     'outcome': 'VARCHAR', 'year': 'INTEGER', 'race_ethnicity': 'VARCHAR', 'low_income': 'INTEGER',
				     'gender': 'VARCHAR', 'met': 'INTEGER'})
				GROUP BY GROUPING SETS ((member_id, outcome, year), (member_id, outcome, year, race_ethnicity),
				                        (member_id, outcome, year, low_income), (member_id, outcome, year, gender))
				""".formatted(file);
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				String key = rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3) + "|";
				if (rs.getInt(9) == 0) {
					key += "race_ethnicity|" + rs.getString(4);
				}
				else if (rs.getInt(10) == 0) {
					key += "income|" + ((rs.getInt(5) == 1) ? "low_income" : "not_low_income");
				}
				else if (rs.getInt(11) == 0) {
					key += "gender|" + rs.getString(6);
				}
				else {
					key += "all|all";
				}
				counts.put(key, new long[] { rs.getLong(7), rs.getLong(8) });
			}
		}
	}

	private static int compare(Path data, Map<String, long[]> duck) throws Exception {
		int mismatches = 0;
		int seen = 0;
		String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("pathway");
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT member_id, outcome, data_year, dimension, subgroup,"
						+ " numerator, denominator FROM milestone WHERE source_file = 'youth_milestones.csv'")) {
			while (rs.next()) {
				seen++;
				String key = rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3) + "|" + rs.getString(4) + "|"
						+ rs.getString(5);
				long[] expected = duck.get(key);
				if (expected == null || expected[0] != rs.getLong(6) || expected[1] != rs.getLong(7)) {
					mismatches++;
				}
			}
		}
		return mismatches + Math.abs(duck.size() - seen);
	}

	/** The duration of the last execution of a step of a job, from the job repository. */
	private static double stepSeconds(Path data, String job, String step) throws Exception {
		String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("pathway");
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT s.START_TIME, s.END_TIME FROM BATCH_STEP_EXECUTION s"
						+ " JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID"
						+ " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
						+ " WHERE i.JOB_NAME = '" + job + "' AND s.STEP_NAME = '" + step + "'"
						+ " ORDER BY s.STEP_EXECUTION_ID DESC")) {
			rs.next();
			return java.time.Duration.between(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()).toNanos()
					/ 1e9;
		}
	}

	private static double youthFileSeconds(Path data) throws Exception {
		String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("pathway");
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"SELECT elapsed_ms FROM run_file WHERE path = 'youth_milestones.csv' AND status = 'accepted'")) {
			rs.next();
			return rs.getLong(1) / 1000.0;
		}
	}

	private static void resetPeaks() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

}
