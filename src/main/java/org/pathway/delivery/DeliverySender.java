package org.pathway.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.pathway.io.Sha256;
import org.pathway.render.Renderers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the deliveries that are due, one at a time, outside any job transaction. Each is
 * claimed first (status {@code sending}, committed), then handed to the mail server, then
 * marked {@code sent}: a crash between the last two leaves it {@code sending}, which the
 * next start turns into {@code unknown} for a person to decide, so nothing is sent twice
 * behind anyone's back. A refusal is retried with a doubling wait.
 */
@Component
public class DeliverySender {

	private static final Log logger = LogFactory.getLog(DeliverySender.class);

	private final Outbox outbox;

	private final ObjectProvider<JavaMailSender> mail;

	private final DeliveryProperties properties;

	private final Path output;

	private final Renderers renderers;

	DeliverySender(Outbox outbox, ObjectProvider<JavaMailSender> mail, DeliveryProperties properties,
			@Value("${pathway.folders.output:output}") String output, Renderers renderers) {
		this.outbox = outbox;
		this.mail = mail;
		this.properties = properties;
		this.output = Path.of(output);
		this.renderers = renderers;
	}

	/** Marks what a stopped process left {@code sending} as {@code unknown}. */
	public int recoverInterrupted() {
		int unknown = this.outbox.interrupted();
		if (unknown > 0) {
			logger.warn(unknown + " deliveries were being sent when Pathway stopped: they are marked unknown"
					+ " and wait for a person to mark them sent or send them again");
		}
		return unknown;
	}

	/**
	 * Sends every delivery that is due now; returns how many the mail server accepted.
	 */
	public synchronized Round sendDue() {
		List<Delivery> due = this.outbox.due(LocalDateTime.now(), this.properties.maxAttempts());
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			if (!due.isEmpty()) {
				logger.warn(due.size() + " deliveries wait: no mail server is configured (spring.mail.host)");
			}
			return new Round(due.size(), 0, 0,
					due.isEmpty() ? null : "no mail server is configured (spring.mail.host)");
		}
		int sent = 0;
		int failed = 0;
		for (Delivery delivery : due) {
			if (!this.outbox.claim(delivery.id(), delivery.status())) {
				continue;
			}
			try {
				sender.send(message(sender, delivery));
				this.outbox.sent(delivery.id());
				sent++;
				logger.info("Delivered " + delivery.funderId() + " as of " + delivery.asOf() + " to "
						+ delivery.recipients() + " (" + delivery.messageId() + ")");
			}
			catch (MailException | MessagingException | IOException | IllegalStateException ex) {
				failed++;
				int attempts = delivery.attempts() + 1;
				LocalDateTime next = (attempts < this.properties.maxAttempts())
						? LocalDateTime.now().plus(this.properties.retryAfter(attempts)) : null;
				this.outbox.failed(delivery.id(), describe(ex), next);
				logger.warn("Delivery " + delivery.id() + " to " + delivery.recipients() + " failed (attempt "
						+ attempts + "): " + describe(ex));
			}
		}
		return new Round(due.size(), sent, failed, null);
	}

	private MimeMessage message(JavaMailSender sender, Delivery delivery) throws MessagingException, IOException {
		MimeMessage message = (sender instanceof JavaMailSenderImpl impl)
				? new StableIdMessage(impl.getSession(), delivery.messageId()) : sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.properties.from());
		helper.setTo(delivery.recipientList().toArray(String[]::new));
		helper.setSubject(DeliveryText.subject(delivery));
		helper.setText(DeliveryText.body(delivery, this.renderers));
		for (Attachment attachment : delivery.attachments()) {
			attach(helper, delivery, attachment);
		}
		return message;
	}

	/** Attaches a report file, refusing one whose bytes are no longer the manifest's. */
	private void attach(MimeMessageHelper helper, Delivery delivery, Attachment attachment)
			throws IOException, MessagingException {
		Path folder = this.output.resolve(delivery.asOf().toString()).toAbsolutePath().normalize();
		Path file = folder.resolve(attachment.path()).normalize();
		if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
			throw new IllegalStateException("the report file " + attachment.path() + " is missing from " + folder);
		}
		byte[] bytes = Files.readAllBytes(file);
		if (!Sha256.hex(bytes).equals(attachment.sha256())) {
			throw new IllegalStateException("the report file " + attachment.path() + " has changed since run "
					+ delivery.runId() + " wrote it (its checksum differs from the manifest's)");
		}
		helper.addAttachment(file.getFileName().toString(), new ByteArrayResource(bytes));
		// base64 whatever the type: a text format's line ends then arrive as written, and
		// its checksum holds (PDFs and workbooks went as base64 already)
		MimeMultipart parts = helper.getRootMimeMultipart();
		parts.getBodyPart(parts.getCount() - 1).setHeader("Content-Transfer-Encoding", "base64");
	}

	private static String describe(Exception ex) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = ex; cause != null && text.length() < 1500; cause = cause.getCause()) {
			if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
				text.append((text.length() > 0) ? "; " : "").append(cause.getMessage().strip());
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return (text.length() > 0) ? text.toString() : ex.getClass().getSimpleName();
	}

	/**
	 * What one round of sending did.
	 *
	 * @param due deliveries that were due
	 * @param sent accepted by the mail server
	 * @param failed refused or not reachable (retried later)
	 * @param waiting why nothing could be sent, or null
	 */
	public record Round(int due, int sent, int failed, String waiting) {
	}

}
