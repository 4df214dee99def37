package org.pathway.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.generate.SampleGenerator;
import org.pathway.support.PathwayProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM (a service manager stopping a job, {@code kill}) during a command-line run
 * stops it at its next safe point: it is left STOPPED, not cut off, and the same command
 * resumes it to the same figures as a run never interrupted.
 */
class GracefulShutdownTests {

	@TempDir
	Path work;

	@Test
	void sigtermLeavesTheRunStoppedAndTheSameCommandFinishesIt() throws Exception {
		Path input = this.work.resolve("input");
		SampleGenerator.generate(SampleGenerator.Scale.SMALL, 5, input, 2_000_000);
		String[] run = { "run", "--input", input.toString(), "--output", "output", "--data", "data", "--as-of",
				"2026-09-30", "--templates", Path.of("report-templates").toAbsolutePath().toString() };
		Path out = this.work.resolve("first.txt");
		PathwayProcess first = PathwayProcess.start(this.work, Map.of(), out, run);
		first.awaitText(this.work.resolve("data/pathway.log"), "Loading youth_milestones");
		first.terminate();
		first.waitFor(90, TimeUnit.SECONDS);
		assertThat(first.output()).contains("pathway: stopped: run 1 is STOPPED").doesNotContain("\tat ");
		String log = Files.readString(this.work.resolve("data/pathway.log"));
		assertThat(log).contains("Stopping run 1 at its next safe point").doesNotContain(" ERROR ");

		Console console = new Console();
		assertThat(console.run("runs", "--data", this.work.resolve("data").toString())).isZero();
		assertThat(console.out()).containsPattern("\\s1\\s+run\\s+STOPPED\\s+2026-09-30");

		Path again = this.work.resolve("again.txt");
		assertThat(PathwayProcess.run(this.work, Map.of(), again, run)).as(Files.readString(again)).isZero();
		assertThat(Files.readString(this.work.resolve("data/pathway.log"))).contains("Resuming run 1")
			.doesNotContain("Recovering run 1");

		// the same figures as a run that was never interrupted
		Path clean = this.work.resolve("clean");
		assertThat(console.run("run", "--input", input.toString(), "--output", clean.resolve("output").toString(),
				"--data", clean.resolve("data").toString(), "--as-of", "2026-09-30"))
			.isZero();
		assertThat(Files.readAllBytes(this.work.resolve("output/2026-09-30/metrics.csv")))
			.isEqualTo(Files.readAllBytes(clean.resolve("output/2026-09-30/metrics.csv")));
	}

}
