package org.pathway.ingest;

import java.nio.file.Path;

import org.pathway.ingest.read.InputFormat;

/**
 * A file found in the input folder.
 *
 * @param file where it is
 * @param path its path relative to the input folder, with '/' separators: its identity
 * @param kind its kind, or null when the name matches none
 * @param format its format, from the extension of the name it is known by, decided when
 * it was found
 * @param sha256 the checksum of its bytes when scanned, or null when it was not read
 * @param bytes its size
 * @param refusal why it is rejected without being read (a link out of the folder, a file
 * that cannot be read), or null
 */
public record InputFile(Path file, String path, InputKind kind, InputFormat format, String sha256, long bytes,
		String refusal) {

	/** A file that can be read. */
	public InputFile(Path file, String path, InputKind kind, InputFormat format, String sha256, long bytes) {
		this(file, path, kind, format, sha256, bytes, null);
	}

	/**
	 * The extension of the file's name, for a message that names it; decisions go by
	 * {@link #format}.
	 */
	String extension() {
		return InputFormat.extension(this.file.getFileName().toString());
	}

}
