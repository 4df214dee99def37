package org.pathway.io;

import java.nio.file.Path;

/**
 * Defence in depth for every output path built from data: each segment must be a plain
 * name (no separator, not {@code .} or {@code ..}), and the path, resolved, must stay
 * inside its folder. Identifiers are already checked at ingest; this refuses to write
 * even if one slipped through.
 */
public final class SafePaths {

	private SafePaths() {
	}

	/**
	 * The file at {@code segments} under {@code folder}; refused with an
	 * {@link IllegalStateException} if it would leave the folder.
	 */
	public static Path inside(Path folder, String... segments) {
		Path root = folder.toAbsolutePath().normalize();
		Path file = root;
		for (String segment : segments) {
			if (segment == null || segment.isEmpty() || segment.equals(".") || segment.equals("..")
					|| segment.indexOf('/') >= 0 || segment.indexOf('\\') >= 0 || segment.indexOf('\0') >= 0) {
				throw new IllegalStateException("refused to write under " + folder + ": \"" + segment
						+ "\" is not a plain file or folder name");
			}
			file = file.resolve(segment);
		}
		file = file.normalize();
		if (!file.startsWith(root) || file.equals(root)) {
			throw new IllegalStateException("refused to write " + file + ": it is not inside " + root);
		}
		return file;
	}

}
