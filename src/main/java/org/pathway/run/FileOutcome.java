package org.pathway.run;

/**
 * What one run did with one input file.
 *
 * @param path the file's path relative to the input folder
 * @param kind its kind (the input kind's name, e.g. {@code GRANTS}), or null when unknown
 * @param status {@code accepted}, {@code unchanged}, {@code rejected} or {@code removed}
 * @param records data records read (rows of the file, not counting the header)
 * @param problems problems found (all of them, even beyond those kept word for word)
 * @param millis how long the file took
 */
public record FileOutcome(String path, String kind, String status, long records, long problems, long millis) {

	public static final String ACCEPTED = "accepted";

	public static final String UNCHANGED = "unchanged";

	public static final String REJECTED = "rejected";

	public static final String REMOVED = "removed";

	public boolean rejected() {
		return REJECTED.equals(this.status);
	}

}
