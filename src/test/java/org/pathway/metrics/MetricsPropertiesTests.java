package org.pathway.metrics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.cli.Cli;
import org.pathway.generate.SampleGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link MetricsProperties} on the generated sample, through the command line (the
 * benchmark checks them again on network-scale data).
 */
class MetricsPropertiesTests {

	@TempDir
	static Path work;

	static List<Map<String, String>> rows;

	static Path data;

	@BeforeAll
	static void run() throws IOException {
		Path input = work.resolve("input");
		SampleGenerator.generate(SampleGenerator.Scale.SMALL, 5, input);
		data = work.resolve("data");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(out, true, StandardCharsets.UTF_8))
			.run("run", "--input", input.toString(), "--output", work.resolve("output").toString(), "--data",
					data.toString(), "--as-of", "2026-09-30");
		assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
		rows = read(work.resolve("output/2026-09-30/metrics.csv"));
	}

	@Test
	void everyMoneyBreakdownAddsUpToItsTotal() {
		MetricsProperties.breakdownsAddUp(rows);
	}

	@Test
	void theFundersAddUpToTheNetworkPerCurrencyAndCurrenciesNeverMix() {
		MetricsProperties.fundersAddUpToTheNetwork(rows);
		assertThat(rows).filteredOn((r) -> r.get("metric").equals("F1") && r.get("scope").equals("network"))
			.extracting((r) -> r.get("currency"))
			.containsExactlyInAnyOrder("USD", "CAD");
	}

	@Test
	void rollUpRatesPoolTheMembersCountsNeverAverageTheirRates() throws SQLException {
		assertThat(MetricsProperties.stateRatesPool(rows, data)).isGreaterThan(100);
	}

	@Test
	void noSuppressedCellCanBeRecoveredBySubtraction() {
		assertThat(MetricsProperties.noSuppressedCellRecoverable(rows)).as("the sample has small cells")
			.isGreaterThan(10);
	}

	static List<Map<String, String>> read(Path file) throws IOException {
		return MetricsProperties.read(file);
	}

}
