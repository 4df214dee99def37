package org.pathway.ingest.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.pathway.run.Problem;

/**
 * Collects every problem of one input file. Keeps the first {@value #KEPT} in full and
 * counts the rest, so a file with a million bad rows is still reported in bounded memory.
 * Warnings are kept apart: they are reported but reject nothing.
 */
public final class Problems {

	/** How many problems of one file are kept word for word. */
	public static final int KEPT = 1000;

	private final String file;

	private final List<Problem> kept = new ArrayList<>();

	private final List<Problem> warnings = new ArrayList<>();

	private long count;

	public Problems(String file) {
		this.file = file;
	}

	public String file() {
		return this.file;
	}

	/** A problem of the whole file (no line). */
	public void file(String message) {
		add(new Problem(this.file, 0, null, message));
	}

	/** A problem of a whole line or row. */
	public void line(long line, String message) {
		add(new Problem(this.file, line, null, message));
	}

	/** A problem of one cell. */
	public void cell(long line, String column, String message) {
		add(new Problem(this.file, line, column, message));
	}

	public void add(Problem problem) {
		this.count++;
		if (this.kept.size() < KEPT) {
			this.kept.add(problem);
		}
	}

	/**
	 * Something the user should know that does not reject the file (text read as
	 * Windows-1252, a header read without its stray spaces). Kept apart from the
	 * problems: it is never counted as one. The first {@value #KEPT} are kept.
	 */
	public void warning(long line, String column, String message) {
		if (this.warnings.size() < KEPT) {
			this.warnings.add(new Problem(this.file, line, column, "warning: " + message));
		}
	}

	/** The warnings, in the order found. */
	public List<Problem> warnings() {
		return Collections.unmodifiableList(this.warnings);
	}

	public boolean isEmpty() {
		return this.count == 0;
	}

	/** All problems found, including those not kept word for word. */
	public long count() {
		return this.count;
	}

	/** The problems kept word for word, in the order found. */
	public List<Problem> kept() {
		return Collections.unmodifiableList(this.kept);
	}

}
