package org.pathway.io;

import java.nio.file.Path;

/**
 * Defence in depth for every output path built from data: each segment must be a safe
 * {@link PathSegment} (no separator, no {@code ..}, no device name), and the path,
 * resolved, must stay inside its folder. Identifiers are already checked at ingest; this
 * refuses to write even if one slipped through.
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
			String problem = (segment == null) ? "no name" : PathSegment.problem(segment);
			if (problem != null) {
				throw new IllegalStateException("refused to write under " + folder + ": \"" + segment
						+ "\" is not a plain file or folder name (" + problem + ")");
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
