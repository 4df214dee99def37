package org.pathway.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.support.TinyInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code deliveries}, {@code approve ID} and {@code deliver} for those who run Pathway
 * from cron without the server: the log, an approval, and one send per approved pair,
 * with the mail server configured in {@code data/pathway.properties}.
 */
class DeliveryCommandsTests {

	@TempDir
	Path work;

	private final Console console = new Console();

	@Test
	void aRunsDeliveriesAreListedApprovedAndSentOnce() throws Exception {
		Path input = TinyInput.write(this.work.resolve("input"));
		String data = this.work.resolve("data").toString();
		String output = this.work.resolve("output").toString();
		assertThat(this.console.run("run", "--input", input.toString(), "--output", output, "--data", data, "--as-of",
				"2026-09-30"))
			.isZero();
		this.console.clear();
		assertThat(this.console.run("deliveries", "--data", data)).isZero();
		assertThat(this.console.out()).containsPattern("\\s1\\s+ballmer\\s+2026-09-30\\s+awaiting_approval\\s")
			.contains("grants@example.org;officer@example.org")
			.containsPattern("\\s2\\s+horizon\\s+2026-09-30\\s+not_deliverable\\s.*\\(no contact address\\)");

		assertThat(this.console.run("approve", "2", "--data", data)).isEqualTo(3);
		assertThat(this.console.err()).contains("cannot approve delivery 2 to horizon: it is not deliverable");
		assertThat(this.console.run("approve", "99", "--data", data)).isEqualTo(2);
		assertThat(this.console.err()).contains("there is no delivery 99");
		assertThat(this.console.run("approve", "1", "--data", data)).isZero();
		assertThat(this.console.run("deliver", "--data", data, "--output", output)).isEqualTo(4);
		assertThat(this.console.err()).contains("1 deliveries wait: no mail server is configured (spring.mail.host)");

		GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		try {
			Files.writeString(Path.of(data, "pathway.properties"), "spring.mail.host=127.0.0.1\nspring.mail.port="
					+ smtp.getSmtp().getPort() + "\npathway.delivery.from=reports@network.example\n");
			this.console.clear();
			assertThat(this.console.run("deliver", "--data", data, "--output", output)).isZero();
			assertThat(this.console.out()).contains("Sent 1 of 1 due deliveries.");
			assertThat(smtp.getReceivedMessages()).hasSize(2);
			assertThat(this.console.run("deliver", "--data", data, "--output", output)).isZero();
			assertThat(this.console.out()).contains("Sent 0 of 0 due deliveries.");
			assertThat(smtp.getReceivedMessages()).hasSize(2);
		}
		finally {
			smtp.stop();
		}
		this.console.clear();
		assertThat(this.console.run("deliveries", "--data", data)).isZero();
		assertThat(this.console.out())
			.containsPattern("\\s1\\s+ballmer\\s+2026-09-30\\s+sent\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
	}

}
