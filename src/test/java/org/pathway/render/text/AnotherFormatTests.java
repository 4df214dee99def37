package org.pathway.render.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pathway.delivery.Attachment;
import org.pathway.delivery.Deliveries;
import org.pathway.delivery.Delivery;
import org.pathway.delivery.DeliverySender;
import org.pathway.io.Sha256;
import org.pathway.pipeline.RunLauncher;
import org.pathway.pipeline.RunRequest;
import org.pathway.pipeline.RunResult;
import org.pathway.support.TinyInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The recipe "add an output format" holds: one more
 * {@link org.pathway.render.ReportRenderer} bean (a plain text renderer, registered here
 * and nowhere else) and, with no other change, a run writes it for every report, the
 * manifest lists it, the reconciliation gate reads it back (and fails the run when it
 * shows another figure), {@code /api/reports} serves it with its media type, and each
 * funder's delivery attaches it.
 */
@SpringBootTest(properties = { "spring.main.web-application-type=servlet", "logging.threshold.console=WARN",
		"spring.datasource.url=jdbc:h2:mem:another-format;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
@Import(PlainTextRenderer.class)
class AnotherFormatTests {

	static final Path WORK;

	static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	static {
		try {
			WORK = Files.createTempDirectory("pathway-another-format");
			TinyInput.write(WORK.resolve("input"));
			SMTP.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("pathway.folders.input", () -> WORK.resolve("input").toString());
		registry.add("pathway.folders.output", () -> WORK.resolve("output").toString());
		registry.add("pathway.folders.data", () -> WORK.resolve("data").toString());
		registry.add("pathway.users.viewer.password",
				() -> PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("viewer-secret-1"));
		registry.add("pathway.users.viewer.role", () -> "viewer");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
	}

	@Autowired
	RunLauncher launcher;

	@Autowired
	Deliveries deliveries;

	@Autowired
	DeliverySender sender;

	@Autowired
	MockMvc mvc;

	@AfterAll
	static void stopSmtp() {
		SMTP.stop();
	}

	@Test
	void aRendererBeanIsWrittenListedCheckedServedAndDelivered() throws Exception {
		assertThat(run("2026-08-31").failure()).as("a text that shows other figures fails the gate")
			.contains("reconciliation failed for ")
			.containsPattern("-2026-08-31\\.txt: (F1|F2|F5|F6|H1) [^ ]+ .*is .+ in the metric store but not found in"
					+ " the text")
			.doesNotContain(".pdf:")
			.doesNotContain(".xlsx:");

		RunResult honest = run("2026-09-30");
		assertThat(honest.completed()).as(honest.failure()).isTrue();
		Path day = WORK.resolve("output").resolve("2026-09-30");
		assertThat(Files.readString(day.resolve("funder-report/ballmer/ballmer-2026-09-30.txt")))
			.startsWith("Report to Ballmer Group")
			.contains("USD 175,000,000.00");

		Map<String, JsonNode> manifest = manifest(day);
		assertThat(manifest.keySet()).contains("funder-report/ballmer/ballmer-2026-09-30.txt",
				"funder-report/horizon/horizon-2026-09-30.txt", "strategic-plan/network/strategic-plan-2026-09-30.txt");
		assertThat(manifest.values()).extracting((out) -> out.path("format").asString())
			.containsOnly("pdf", "txt", "xlsx")
			.hasSize(9);
		for (Map.Entry<String, JsonNode> out : manifest.entrySet()) {
			assertThat(out.getValue().path("sha256").asString()).as(out.getKey())
				.isEqualTo(Sha256.hex(Files.readAllBytes(day.resolve(out.getKey()))));
		}

		assertThat(downloads()).containsEntry("ballmer-2026-09-30.txt", "text/plain;charset=UTF-8")
			.containsEntry("ballmer-2026-09-30.pdf", "application/pdf")
			.containsEntry("ballmer-2026-09-30.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
			.hasSize(9);

		Delivery ballmer = this.deliveries.recent(10)
			.stream()
			.filter((d) -> d.funderId().equals("ballmer") && d.asOf().equals(LocalDate.parse("2026-09-30")))
			.findFirst()
			.orElseThrow();
		List<Attachment> expected = new ArrayList<>();
		// in the renderers' order, by format name
		for (String extension : List.of("pdf", "txt", "xlsx")) {
			String path = "funder-report/ballmer/ballmer-2026-09-30." + extension;
			expected.add(new Attachment(path, manifest.get(path).path("sha256").asString()));
		}
		assertThat(ballmer.attachments()).containsExactlyElementsOf(expected);
		assertThat(ballmer.checksum())
			.isEqualTo(Sha256.hex(String.join("\n", expected.stream().map(Attachment::sha256).toList())));

		this.deliveries.approve(ballmer.id(), "operator");
		assertThat(this.sender.sendDue().sent()).isEqualTo(1);
		MimeMessage message = SMTP.getReceivedMessages()[0];
		assertThat(attachments(message))
			.containsOnlyKeys("ballmer-2026-09-30.txt", "ballmer-2026-09-30.pdf", "ballmer-2026-09-30.xlsx")
			.allSatisfy((name, sha256) -> assertThat(sha256).as(name)
				.isEqualTo(manifest.get("funder-report/ballmer/" + name).path("sha256").asString()));
		assertThat(body(message)).contains("as of 2026-09-30: ballmer-2026-09-30.pdf to read, ballmer-2026-09-30.txt"
				+ " to read anywhere, and ballmer-2026-09-30.xlsx to analyse");
	}

	private RunResult run(String asOf) {
		PlainTextRenderer.lie = asOf.equals("2026-08-31");
		try {
			return this.launcher
				.launch(RunRequest.run(WORK.resolve("input"), LocalDate.parse(asOf), WORK.resolve("output")));
		}
		finally {
			PlainTextRenderer.lie = false;
		}
	}

	/** The manifest's outputs by path. */
	private static Map<String, JsonNode> manifest(Path day) throws IOException {
		JsonNode root = JsonMapper.builder().build().readTree(Files.readString(day.resolve("manifest.json")));
		Map<String, JsonNode> outputs = new TreeMap<>();
		root.path("outputs").forEach((out) -> outputs.put(out.path("path").asString(), out));
		return outputs;
	}

	/**
	 * Every report the API lists for the day, downloaded: file name to the media type it
	 * came with (its checksum header checked against the bytes).
	 */
	private Map<String, String> downloads() throws Exception {
		JsonNode listing = JsonMapper.builder()
			.build()
			.readTree(this.mvc.perform(get("/api/reports?date=2026-09-30").with(viewer()))
				.andReturn()
				.getResponse()
				.getContentAsString());
		Map<String, String> types = new TreeMap<>();
		for (JsonNode report : listing.path("reports")) {
			MockHttpServletResponse file = this.mvc.perform(get(report.path("href").asString()).with(viewer()))
				.andReturn()
				.getResponse();
			assertThat(file.getStatus()).isEqualTo(200);
			assertThat(Sha256.hex(file.getContentAsByteArray())).isEqualTo(file.getHeader("X-Checksum-SHA256"))
				.isEqualTo(report.path("sha256").asString());
			types.put(report.path("file").asString(), file.getContentType());
		}
		return types;
	}

	private static RequestPostProcessor viewer() {
		return user("viewer").roles("VIEWER");
	}

	private static Map<String, String> attachments(MimeMessage message) throws Exception {
		Map<String, String> attachments = new TreeMap<>();
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				// base64, so that the text file's line ends (and checksum) survive the
				// mail
				assertThat(((MimePart) part).getEncoding()).as(part.getFileName()).isEqualTo("base64");
				try (InputStream in = part.getInputStream()) {
					attachments.put(part.getFileName(),
							HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
				}
			}
		}
		return attachments;
	}

	private static String body(MimeMessage message) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (part.getDisposition() == null && part.getContent() instanceof Multipart inner) {
				return new String(inner.getBodyPart(0).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			}
			if (part.getDisposition() == null) {
				return part.getContent().toString();
			}
		}
		throw new AssertionError("the message has no text part");
	}

}
