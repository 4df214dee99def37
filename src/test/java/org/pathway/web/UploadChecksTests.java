package org.pathway.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pathway.support.TinyInput;
import tools.jackson.databind.JsonNode;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 11 item 13, the pages and API: an upload never silently replaces a file of its
 * name (409 with both row counts, or a page that asks and keeps the upload until it is
 * confirmed); the upload check runs a run's cross-file checks and shows what they would
 * flag; a run that rejected files is "completed with problems", in amber, with its
 * counts, on the dashboard, its page and the inputs page, and in its JSON.
 */
class UploadChecksTests extends ServerTestBase {

	static final String ONE_DISBURSEMENT = "disbursement_id,regrant_id,date,amount,status\n"
			+ "D1,R1,2024-03-15,750000.25,paid\n";

	static final Path DISBURSEMENTS = WORK.resolve("input/disbursements.csv");

	@Test
	void anApiUploadOfAnExistingNameIsA409WithBothRowCountsUnlessReplaceIsAsked() throws Exception {
		completedRun();
		try {
			HttpResponse<String> refused = upload("disbursements.csv", ONE_DISBURSEMENT, OPERATOR);
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
			JsonNode body = JSON.readTree(refused.body());
			assertThat(body.path("valid").asBoolean()).isTrue();
			assertThat(body.path("status").asString()).isEqualTo("exists");
			assertThat(body.path("existingRecords").asLong()).isEqualTo(4);
			assertThat(body.path("records").asLong()).isEqualTo(1);
			assertThat(body.path("error").asString())
				.isEqualTo("input/disbursements.csv exists (4 rows); this upload has 1 row: send it again with"
						+ " replace=true to replace it");
			assertThat(DISBURSEMENTS).hasContent(TinyInput.DISBURSEMENTS);
			assertThat(stagedUploads()).as("the API keeps nothing").isEmpty();

			HttpResponse<String> replaced = upload("/api/inputs?replace=true", "filename=\"disbursements.csv\"",
					ONE_DISBURSEMENT, OPERATOR);
			assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
			assertThat(JSON.readTree(replaced.body()).path("status").asString()).isEqualTo("replaced");
			assertThat(DISBURSEMENTS).hasContent(ONE_DISBURSEMENT);
		}
		finally {
			TinyInput.write(WORK.resolve("input"), "disbursements.csv", TinyInput.DISBURSEMENTS);
		}
	}

	@Test
	void thePageAsksBeforeReplacingAndKeepsTheUploadUntilItIsConfirmed() throws Exception {
		completedRun();
		try {
			MvcResult asked = uploadPage("disbursements.csv", ONE_DISBURSEMENT);
			assertThat(asked.getResponse().getStatus()).isEqualTo(409);
			String page = asked.getResponse().getContentAsString();
			assertThat(page).contains("input/disbursements.csv exists (4 rows); this upload has 1 row. Replace it?",
					"<button type=\"submit\">Replace it</button>", "Keep the existing file", "name=\"_csrf\"");
			assertThat(DISBURSEMENTS).hasContent(TinyInput.DISBURSEMENTS);
			Matcher form = Pattern.compile("action=\"(/inputs/staged/([0-9a-f]{32})/replace)\"").matcher(page);
			assertThat(form.find()).as(page).isTrue();
			assertThat(stagedUploads()).singleElement()
				.satisfies((file) -> assertThat(file.getFileName().toString()).contains(form.group(2))
					.endsWith("-disbursements.csv"));

			MvcResult confirmed = this.mvc.perform(post(form.group(1)).with(operator()).with(csrf())).andReturn();
			assertThat(confirmed.getResponse().getStatus()).isEqualTo(200);
			assertThat(confirmed.getResponse().getContentAsString())
				.contains("disbursements.csv is valid and replaced the file of that name (4 rows before)");
			assertThat(DISBURSEMENTS).hasContent(ONE_DISBURSEMENT);
			assertThat(stagedUploads()).isEmpty();

			MvcResult again = this.mvc.perform(post(form.group(1)).with(operator()).with(csrf())).andReturn();
			assertThat(again.getResponse().getStatus()).isEqualTo(400);
			assertThat(again.getResponse().getContentAsString()).contains("this upload is no longer waiting");

			// "keep the existing file" drops the upload; an old one has expired
			String kept = uploadPage("disbursements.csv", TinyInput.DISBURSEMENTS).getResponse().getContentAsString();
			assertThat(kept).contains("input/disbursements.csv exists (1 row); this upload has 4 rows.");
			Matcher discard = Pattern.compile("action=\"(/inputs/staged/[0-9a-f]{32}/discard)\"").matcher(kept);
			assertThat(discard.find()).isTrue();
			assertThat(this.mvc.perform(post(discard.group(1)).with(operator()).with(csrf()))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("The upload was dropped: input/disbursements.csv stays as it was.");
			assertThat(DISBURSEMENTS).hasContent(ONE_DISBURSEMENT);
			assertThat(stagedUploads()).isEmpty();

			String old = uploadPage("disbursements.csv", TinyInput.DISBURSEMENTS).getResponse().getContentAsString();
			Matcher expired = Pattern.compile("action=\"(/inputs/staged/[0-9a-f]{32}/replace)\"").matcher(old);
			assertThat(expired.find()).isTrue();
			for (Path file : stagedUploads()) {
				Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(31 * 60)));
			}
			assertThat(this.mvc.perform(post(expired.group(1)).with(operator()).with(csrf()))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("expired after 30 minutes");
			assertThat(stagedUploads()).isEmpty();
			assertThat(DISBURSEMENTS).hasContent(ONE_DISBURSEMENT);
		}
		finally {
			TinyInput.write(WORK.resolve("input"), "disbursements.csv", TinyInput.DISBURSEMENTS);
		}
	}

	@Test
	void anUploadValidAloneThatOverDisbursesARegrantIsPlacedWithTheWarningARunWouldGive() throws Exception {
		completedRun();
		String extra = "disbursement_id,regrant_id,date,amount,status\nD9,R3,2025-05-01,1.00,paid\n";
		Path placed = WORK.resolve("input/disbursements-extra.csv");
		try {
			HttpResponse<String> accepted = upload("disbursements-extra.csv", extra, OPERATOR);
			assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
			JsonNode body = JSON.readTree(accepted.body());
			assertThat(body.path("valid").asBoolean()).isTrue();
			assertThat(body.path("problems")).isEmpty();
			assertThat(body.path("warnings")).singleElement()
				.satisfies((warning) -> assertThat(warning.asString()).startsWith("regrants.csv: regrant R3:")
					.contains("disbursements total 400001", "EUR, more than the regrant amount of 400000"));
			assertThat(placed).hasContent(extra);
			Files.delete(placed);

			String page = uploadPage("disbursements-extra.csv", extra).getResponse().getContentAsString();
			assertThat(page).contains("disbursements-extra.csv is valid and was placed in the input folder",
					"With this file in, the next run will flag (warnings, not reasons to refuse it):",
					"regrants.csv: regrant R3: disbursements total 400001");

			JsonNode run = runAndWait("2026-07-31");
			assertThat(run.path("status").asString()).isEqualTo("COMPLETED");
			JsonNode problems = JSON.readTree(fetch("/api/runs/" + run.path("runId").asLong(), VIEWER).body())
				.path("problems");
			assertThat(problems.toString()).as("the run flags what the upload said")
				.contains("regrants.csv: regrant R3: disbursements total 400001");
		}
		finally {
			Files.deleteIfExists(placed);
		}
		// a file that is clean adds no warning, even where others are flagged already
		String clean = "disbursement_id,regrant_id,date,amount,status\nD8,R2,2025-05-01,5,cancelled\n";
		try {
			HttpResponse<String> accepted = upload("disbursements-clean.csv", clean, OPERATOR);
			assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
			assertThat(JSON.readTree(accepted.body()).path("warnings")).isEmpty();
		}
		finally {
			Files.deleteIfExists(WORK.resolve("input/disbursements-clean.csv"));
		}
	}

	@Test
	void aRunThatRejectedFilesIsCompletedWithProblemsInItsJsonAndOnThePages() throws Exception {
		long clean = completedRun();
		JsonNode cleanRun = JSON.readTree(fetch("/api/runs/" + clean, VIEWER).body()).path("run");
		assertThat(cleanRun.path("completedWithProblems").asBoolean()).isFalse();
		Path bad = TinyInput.write(WORK.resolve("input"), "grants-bad.csv",
				PageFlowTests.GRANTS_HEADER + "G-BAD,ballmer,Bad,USD,12abc,2026-01-15,2026-01-01,2027-12-31,0\n");
		try {
			JsonNode run = runAndWait("2026-06-30");
			long runId = run.path("runId").asLong();
			assertThat(run.path("status").asString()).as("the status itself is kept").isEqualTo("COMPLETED");
			assertThat(run.path("completedWithProblems").asBoolean()).isTrue();
			JsonNode listed = JSON.readTree(fetch("/api/runs", VIEWER).body()).get(0);
			assertThat(listed.path("runId").asLong()).isEqualTo(runId);
			assertThat(listed.path("completedWithProblems").asBoolean()).isTrue();

			String dashboard = page("/");
			assertThat(dashboard).contains("Run " + runId + " completed with problems: 1 file rejected, 1 problem.")
				.containsPattern("<td data-label=\"Status\" class=\"status problems\">COMPLETED WITH PROBLEMS</td>\\s*"
						+ "<td[^>]*>2026-06-30</td>[\\s\\S]*?<td data-label=\"Rejected files\" class=\"number\">1</td>"
						+ "\\s*<td data-label=\"Problems\" class=\"number\">1</td>")
				.contains("<td data-label=\"Status\" class=\"status completed\">COMPLETED</td>");
			assertThat(page("/runs/" + runId))
				.contains("<strong id=\"status\" class=\"status problems\">COMPLETED WITH PROBLEMS</strong>",
						"Completed with problems: 1 input file rejected, 1 problem.", "grants-bad.csv:2:amount")
				.doesNotContain("class=\"status completed\">COMPLETED<");
			assertThat(page("/inputs")).contains("<span class=\"status problems\">COMPLETED WITH PROBLEMS</span>");
			assertThat(fetch("/pathway.css", null).body()).containsPattern("\\.status\\.problems[^}]*color: #8a4b00");
		}
		finally {
			Files.deleteIfExists(bad);
		}
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(user("viewer").roles(Users.VIEWER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MvcResult uploadPage(String name, String content) throws Exception {
		return this.mvc
			.perform(multipart("/inputs")
				.file(new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
				.with(operator())
				.with(csrf()))
			.andReturn();
	}

	private static RequestPostProcessor operator() {
		return user("operator").roles(Users.VIEWER, Users.OPERATOR);
	}

	private static List<Path> stagedUploads() throws Exception {
		Path uploads = WORK.resolve("data/uploads");
		if (!Files.isDirectory(uploads)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(uploads)) {
			return files.filter((file) -> file.getFileName().toString().startsWith("staged-")).toList();
		}
	}

}
