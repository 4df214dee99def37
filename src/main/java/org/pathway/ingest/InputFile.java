package org.pathway.ingest;

import java.nio.file.Path;

/**
 * A file found in the input folder.
 *
 * @param file where it is
 * @param path its path relative to the input folder, with '/' separators: its identity
 * @param kind its kind, or null when the name matches none
 * @param sha256 the checksum of its bytes when scanned
 * @param bytes its size
 */
public record InputFile(Path file, String path, InputKind kind, String sha256, long bytes) {
}
