package org.pathway.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.pathway.io.Sha256;
import org.pathway.pipeline.RunLauncher;
import org.pathway.pipeline.RunRequest;
import org.pathway.support.TinyInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Delivery against a real SMTP server in this JVM (GreenMail): each funder gets its own
 * pair once, after approval, with the manifest's checksums; a funder without an address
 * is not deliverable; a crash between the server's acceptance and the "sent" record sends
 * nothing twice; a refused send is retried.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:delivery-tests", "pathway.delivery.first-retry=0s",
		"pathway.delivery.from=reports@network.example" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveryTests {

	static final Path WORK;

	static final int SMTP_PORT;

	static GreenMail smtp;

	static {
		try {
			WORK = Files.createTempDirectory("pathway-delivery");
			TinyInput.write(WORK.resolve("input"));
			smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			smtp.start();
			SMTP_PORT = smtp.getSmtp().getPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("pathway.folders.output", () -> WORK.resolve("output").toString());
	}

	@Autowired
	RunLauncher launcher;

	@Autowired
	Deliveries deliveries;

	@Autowired
	DeliverySender sender;

	@Autowired
	CrashingMailSender mail;

	@Autowired
	JdbcTemplate jdbc;

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Test
	@Order(1)
	void aRunQueuesEachFundersPairAndNothingIsSentBeforeApproval() throws Exception {
		run("2026-09-30");
		Map<String, Delivery> byFunder = byFunder("2026-09-30");
		assertThat(byFunder).containsOnlyKeys("ballmer", "horizon");
		assertThat(byFunder.get("ballmer").status()).isEqualTo(Delivery.AWAITING_APPROVAL);
		assertThat(byFunder.get("ballmer").recipientList()).containsExactly("grants@example.org",
				"officer@example.org");
		// the funder's files of the manifest, PDF first, keyed as they always were
		Map<String, String> manifest = manifest("2026-09-30");
		assertThat(byFunder.get("ballmer").attachments()).containsExactly(
				new Attachment("funder-report/ballmer/ballmer-2026-09-30.pdf", manifest.get("ballmer-2026-09-30.pdf")),
				new Attachment("funder-report/ballmer/ballmer-2026-09-30.xlsx",
						manifest.get("ballmer-2026-09-30.xlsx")));
		assertThat(byFunder.get("ballmer").checksum()).isEqualTo(
				Sha256.hex(manifest.get("ballmer-2026-09-30.pdf") + "\n" + manifest.get("ballmer-2026-09-30.xlsx")));
		assertThat(this.jdbc.queryForList(
				"SELECT position, path FROM delivery_attachment WHERE delivery_id = ?" + " ORDER BY position",
				byFunder.get("horizon").id()))
			.extracting((row) -> row.get("PATH"))
			.containsExactly("funder-report/horizon/horizon-2026-09-30.pdf",
					"funder-report/horizon/horizon-2026-09-30.xlsx");
		// horizon gave no contact address: a clear state, not a silent skip
		assertThat(byFunder.get("horizon").status()).isEqualTo(Delivery.NOT_DELIVERABLE);
		assertThat(byFunder.get("horizon").recipients()).isNull();

		assertThat(this.sender.sendDue().sent()).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThatThrownBy(() -> this.deliveries.approve(byFunder.get("horizon").id(), "operator"))
			.isInstanceOf(DeliveryException.class)
			.hasMessageContaining("it is not deliverable");
	}

	@Test
	@Order(2)
	void anApprovedPairIsSentOnceToTheFundersAddressesWithTheManifestsFiles() throws Exception {
		Delivery ballmer = byFunder("2026-09-30").get("ballmer");
		this.deliveries.approve(ballmer.id(), "operator");
		assertThat(this.sender.sendDue().sent()).isEqualTo(1);

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(2); // one copy per recipient's mailbox
		Map<String, String> manifest = manifest("2026-09-30");
		for (MimeMessage message : received) {
			assertThat(addresses(message.getRecipients(Message.RecipientType.TO)))
				.containsExactlyInAnyOrder("grants@example.org", "officer@example.org");
			assertThat(message.getSubject()).isEqualTo("Ballmer Group: funder report as of 2026-09-30");
			assertThat(message.getFrom()[0].toString()).isEqualTo("reports@network.example");
			assertThat(message.getMessageID()).isEqualTo(ballmer.messageId());
			Map<String, String> attachments = attachments(message);
			assertThat(attachments).containsOnlyKeys("ballmer-2026-09-30.pdf", "ballmer-2026-09-30.xlsx");
			attachments.forEach((name, sha256) -> assertThat(sha256).as(name).isEqualTo(manifest.get(name)));
		}
		assertThat(this.deliveries.find(ballmer.id()).status()).isEqualTo(Delivery.SENT);
		assertThat(this.deliveries.find(ballmer.id()).sentAt()).isNotNull();

		// again: nothing is due, and the same run asked again queues nothing new
		assertThat(this.sender.sendDue().due()).isZero();
		run("2026-09-30");
		assertThat(this.deliveries.recent(100)).hasSize(2);
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThatThrownBy(() -> this.deliveries.approve(ballmer.id(), "operator")).hasMessageContaining("it is sent");
	}

	@Test
	@Order(3)
	void aCrashAfterTheMailServerAcceptedSendsNothingTwiceAndAPersonDecides() throws Exception {
		run("2026-10-31");
		Delivery ballmer = byFunder("2026-10-31").get("ballmer");
		this.deliveries.approve(ballmer.id(), "operator");
		int before = smtp.getReceivedMessages().length;
		this.mail.dieAfterNextSend = true;
		assertThatThrownBy(() -> this.sender.sendDue()).isInstanceOf(SimulatedCrash.class);
		assertThat(smtp.getReceivedMessages()).hasSize(before + 2);
		assertThat(this.deliveries.find(ballmer.id()).status()).isEqualTo(Delivery.SENDING);

		// the next start: in doubt, so not sent again behind anyone's back
		assertThat(this.sender.recoverInterrupted()).isEqualTo(1);
		Delivery unknown = this.deliveries.find(ballmer.id());
		assertThat(unknown.status()).isEqualTo(Delivery.UNKNOWN);
		assertThat(unknown.lastError()).contains("may or may not have been sent").contains("Message-ID");
		assertThat(this.sender.sendDue().due()).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(before + 2);

		// the operator checks the mail server's log for the Message-ID, finds it, and
		// says so
		Delivery decided = this.deliveries.markSent(ballmer.id(), "operator");
		assertThat(decided.status()).isEqualTo(Delivery.SENT);
		assertThat(decided.decidedBy()).isEqualTo("operator");
		assertThat(this.sender.sendDue().due()).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(before + 2);
	}

	@Test
	@Order(4)
	void aRefusedSendIsRetriedAndShowsTheMailServersAnswer() throws Exception {
		run("2026-11-30");
		Delivery ballmer = byFunder("2026-11-30").get("ballmer");
		this.deliveries.approve(ballmer.id(), "operator");
		int before = smtp.getReceivedMessages().length;
		smtp.stop();
		assertThat(this.sender.sendDue().failed()).isEqualTo(1);
		Delivery failed = this.deliveries.find(ballmer.id());
		assertThat(failed.status()).isEqualTo(Delivery.FAILED);
		assertThat(failed.lastError()).containsIgnoringCase("connect");
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.nextAttemptAt()).isNotNull();

		smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		assertThat(this.sender.sendDue().sent()).isEqualTo(1);
		Delivery sent = this.deliveries.find(ballmer.id());
		assertThat(sent.status()).isEqualTo(Delivery.SENT);
		assertThat(sent.attempts()).isEqualTo(2);
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat(smtp.getReceivedMessages()[0].getMessageID()).isEqualTo(ballmer.messageId());
		assertThat(before).isPositive();
	}

	@Test
	@Order(5)
	void noFunderReceivesAnotherFundersFiles() throws Exception {
		TinyInput.write(WORK.resolve("input"), "funders.csv", TinyInput.FUNDERS.replace("Fondation Horizon Jeunesse,",
				"Fondation Horizon Jeunesse,programmes@horizon.example"));
		run("2026-12-31");
		Map<String, Delivery> byFunder = byFunder("2026-12-31");
		assertThat(byFunder.get("horizon").status()).isEqualTo(Delivery.AWAITING_APPROVAL);
		byFunder.values().forEach((d) -> this.deliveries.approve(d.id(), "operator"));
		assertThat(this.sender.sendDue().sent()).isEqualTo(2);
		List<MimeMessage> received = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getSubject().endsWith("as of 2026-12-31")) {
				received.add(message);
			}
		}
		assertThat(received).hasSize(3); // two mailboxes at ballmer, one at horizon
		for (MimeMessage message : received) {
			List<String> to = addresses(message.getRecipients(Message.RecipientType.TO));
			String funder = to.contains("programmes@horizon.example") ? "horizon" : "ballmer";
			assertThat(to).as(funder)
				.allMatch((address) -> funder.equals("horizon") ? address.endsWith("@horizon.example")
						: address.endsWith("@example.org"));
			assertThat(attachments(message)).as(funder)
				.containsOnlyKeys(funder + "-2026-12-31.pdf", funder + "-2026-12-31.xlsx");
			assertThat(message.getSubject()).startsWith(byFunder.get(funder).funderName() + ":");
		}
	}

	private void run(String asOf) {
		assertThat(this.launcher
			.launch(RunRequest.run(WORK.resolve("input"), LocalDate.parse(asOf), WORK.resolve("output")))
			.completed()).isTrue();
	}

	private Map<String, Delivery> byFunder(String asOf) {
		Map<String, Delivery> byFunder = new TreeMap<>();
		this.deliveries.recent(100)
			.stream()
			.filter((d) -> d.asOf().toString().equals(asOf))
			.forEach((d) -> byFunder.put(d.funderId(), d));
		return byFunder;
	}

	private static Map<String, String> manifest(String asOf) throws IOException {
		JsonNode root = JsonMapper.builder()
			.build()
			.readTree(Files.readString(WORK.resolve("output").resolve(asOf).resolve("manifest.json")));
		Map<String, String> sums = new TreeMap<>();
		for (JsonNode out : root.path("outputs")) {
			String path = out.path("path").asString();
			sums.put(path.substring(path.lastIndexOf('/') + 1), out.path("sha256").asString());
		}
		return sums;
	}

	private static Map<String, String> attachments(MimeMessage message) throws Exception {
		Map<String, String> attachments = new TreeMap<>();
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				try (InputStream in = part.getInputStream()) {
					attachments.put(part.getFileName(),
							HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
				}
			}
		}
		return attachments;
	}

	private static List<String> addresses(Address[] addresses) {
		List<String> list = new ArrayList<>();
		for (Address address : addresses) {
			list.add(address.toString());
		}
		return list;
	}

	/** The process "dies" right after the mail server accepted a message. */
	static class SimulatedCrash extends Error {

		SimulatedCrash() {
			super("simulated crash after the SMTP accept");
		}

	}

	/** Boot's mail sender, which can be told to die after its next send. */
	static class CrashingMailSender extends JavaMailSenderImpl {

		volatile boolean dieAfterNextSend;

		@Override
		protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) throws MailException {
			super.doSend(mimeMessages, originalMessages);
			if (this.dieAfterNextSend) {
				this.dieAfterNextSend = false;
				throw new SimulatedCrash();
			}
		}

	}

	@TestConfiguration
	static class Mail {

		@Bean
		CrashingMailSender mailSender() {
			CrashingMailSender sender = new CrashingMailSender();
			sender.setHost("127.0.0.1");
			sender.setPort(SMTP_PORT);
			return sender;
		}

	}

}
