package org.pathway.ingest.giving360;

import java.io.IOException;
import java.nio.file.Path;

import org.pathway.ingest.read.InputFormat;
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
	static boolean recognise(Path file, InputFormat format) {
		if (format == InputFormat.JSON) {
			return true;
		}
		if (!format.tabular()) {
			return false;
		}
		try {
			return TabularGrants.countsAsGiving360(file, format);
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Opens a 360Giving file given on its own, its format by its name; returns null when
	 * it cannot be read at all (the problem has been reported).
	 */
	static Giving360Source open(Path file, Problems problems) throws IOException {
		return open(file, InputFormat.of(file.getFileName().toString()), problems);
	}

	/**
	 * Opens a 360Giving file of a known format; returns null when it cannot be read at
	 * all (the problem has been reported).
	 */
	static Giving360Source open(Path file, InputFormat format, Problems problems) throws IOException {
		return switch (format) {
			case JSON -> JsonGrants.open(file, problems);
			case CSV, XLSX -> TabularGrants.open(file, format, problems);
			default -> {
				problems.file("." + InputFormat.extension(file.getFileName().toString())
						+ " is not a 360Giving format: expected .json, .csv or .xlsx");
				yield null;
			}
		};
	}

}
