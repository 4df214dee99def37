package org.pathway.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data folder holds the database (every figure, every funder's contacts), the log and
 * the users' password hashes: it is made readable by its owner only (0700, its files
 * 0600), on systems with POSIX permissions.
 */
final class PrivateFiles {

	private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private PrivateFiles() {
	}

	static void createFolder(Path folder) throws IOException {
		Files.createDirectories(folder);
		if (posix()) {
			Files.setPosixFilePermissions(folder, FOLDER);
		}
	}

	/** Makes the folder's files and sub-folders its owner's only. */
	static void restrict(Path folder) throws IOException {
		if (!posix() || !Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.toList()) {
				if (!Files.isSymbolicLink(file)) {
					Files.setPosixFilePermissions(file, Files.isDirectory(file) ? FOLDER : FILE);
				}
			}
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

}
