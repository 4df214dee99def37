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
import java.util.Map;

import org.pathway.cli.Cli;
import org.pathway.generate.SampleGenerator;
import org.springframework.util.FileSystemUtils;

/**
 * The ingest benchmark (not a test): generates the network-scale folder once (70 members, a
 * 10-million-row youth file), ingests it with Pathway, computes the same youth-level counts with
 * DuckDB over the same file, checks that both agree, and prints rows per second, peak heap and the
 * ratio of the two times. Run it with {@code mvn -Pbench -DskipTests verify} (the profile starts it
 * with {@code -Xmx512m}).
 */
public final class IngestBenchmark {

	private IngestBenchmark() {
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
		FileSystemUtils.deleteRecursively(data);
		resetPeaks();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long start = System.nanoTime();
		int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run("ingest", "--input",
				input.toString(), "--data", data.toString());
		double pathwaySeconds = seconds(start);
		long peakHeap = peakHeap();
		if (exit != 0) {
			System.out.println(out.toString(StandardCharsets.UTF_8));
			throw new IllegalStateException("ingest exited " + exit);
		}
		int mismatches = compare(data, duck);
		double youthSeconds = youthFileSeconds(data);

		System.out.printf("DuckDB youth-level counts:      %6.2f s  (%,.0f rows/s)%n", duckSeconds, youthRows / duckSeconds);
		System.out.printf("Pathway youth file ingest:      %6.2f s  (%,.0f rows/s: read, check, count, dedupe, store)%n",
				youthSeconds, youthRows / youthSeconds);
		System.out.printf("Pathway ingest command, whole:  %6.2f s  (start-up, migrations, checksums, all 10 files)%n",
				pathwaySeconds);
		System.out.printf("peak heap during ingest:        %,d MB (max heap %,d MB)%n", peakHeap >> 20,
				Runtime.getRuntime().maxMemory() >> 20);
		System.out.printf("ratio Pathway / DuckDB:         %6.2f for the youth file, %.2f for the whole command"
				+ " (goal <= 2.0)%n", youthSeconds / duckSeconds, pathwaySeconds / duckSeconds);
		System.out.printf("milestone cells compared with DuckDB: %,d, mismatches: %d%n", duck.size(), mismatches);
		if (mismatches > 0) {
			throw new IllegalStateException(mismatches + " counts differ from DuckDB's");
		}
	}

	/** member|outcome|year|dimension|subgroup to {met, measured}, computed by DuckDB from the CSV. */
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
