package org.pathway.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A message whose Message-ID is the delivery's own, not a new one at every attempt: a
 * retry is recognisably the same message, and the mail server's log can be searched for
 * it.
 */
final class StableIdMessage extends MimeMessage {

	private final String messageId;

	StableIdMessage(Session session, String messageId) {
		super(session);
		this.messageId = messageId;
	}

	@Override
	protected void updateMessageID() throws MessagingException {
		setHeader("Message-ID", this.messageId);
	}

}
