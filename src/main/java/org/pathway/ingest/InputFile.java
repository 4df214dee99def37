package org.pathway.ingest;

import java.nio.file.Path;

/**
 * A file found in the input folder.
 *
 * @param file where it is
 * @param path its path relative to the input folder, with '/' separators: its identity
 * @param kind its kind, or null when the name matches none
 * @param sha256 the checksum of its bytes when scanned, or null when it was not read
 * @param bytes its size
 * @param refusal why it is rejected without being read (a link out of the folder, a file
 * that cannot be read), or null
 */
public record InputFile(Path file, String path, InputKind kind, String sha256, long bytes, String refusal) {

	/** A file that can be read. */
	public InputFile(Path file, String path, InputKind kind, String sha256, long bytes) {
		this(file, path, kind, sha256, bytes, null);
	}

}
