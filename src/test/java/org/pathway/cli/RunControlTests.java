package org.pathway.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.support.TinyInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code runs}, {@code restart RUN_ID} and {@code stop RUN_ID} on the command line: a
 * failed run is listed as failed, and its restart resumes at the step that failed,
 * without loading the input again.
 */
class RunControlTests {

	@TempDir
	Path work;

	private final Console console = new Console();

	@Test
	void aFailedRunIsListedAndItsRestartResumesAtTheFailedStep() throws Exception {
		Path input = TinyInput.write(this.work.resolve("input"));
		Path output = this.work.resolve("output");
		// a file where the date's folder must go: the metrics step cannot write
		// metrics.csv
		Files.createDirectories(output);
		Files.writeString(output.resolve("2026-09-30"), "in the way");
		assertThat(this.console.run("run", "--input", input.toString(), "--output", output.toString(), "--data", data(),
				"--as-of", "2026-09-30"))
			.isEqualTo(4);
		assertThat(this.console.err()).contains("pathway: failed:").doesNotContain("\tat ");

		this.console.clear();
		assertThat(this.console.run("runs", "--data", data())).isZero();
		assertThat(this.console.out()).containsPattern("\\n\\s+1\\s+run\\s+FAILED\\s+2026-09-30\\s");

		Files.delete(output.resolve("2026-09-30"));
		long logBefore = Files.size(Path.of(data(), "pathway.log"));
		this.console.clear();
		assertThat(this.console.run("restart", "1", "--data", data())).isZero();
		assertThat(this.console.out()).contains("Reports: 6 files");
		assertThat(output.resolve("2026-09-30/manifest.json")).isRegularFile();
		String restartLog = Files.readString(Path.of(data(), "pathway.log")).substring((int) logBefore);
		assertThat(restartLog).doesNotContain("Loading ");

		this.console.clear();
		assertThat(this.console.run("runs", "--data", data())).isZero();
		assertThat(this.console.out()).containsPattern("\\n\\s+1\\s+run\\s+COMPLETED\\s+2026-09-30\\s")
			.doesNotContain("FAILED");
	}

	@Test
	void aRunThatRejectedFilesIsListedAsCompletedWithProblems() {
		Path input = TinyInput.write(this.work.resolve("input"));
		TinyInput.write(input, "targets-extra.csv", "scope,outcome\nnetwork,nosuch\n");
		assertThat(this.console.run("run", "--input", input.toString(), "--output",
				this.work.resolve("output").toString(), "--data", data(), "--as-of", "2026-09-30"))
			.isEqualTo(1);
		this.console.clear();
		assertThat(this.console.run("runs", "--data", data())).isZero();
		assertThat(this.console.out())
			.containsPattern("\\n\\s+1\\s+run\\s+COMPLETED WITH PROBLEMS\\s+2026-09-30\\s.*\\s1\\s+\\d+\\n");
	}

	@Test
	void restartAndStopSayWhyTheyCannot() {
		Path input = TinyInput.write(this.work.resolve("input"));
		assertThat(this.console.run("run", "--input", input.toString(), "--output",
				this.work.resolve("output").toString(), "--data", data(), "--as-of", "2026-09-30"))
			.isZero();
		assertThat(this.console.run("restart", "1", "--data", data())).isEqualTo(3);
		assertThat(this.console.err()).contains("run 1 has completed; there is nothing to restart");
		assertThat(this.console.run("stop", "1", "--data", data())).isEqualTo(3);
		assertThat(this.console.err()).contains("run 1 is not running (it is COMPLETED)");
		assertThat(this.console.run("restart", "42", "--data", data())).isEqualTo(2);
		assertThat(this.console.err()).contains("there is no run 42");
		assertThat(this.console.run("restart", "one", "--data", data())).isEqualTo(2);
		assertThat(this.console.err()).contains("restart needs one RUN_ID").doesNotContain("\tat ");
	}

	private String data() {
		return this.work.resolve("data").toString();
	}

}
