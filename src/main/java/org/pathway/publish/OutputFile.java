package org.pathway.publish;

/**
 * A file a run wrote, as the manifest lists it.
 *
 * @param path relative to {@code OUTPUT/<as-of>/}, with '/' separators
 * @param report the template id
 * @param scope the scope ({@code funder:<id>}, {@code network})
 * @param format the format's name, as its renderer gives it ({@code pdf})
 * @param bytes its size
 * @param sha256 its checksum
 */
public record OutputFile(String path, String report, String scope, String format, long bytes, String sha256) {
}
