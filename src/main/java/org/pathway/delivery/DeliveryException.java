package org.pathway.delivery;

/**
 * A delivery action that does not apply (approving one already sent, an unknown id): a
 * message for the person who asked, never a stack trace.
 */
public class DeliveryException extends RuntimeException {

	private final boolean notFound;

	DeliveryException(String message, boolean notFound) {
		super(message, null, false, false);
		this.notFound = notFound;
	}

	public boolean notFound() {
		return this.notFound;
	}

}
