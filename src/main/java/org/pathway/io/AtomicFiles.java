package org.pathway.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files so that a reader never sees half of one: to a temporary name beside
 * the file, then moved into place in one step. A failed write leaves no temporary file
 * behind.
 */
public final class AtomicFiles {

	/** Writes the content of one file. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	private AtomicFiles() {
	}

	public static void write(Path file, Content content) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
		try (OutputStream out = Files.newOutputStream(temporary)) {
			content.writeTo(out);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(temporary);
			throw ex;
		}
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

}
