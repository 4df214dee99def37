package org.pathway.ingest;

/**
 * A cell value that does not parse; the message says what was found and what was
 * expected.
 */
class FieldException extends Exception {

	FieldException(String message) {
		super(message, null, false, false);
	}

}
