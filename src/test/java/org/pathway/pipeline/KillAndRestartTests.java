package org.pathway.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.PathwayApplication;
import org.pathway.generate.SampleGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real process killed with SIGKILL in the middle of ingesting a large youth-level file,
 * then started again, ends with exactly the data of an uninterrupted run, and nothing
 * twice.
 */
class KillAndRestartTests {

	private static final List<String> TABLES = List.of("plan", "funder", "funder_grant", "grant_payment", "member",
			"regrant", "disbursement", "milestone", "target", "input_file");

	@TempDir
	Path work;

	@Test
	void aRunKilledMidIngestResumesToExactlyTheDataOfAnUninterruptedRun() throws Exception {
		Path input = this.work.resolve("input");
		// large enough that loading it takes well over a second: the kill lands in the
		// middle of it
		SampleGenerator.generate(SampleGenerator.Scale.SMALL, 11, input, 3_000_000);

		Path killedData = this.work.resolve("killed");
		Process victim = start(input, killedData);
		waitForLog(killedData.resolve("pathway.log"), "Loading youth_milestones", victim);
		Thread.sleep(100);
		assertThat(victim.isAlive()).as("still ingesting when killed").isTrue();
		victim.destroyForcibly();
		victim.waitFor(30, TimeUnit.SECONDS);
		assertThat(victim.exitValue()).as("killed by SIGKILL").isEqualTo(137);

		Process again = start(input, killedData);
		assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
		String output = Files.readString(killedData.resolve("out.txt"));
		assertThat(again.exitValue()).as(output).isZero();
		String log = Files.readString(killedData.resolve("pathway.log"));
		assertThat(log).contains("Recovering run 1").contains("Resuming run 1");

		Path cleanData = this.work.resolve("clean");
		Process clean = start(input, cleanData);
		assertThat(clean.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(clean.exitValue()).isZero();

		Map<String, List<List<Object>>> killed = contents(killedData);
		Map<String, List<List<Object>>> uninterrupted = contents(cleanData);
		assertThat(killed.get("milestone")).isNotEmpty();
		for (String table : TABLES) {
			assertThat(killed.get(table)).as(table).isEqualTo(uninterrupted.get(table));
		}
	}

	private static Process start(Path input, Path data) throws IOException {
		Files.createDirectories(data);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				PathwayApplication.class.getName(), "ingest", "--input", input.toString(), "--data", data.toString());
		builder.redirectErrorStream(true);
		builder.redirectOutput(data.resolve("out.txt").toFile());
		return builder.start();
	}

	private static void waitForLog(Path log, String text, Process process) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (System.nanoTime() < deadline && process.isAlive()) {
			if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("never saw '" + text + "' in " + log);
	}

	/** Every row of every table, without the load timestamp, in key order. */
	private static Map<String, List<List<Object>>> contents(Path data) throws SQLException {
		Map<String, List<List<Object>>> contents = new LinkedHashMap<>();
		String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("pathway") + ";ACCESS_MODE_DATA=r";
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			for (String table : TABLES) {
				List<List<Object>> rows = new ArrayList<>();
				try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2, 3")) {
					ResultSetMetaData meta = rs.getMetaData();
					while (rs.next()) {
						List<Object> row = new ArrayList<>();
						for (int c = 1; c <= meta.getColumnCount(); c++) {
							if (!meta.getColumnName(c).equalsIgnoreCase("loaded_at")) {
								row.add(rs.getObject(c));
							}
						}
						rows.add(row);
					}
				}
				contents.put(table, rows);
			}
		}
		return contents;
	}

}
