package org.pathway.delivery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.pathway.io.Sha256;
import org.pathway.render.Renderers;
import org.pathway.render.excel.ExcelRenderer;
import org.pathway.render.pdf.PdfRenderer;

import org.springframework.mail.javamail.MimeMessageHelper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a funder's name can do to a message's headers (nothing), and the message's text:
 * each file with what it is for and its checksum, the same words for a PDF and a workbook
 * as before deliveries carried a list of files.
 */
class DeliveryTextTests {

	private static final Renderers RENDERERS = new Renderers(List.of(new ExcelRenderer(), new PdfRenderer()));

	private static final List<Attachment> PAIR = List.of(
			new Attachment("funder-report/ballmer/ballmer-2026-09-30.pdf", "a".repeat(64)),
			new Attachment("funder-report/ballmer/ballmer-2026-09-30.xlsx", "b".repeat(64)));

	@Test
	void aLineBreakInAFundersNameNeverReachesTheMessageHeaders() throws Exception {
		Delivery delivery = delivery("Horizon\r\nBcc: evil@attacker.example\n\u0000X", PAIR);
		assertThat(DeliveryText.subject(delivery))
			.isEqualTo("Horizon Bcc: evil@attacker.example X: funder report as of 2026-09-30");

		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setTo("a@example.org");
		helper.setSubject(DeliveryText.subject(delivery));
		helper.setText("body");
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		message.writeTo(raw);
		String headers = raw.toString(StandardCharsets.US_ASCII).split("\r\n\r\n", 2)[0];
		assertThat(headers.lines()).noneMatch((line) -> line.startsWith("Bcc:"));
		assertThat(message.getRecipients(jakarta.mail.Message.RecipientType.BCC)).isNull();
	}

	@Test
	void aPdfAndAWorkbookAreDescribedInTheWordsTheyAlwaysHad() {
		assertThat(DeliveryText.body(delivery("Ballmer Group", PAIR), RENDERERS)).isEqualTo("""
				Dear Ballmer Group team,

				Attached is your funder report as of 2026-09-30: ballmer-2026-09-30.pdf to read, and \
				ballmer-2026-09-30.xlsx to analyse (its Metrics sheet has every value, one row each).

				It covers the grants you made to the network, the regrants and disbursements they funded, \
				and the outcomes for young people in the communities your money reached. Groups too small \
				to publish are shown as suppressed.

				Checksums (SHA-256), to confirm the files are the ones we produced:
				  aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa  ballmer-2026-09-30.pdf
				  bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb  ballmer-2026-09-30.xlsx

				This message was sent once by Pathway, the network's reporting system (run 7). \
				Reply to this message with any question.
				""");
	}

	@Test
	void everyFileIsListedWithItsChecksumWhateverItsFormat() {
		List<Attachment> three = List.of(PAIR.get(0), PAIR.get(1),
				new Attachment("funder-report/ballmer/ballmer-2026-09-30.txt", "c".repeat(64)));
		String body = DeliveryText.body(delivery("Ballmer Group", three), RENDERERS);
		assertThat(body)
			.contains("as of 2026-09-30: ballmer-2026-09-30.pdf to read, ballmer-2026-09-30.xlsx to"
					+ " analyse (its Metrics sheet has every value, one row each), and ballmer-2026-09-30.txt.\n")
			.contains("  " + "c".repeat(64) + "  ballmer-2026-09-30.txt\n\nThis message");
		assertThat(DeliveryText.list(List.of("a"))).isEqualTo("a");
	}

	@Test
	void theKeyOfAPdfAndAWorkbookIsTheDigestDeliveriesAlwaysHad() {
		assertThat(Delivery.checksumOf(PAIR)).isEqualTo(Sha256.hex("a".repeat(64) + "\n" + "b".repeat(64)));
	}

	private static Delivery delivery(String funderName, List<Attachment> files) {
		return new Delivery(1, "horizon", funderName, LocalDate.of(2026, 9, 30), "c", 7, files, "a@example.org",
				Delivery.APPROVED, "<id@pathway.invalid>", 0, null, null, null, null, null, null);
	}

}
