package org.pathway.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.support.Permissions;
import org.pathway.support.TinyInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Files the ingest cannot or must not read, met as a user meets them: each is rejected
 * alone with its reason, the rest loads, the run goes on and exits 1 (input rejected),
 * never 4, and nothing of a file outside the input folder is printed.
 */
class UnreadableInputTests {

	@TempDir
	Path work;

	private final Console console = new Console();

	@Test
	void aLinkOutOfTheFolderAndANamedPipeAreRejectedAloneAndTheRunGoesOn() throws Exception {
		Path input = TinyInput.write(this.work.resolve("input"));
		Files.writeString(this.work.resolve("secret.txt"), "secret line one\n");
		Files.createSymbolicLink(input.resolve("targets-x.csv"), this.work.resolve("secret.txt"));
		Process mkfifo = new ProcessBuilder("mkfifo", input.resolve("milestones-pipe.csv").toString()).start();
		assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
		assertThat(run(input)).isEqualTo(1);
		assertThat(this.console.err())
			.contains("targets-x.csv: is a link to a file outside the input folder: refused without reading it"
					+ " (copy the file into the input folder instead)")
			.contains("milestones-pipe.csv: is not a regular file (a named pipe, socket or device): refused without"
					+ " reading it")
			.doesNotContain("secret")
			.doesNotContain("Exception");
		assertThat(this.console.out()).contains("rejected  targets-x.csv")
			.contains("rejected  milestones-pipe.csv")
			.contains("Files: 10 accepted, 2 rejected")
			.doesNotContain("secret");
		assertThat(this.work.resolve("output/2026-09-30/metrics.csv")).isRegularFile();
	}

	@Test
	void aFileThatCannotBeReadIsRejectedAloneWithTheReason() throws Exception {
		assumeTrue(Permissions.enforced(this.work),
				"this user reads files whatever their permissions (root): the named-pipe test covers the refusal");
		Path input = TinyInput.write(this.work.resolve("input"));
		assertThat(run(input)).isZero();
		Path targets = input.resolve("targets.csv");
		Path closed = Files.createDirectories(input.resolve("2026"));
		TinyInput.write(closed, "funders-2026.csv", "funder_id,name\nmeridian,Meridian Fund\n");
		assertThat(run(input)).isZero();
		Files.setPosixFilePermissions(targets, PosixFilePermissions.fromString("---------"));
		Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
		try {
			this.console.clear();
			assertThat(run(input)).isEqualTo(1);
			assertThat(this.console.err()).contains("targets.csv: cannot be read: permission denied")
				.contains("2026: is a folder that cannot be read: permission denied; nothing in it is loaded, and"
						+ " what its files loaded before is kept");
			// what both brought before stays
			assertThat(this.console.out()).containsPattern("funders\\s+3\\n").containsPattern("targets\\s+2\\n");
		}
		finally {
			Files.setPosixFilePermissions(targets, PosixFilePermissions.fromString("rw-------"));
			Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
		}
	}

	private int run(Path input) {
		return this.console.run("run", "--input", input.toString(), "--output", this.work.resolve("output").toString(),
				"--data", this.work.resolve("data").toString(), "--as-of", "2026-09-30");
	}

}
