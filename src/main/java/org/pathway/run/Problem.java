package org.pathway.run;

/**
 * One thing wrong with an input file, printed as {@code FILE:LINE[:COLUMN]: message}.
 *
 * @param file the file's path as the user knows it (relative to the input folder)
 * @param line the 1-based line of a CSV file, or row of a sheet; 0 when the problem
 * concerns the whole file
 * @param column the column's header name, or null when the problem concerns a whole line
 * or file
 * @param message what was found and what was expected, for a person who is not a
 * programmer
 */
public record Problem(String file, long line, String column, String message) {

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(this.file);
		if (this.line > 0) {
			text.append(':').append(this.line);
		}
		if (this.column != null) {
			text.append(':').append(this.column);
		}
		return text.append(": ").append(this.message).toString();
	}

}
