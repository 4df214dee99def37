package org.pathway.delivery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * One funder's report pair in the outbox, and what became of it.
 *
 * @param id the delivery's id
 * @param funderId the funder
 * @param funderName its name, for the message
 * @param asOf the reports' as-of date
 * @param checksum a digest of the pair's checksums: with the funder and date, the key
 * that is sent at most once
 * @param runId the run that wrote the reports
 * @param pdfPath the PDF, under the date's output folder
 * @param pdfSha256 its checksum in the manifest
 * @param xlsxPath the workbook, under the date's output folder
 * @param xlsxSha256 its checksum in the manifest
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
		String pdfPath, String pdfSha256, String xlsxPath, String xlsxSha256, String recipients, String status,
		String messageId, int attempts, LocalDateTime nextAttemptAt, String lastError, String decidedBy,
		LocalDateTime decidedAt, LocalDateTime sentAt, LocalDateTime createdAt) {

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

	public List<String> recipientList() {
		return (this.recipients == null) ? List.of()
				: Arrays.stream(this.recipients.split(";")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

}
