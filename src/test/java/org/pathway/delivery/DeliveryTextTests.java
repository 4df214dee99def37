package org.pathway.delivery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.mail.javamail.MimeMessageHelper;

import static org.assertj.core.api.Assertions.assertThat;

/** What a funder's name can do to a message's headers: nothing. */
class DeliveryTextTests {

	@Test
	void aLineBreakInAFundersNameNeverReachesTheMessageHeaders() throws Exception {
		Delivery delivery = new Delivery(1, "horizon", "Horizon\r\nBcc: evil@attacker.example\n\u0000X",
				LocalDate.of(2026, 9, 30), "c", 1, "a.pdf", "s", "a.xlsx", "s", "a@example.org", Delivery.APPROVED,
				"<id@pathway.invalid>", 0, null, null, null, null, null, null);
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

}
