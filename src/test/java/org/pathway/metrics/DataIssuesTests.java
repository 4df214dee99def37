package org.pathway.metrics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.cli.Cli;
import org.pathway.support.TinyInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures that load but cannot all be right are flagged in the run's issues (and
 * issues.csv), not silently accepted, and the run still completes: an over-committed
 * pool, a payment after its grant's end, disbursements above their regrant.
 */
class DataIssuesTests {

	@TempDir
	Path work;

	@Test
	void impossibleFiguresAreListedWithTheRunsIssuesAndTheRunCompletes() throws IOException {
		Path input = TinyInput.write(this.work.resolve("input"));
		// G-HORIZON's pool is 1000000: R3 400000 + R5 700000 = 1100000 over-commits it by
		// 100000
		TinyInput.write(input, "regrants.csv",
				TinyInput.REGRANTS + "R5,G-HORIZON,detroit,EUR,700000,2025-05-01,2025-05-01,2026-04-30,\n");
		// R1 is 1500000.25; D1 750000.25 + D2 750000 + D6 1 = 1500001.25 is more
		TinyInput.write(input, "disbursements.csv", TinyInput.DISBURSEMENTS + "D6,R1,2025-06-15,1,scheduled\n");
		// G-HORIZON ends 2027-12-31; P5 is due in 2028
		TinyInput.write(input, "grant_payments.csv", TinyInput.PAYMENTS + "P5,G-HORIZON,2028-01-31,10,scheduled,\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.run("run", "--input", input.toString(), "--output", this.work.resolve("output").toString(), "--data",
					this.work.resolve("data").toString(), "--as-of", "2026-06-30");
		assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
		List<String> issues = Files.readAllLines(this.work.resolve("output/2026-06-30/issues.csv"));
		assertThat(issues).contains(
				"grants.csv,,,\"grant G-HORIZON: regrants awarded by the as-of date total 1100000.00 EUR, more than its"
						+ " regrant pool of 1000000.00 (over-committed)\"",
				"grant_payments.csv,,,\"payment P5 of grant G-HORIZON is dated 2028-01-31, after the grant ends on"
						+ " 2027-12-31\"",
				"regrants.csv,,,\"regrant R1: disbursements total 1500001.25 USD, more than the regrant amount of"
						+ " 1500000.25\"");
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("grant G-HORIZON: regrants awarded");
		List<Map<String, String>> metrics = MetricsPropertiesTests
			.read(this.work.resolve("output/2026-06-30/metrics.csv"));
		assertThat(metrics).filteredOn((r) -> r.get("metric").equals("F7") && r.get("scope").equals("funder:horizon"))
			.singleElement()
			.satisfies((r) -> {
				assertThat(r.get("value")).isEqualTo("-100000.00");
				assertThat(r.get("note")).isEqualTo("over_committed");
			});
	}

}
