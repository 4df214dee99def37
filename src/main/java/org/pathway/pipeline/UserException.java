package org.pathway.pipeline;

/**
 * A problem the user can fix (a missing folder, a bad option): shown as a message, never
 * a stack trace.
 */
public class UserException extends RuntimeException {

	private final int exitCode;

	public UserException(int exitCode, String message) {
		super(message, null, false, false);
		this.exitCode = exitCode;
	}

	public int exitCode() {
		return this.exitCode;
	}

}
