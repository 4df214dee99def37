package org.pathway.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.io.Sha256;
import org.pathway.support.Permissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The input folder as the scanner sees it: links that leave it, named pipes and files
 * that cannot be read are listed as refused, with the reason, and never opened.
 */
class InputScannerTests {

	@TempDir
	Path work;

	private final InputScanner scanner = new InputScanner(List.of());

	@Test
	void linksOutOfTheFolderAreRefusedWithoutBeingOpenedAndLinksInsideAreFollowed() throws Exception {
		Path input = Files.createDirectories(this.work.resolve("input"));
		Path outside = Files.createDirectories(this.work.resolve("outside"));
		Files.writeString(outside.resolve("secret.csv"), "secret line one\n");
		Files.writeString(Files.createDirectories(outside.resolve("archive")).resolve("grants.csv"), "x\n");
		// a reader that opened this would block forever
		Path pipe = fifo(outside.resolve("pipe.csv"));
		Files.createSymbolicLink(input.resolve("targets-x.csv"), outside.resolve("secret.csv"));
		Files.createSymbolicLink(input.resolve("grants-pipe.csv"), pipe);
		Files.createSymbolicLink(input.resolve("archive"), outside.resolve("archive"));
		Files.createSymbolicLink(input.resolve("members-old.csv"), this.work.resolve("nowhere.csv"));
		Files.createSymbolicLink(input.resolve("notes.txt"), outside.resolve("secret.csv"));
		Files.writeString(Files.createDirectories(input.resolve(".versions")).resolve("funders-v2.csv"),
				"funder_id,name\nf1,One\n");
		Files.createSymbolicLink(input.resolve("funders.csv"), input.resolve(".versions/funders-v2.csv"));
		Files.createSymbolicLink(input.resolve("again"), input.resolve(".versions"));
		Files.writeString(input.resolve("plan.yml"), "name: x\n");

		List<InputFile> files = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> this.scanner.scan(input));

		assertThat(files).extracting(InputFile::path, InputFile::kind, InputFile::refusal)
			.containsExactly(tuple("plan.yml", InputKind.PLAN, null), tuple("funders.csv", InputKind.FUNDERS, null),
					tuple("members-old.csv", InputKind.MEMBERS, InputWalk.BROKEN_LINK),
					tuple("grants-pipe.csv", InputKind.GRANTS, InputWalk.LINK_TO_FILE_OUTSIDE),
					tuple("targets-x.csv", InputKind.TARGETS, InputWalk.LINK_TO_FILE_OUTSIDE),
					tuple("archive", null, InputWalk.LINK_TO_FOLDER_OUTSIDE));
		assertThat(files).filteredOn((f) -> f.refusal() != null).allSatisfy((f) -> {
			assertThat(f.sha256()).isNull();
			assertThat(f.bytes()).isZero();
		});
		// the link inside the folder is read through
		assertThat(files.get(1).sha256()).isEqualTo(Sha256.of(input.resolve(".versions/funders-v2.csv")));
		assertThat(InputWalk.LINK_TO_FILE_OUTSIDE).isEqualTo("is a link to a file outside the input folder: refused"
				+ " without reading it (copy the file into the input folder instead)");
	}

	@Test
	void aNamedPipeInTheFolderIsRefusedNotRead() throws Exception {
		Path input = Files.createDirectories(this.work.resolve("input"));
		fifo(input.resolve("targets-2.csv"));
		Files.writeString(input.resolve("targets.csv"), "scope\n");
		List<InputFile> files = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> this.scanner.scan(input));
		assertThat(files).extracting(InputFile::path, InputFile::refusal)
			.containsExactly(
					tuple("targets-2.csv",
							"is not a regular file (a named pipe, socket or device): refused" + " without reading it"),
					tuple("targets.csv", null));
	}

	@Test
	void aFileOrFolderThatCannotBeReadIsRefusedAloneWithTheReason() throws Exception {
		assumeTrue(Permissions.enforced(this.work),
				"this user reads files whatever their permissions (root): the named-pipe test covers the refusal");
		Path input = Files.createDirectories(this.work.resolve("input"));
		Path locked = Files.writeString(input.resolve("targets.csv"), "scope\n");
		Path closed = Files.createDirectories(input.resolve("2025"));
		Files.writeString(closed.resolve("grants.csv"), "grant_id\n");
		Files.writeString(input.resolve("funders.csv"), "funder_id\n");
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
		Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
		try {
			assertThat(this.scanner.scan(input)).extracting(InputFile::path, InputFile::refusal)
				.containsExactly(tuple("funders.csv", null), tuple("targets.csv", "cannot be read: permission denied"),
						tuple("2025", "is a folder that cannot be read: permission denied; nothing in it is loaded, and"
								+ " what its files loaded before is kept"));
		}
		finally {
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
			Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
		}
	}

	@Test
	void readFailuresAreSaidAsAPersonWouldSayThem() {
		assertThat(InputWalk.reason(new AccessDeniedException("/x/targets.csv"))).isEqualTo("permission denied");
		assertThat(InputWalk.reason(new NoSuchFileException("/x/targets.csv"))).isEqualTo("it no longer exists");
		assertThat(InputWalk.reason(new java.nio.file.FileSystemException("/x", null, "Input/output error")))
			.isEqualTo("input/output error");
		assertThat(InputWalk.reason(new IOException("disk on fire"))).isEqualTo("disk on fire");
	}

	@Test
	void anInputFolderGivenAsALinkIsScannedAtItsRealPlace() throws Exception {
		Path real = Files.createDirectories(this.work.resolve("real"));
		Files.writeString(real.resolve("funders.csv"), "funder_id\n");
		Path link = Files.createSymbolicLink(this.work.resolve("input"), real);
		assertThat(this.scanner.scan(link)).extracting(InputFile::path, InputFile::refusal)
			.containsExactly(tuple("funders.csv", null));
	}

	private static Path fifo(Path file) throws Exception {
		Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).start();
		assumeTrue(mkfifo.waitFor() == 0 && Files.exists(file), "mkfifo is not available");
		return file;
	}

}
