package org.pathway.ingest;

/**
 * A cell value that does not parse; the message says what was found and what was
 * expected.
 */
public class FieldException extends Exception {

	public FieldException(String message) {
		super(message, null, false, false);
	}

}
