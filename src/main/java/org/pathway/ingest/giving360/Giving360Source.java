package org.pathway.ingest.giving360;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.pathway.ingest.read.Problems;

/**
 * Streams the grants of one 360Giving file: a spreadsheet (.csv or .xlsx, the first
 * sheet) or a JSON package (an object with {@code grants}). Problems of structure go to
 * the {@link Problems} given; warnings (Windows-1252 text, a header with stray spaces)
 * reject nothing.
 */
public interface Giving360Source extends AutoCloseable {

	/** The next grant, or null when there are no more. */
	Giving360Grant next() throws IOException;

	@Override
	void close() throws IOException;

	/**
	 * Whether a file with no Pathway kind in its name is 360Giving data: a JSON file, or
	 * a spreadsheet whose header has at least two 360Giving column titles. Reads only the
	 * header; never modifies the file.
	 */
	static boolean recognise(Path file) {
		String extension = extension(file);
		if (extension.equals("json")) {
			return true;
		}
		if (!extension.equals("csv") && !extension.equals("xlsx") && !extension.equals("xlsm")) {
			return false;
		}
		try {
			return TabularGrants.countsAsGiving360(file);
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Opens a 360Giving file; returns null when it cannot be read at all (the problem has
	 * been reported).
	 */
	static Giving360Source open(Path file, Problems problems) throws IOException {
		String extension = extension(file);
		return switch (extension) {
			case "json" -> JsonGrants.open(file, problems);
			case "csv", "xlsx", "xlsm" -> TabularGrants.open(file, problems);
			default -> {
				problems.file("." + extension + " is not a 360Giving format: expected .json, .csv or .xlsx");
				yield null;
			}
		};
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
