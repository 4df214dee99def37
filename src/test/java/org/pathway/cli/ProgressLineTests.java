package org.pathway.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.pathway.progress.RunProgress;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress line: rewritten in place at a terminal, plain timestamped lines otherwise,
 * and nothing for a run that ends quickly.
 */
class ProgressLineTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void describesTheStepItsShareAndItsRowsPerSecond() {
		RunProgress.Snapshot ingest = new RunProgress.Snapshot("ingest", 40, 300_000_000, 749_000_000, "bytes",
				4_200_000, 2_100_000, 2_000);
		assertThat(ProgressLine.describe(ingest))
			.isEqualTo("ingest 40% (300 of 749 MB), 4,200,000 rows, 2,100,000 rows/s");
		RunProgress.Snapshot reports = new RunProgress.Snapshot("reports", 60, 3, 5, "reports", 0, 0, 900);
		assertThat(ProgressLine.describe(reports)).isEqualTo("reports 60% (3 of 5 reports)");
	}

	@Test
	void atATerminalTheLineIsRewrittenInPlaceOnStandardError() throws Exception {
		RunProgress progress = new RunProgress();
		progress.begin("ingest");
		progress.expect(2_000_000, "bytes");
		progress.advance(1_000_000, 500);
		try (ProgressLine line = ProgressLine.start(progress, print(this.out), print(this.err), true, 10, 0, 0)) {
			Thread.sleep(100);
		}
		String shown = this.err.toString(StandardCharsets.UTF_8);
		assertThat(shown).startsWith("\ringest 50% (1 of 2 MB), 500 rows");
		assertThat(shown).endsWith("\r" + " ".repeat(78) + "\r");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void elsewhereLongRunsPrintPlainLinesAndShortOnesNothing() throws Exception {
		RunProgress progress = new RunProgress();
		progress.begin("metrics");
		try (ProgressLine line = ProgressLine.start(progress, print(this.out), print(this.err), false, 10, 60_000, 0)) {
			Thread.sleep(100);
		}
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();

		try (ProgressLine line = ProgressLine.start(progress, print(this.out), print(this.err), false, 10, 0, 60_000)) {
			Thread.sleep(60);
			progress.begin("reports");
			progress.expect(5, "reports");
			progress.advance(2, 0);
			Thread.sleep(60);
		}
		assertThat(this.out.toString(StandardCharsets.UTF_8).lines().toList()).hasSize(2)
			.satisfiesExactly((first) -> assertThat(first).matches("\\d\\d:\\d\\d:\\d\\d metrics"),
					(second) -> assertThat(second).matches("\\d\\d:\\d\\d:\\d\\d reports 40% \\(2 of 5 reports\\)"));
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	private static PrintStream print(ByteArrayOutputStream stream) {
		return new PrintStream(stream, true, StandardCharsets.UTF_8);
	}

}
