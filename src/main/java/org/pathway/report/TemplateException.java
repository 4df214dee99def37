package org.pathway.report;

/**
 * A template that cannot be used; the message names the file, the line and the problem.
 */
public class TemplateException extends RuntimeException {

	public TemplateException(String message) {
		super(message, null, false, false);
	}

}
