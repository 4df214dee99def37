package org.pathway.pipeline;

/** A run id that names no run: a usage mistake on the command line, 404 on the API. */
public class NoSuchRunException extends UserException {

	public NoSuchRunException(long runId) {
		super(2, "there is no run " + runId + "; 'runs' lists them");
	}

}
