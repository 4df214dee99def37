package org.pathway.delivery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.pathway.io.Sha256;

/**
 * One funder's report files in the outbox, and what became of them.
 *
 * @param id the delivery's id
 * @param funderId the funder
 * @param funderName its name, for the message
 * @param asOf the reports' as-of date
 * @param checksum a digest of the attachments' checksums ({@link #checksumOf(List)}):
 * with the funder and date, the key that is sent at most once
 * @param runId the run that wrote the reports
 * @param attachments the report files, in the order they are attached
 * @param recipients the funder's contact addresses separated by {@code ;}, or null
 * @param status one of the {@code Delivery.*} statuses
 * @param messageId the message's stable Message-ID
 * @param attempts sending attempts so far
 * @param nextAttemptAt when a failed delivery is tried again, or null
 * @param lastError the mail server's last answer when sending failed
 * @param decidedBy who approved it (or marked it sent), or {@code auto}
 * @param decidedAt when
 * @param sentAt when the mail server accepted it
 * @param createdAt when it was queued
 */
public record Delivery(long id, String funderId, String funderName, LocalDate asOf, String checksum, long runId,
		List<Attachment> attachments, String recipients, String status, String messageId, int attempts,
		LocalDateTime nextAttemptAt, String lastError, String decidedBy, LocalDateTime decidedAt, LocalDateTime sentAt,
		LocalDateTime createdAt) {

	public Delivery {
		attachments = List.copyOf(attachments);
	}

	/** Waits for a person to approve it. */
	public static final String AWAITING_APPROVAL = "awaiting_approval";

	/** Approved: the sender takes it at its next round. */
	public static final String APPROVED = "approved";

	/** Being handed to the mail server now. */
	public static final String SENDING = "sending";

	/** The mail server accepted it. */
	public static final String SENT = "sent";

	/**
	 * The mail server refused it or could not be reached; tried again at nextAttemptAt.
	 */
	public static final String FAILED = "failed";

	/**
	 * The process stopped while sending: the mail server may or may not have accepted it.
	 * A person decides (mark sent, or send again).
	 */
	public static final String UNKNOWN = "unknown";

	/** The funder has no contact address. */
	public static final String NOT_DELIVERABLE = "not_deliverable";

	/**
	 * The digest of the files' checksums, one a line in attachment order: for a PDF and a
	 * workbook, {@code sha256(pdf + "\n" + xlsx)}, the key deliveries have always had.
	 */
	static String checksumOf(List<Attachment> attachments) {
		return Sha256.hex(String.join("\n", attachments.stream().map(Attachment::sha256).toList()));
	}

	public List<String> recipientList() {
		return (this.recipients == null) ? List.of()
				: Arrays.stream(this.recipients.split(";")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

}
