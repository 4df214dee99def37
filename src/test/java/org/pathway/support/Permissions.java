package org.pathway.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Whether file permissions stop this process: not for root, whose CAP_DAC_OVERRIDE reads
 * anything, so tests of unreadable files skip themselves there.
 */
public final class Permissions {

	private Permissions() {
	}

	/** Probes with a file in {@code folder} that has no permissions at all. */
	public static boolean enforced(Path folder) throws IOException {
		Path probe = Files.writeString(folder.resolve("permissions-probe"), "x");
		Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
		try {
			return !Files.isReadable(probe);
		}
		finally {
			Files.delete(probe);
		}
	}

}
