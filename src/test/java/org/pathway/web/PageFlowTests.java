package org.pathway.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pathway.pipeline.InputUploads;
import org.pathway.pipeline.RunLauncher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What staff do on the pages: run now and watch the run, read the headline figures,
 * download reports by id, and upload input files that are placed only when valid.
 */
class PageFlowTests extends PagesTestBase {

	static final String GRANTS_HEADER = "grant_id,funder_id,title,currency,amount,award_date,start_date,end_date,"
			+ "regrant_pool_amount\n";

	@Autowired
	RunLauncher launcher;

	@Autowired
	InputUploads uploads;

	@Test
	void theRunPageShowsStatusStepFilesAndNoRefreshOnceDone() throws Exception {
		long runId = completedRun();
		String page = page("/runs/" + runId, viewer());
		assertThat(page).contains("<strong id=\"status\" class=\"status completed\">COMPLETED</strong>",
				"<dd>" + AS_OF + "</dd>", "<th scope=\"row\">grants.csv</th>", "<th scope=\"row\">regrants.csv</th>",
				">accepted<", "Input problems (0)", "href=\"/reports?date=" + AS_OF + "\"");
		assertThat(page).doesNotContain("http-equiv=\"refresh\"", "action=\"/runs/" + runId + "/stop\"",
				"action=\"/runs/" + runId + "/restart\"");
		assertThat(flashAfter(runId, "stop")).isEqualTo("Not done: run " + runId + " is not running");
		assertThat(flashAfter(runId, "restart"))
			.isEqualTo("Not done: run " + runId + " has completed; there is nothing to restart");
	}

	private Object flashAfter(long runId, String action) throws Exception {
		return this.mvc.perform(post("/runs/" + runId + "/" + action).with(operator()).with(csrf()))
			.andExpect(redirectedUrl("/runs/" + runId))
			.andReturn()
			.getFlashMap()
			.get("message");
	}

	@Test
	void theDashboardShowsTheLastRunsAndTheHeadlineFiguresOfTheLatestCompletedOne() throws Exception {
		long runId = completedRun();
		String page = page("/", operator());
		assertThat(page).contains("href=\"/runs/" + runId + "\"", ">COMPLETED<", "no schedule",
				"Additional young people on a path", "Progress to the plan goal", "Share of the plan period elapsed",
				"<td class=\"number\">USD 175,000,000.00</td>", "<td class=\"number\">EUR 2,000,000.50</td>",
				"<td class=\"number\">USD 3,750,000.75</td>", "<label for=\"asOf\">As-of date</label>");
	}

	@Test
	void askingAgainForACompletedIdenticalRunShowsItInsteadOfRunningAgain() throws Exception {
		completedRun();
		long runId = runNow();
		awaitEnd(runId);
		MvcResult again = this.mvc.perform(post("/runs").param("asOf", AS_OF).with(operator()).with(csrf()))
			.andExpect(redirectedUrl("/runs/" + runId))
			.andReturn();
		String page = this.mvc.perform(get("/runs/" + runId).with(operator()).flashAttrs(again.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("An identical run", "nothing was run again");
	}

	@Test
	void aStartRefusedWhileSomethingHoldsTheRunSlotSaysWhyOnTheDashboard() throws Exception {
		completedRun();
		CountDownLatch release = new CountDownLatch(1);
		Thread holder = new Thread(() -> {
			try {
				this.uploads.accept("grants-held.csv", new InputStream() {
					@Override
					public int read() throws java.io.IOException {
						try {
							release.await(30, TimeUnit.SECONDS);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
						}
						return -1;
					}
				}, InputUploads.IfExists.ASK);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		holder.start();
		try {
			while (!this.launcher.busy()) {
				Thread.sleep(10);
			}
			MvcResult refused = this.mvc
				.perform(post("/runs").param("asOf", "2026-09-29").with(operator()).with(csrf()))
				.andExpect(redirectedUrl("/"))
				.andReturn();
			String dashboard = this.mvc.perform(get("/").with(operator()).flashAttrs(refused.getFlashMap()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(dashboard)
				.contains("The run was not started: refused: an upload of grants-held.csv is in progress");
		}
		finally {
			release.countDown();
			holder.join(30_000);
		}
		assertThat(WORK.resolve("input/grants-held.csv")).doesNotExist();
	}

	@Test
	void reportsAreListedByDateAndDownloadedByIdWithTheManifestsChecksum() throws Exception {
		completedRun();
		String page = page("/reports", viewer());
		assertThat(page).contains("Reports as of " + AS_OF, "strategic-plan-" + AS_OF + ".xlsx");
		Matcher link = Pattern.compile("href=\"(/reports/[0-9a-f]{32}/download)\"[^>]*>ballmer-" + AS_OF + "\\.pdf<")
			.matcher(page);
		assertThat(link.find()).as(page).isTrue();
		byte[] pdf = this.mvc.perform(get(link.group(1)).with(viewer()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(WebFixture.sha256(pdf)).isEqualTo(WebFixture.manifestSha256(WORK.resolve("output"), AS_OF,
				"funder-report/ballmer/ballmer-" + AS_OF + ".pdf"));
		assertThat(page("/reports?date=2020-01-01", viewer())).contains("No reports as of 2020-01-01.");
	}

	@Test
	void anInvalidUploadListsEveryProblemAndLeavesTheInputFolderAsItWas() throws Exception {
		completedRun();
		Map<Path, Long> before = listing();
		String bad = GRANTS_HEADER + "G-NEW,ballmer,New grant,USD,\"1,000.50\",2026-01-15,2026-01-01,2027-12-31,0\n"
				+ "G-NEW2,ballmer,Other grant,USD,500,2026-02-30,2026-01-01,2027-12-31,0\n";
		String page = this.mvc
			.perform(multipart("/inputs").file(file("grants-2027.csv", bad)).with(operator()).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("grants-2027.csv was rejected: nothing was placed", "grants-2027.csv:2:amount: ",
				"grants-2027.csv:3:award_date: ");
		assertThat(listing()).isEqualTo(before);
		String badName = this.mvc
			.perform(multipart("/inputs").file(file("../grants.csv", "x")).with(operator()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(badName).contains("The file was not taken", "is not a plain file name");
		assertThat(listing()).isEqualTo(before);
	}

	@Test
	void aValidUploadIsPlacedAndTheInputsPageShowsWhatEachFileContributed() throws Exception {
		completedRun();
		String good = GRANTS_HEADER + "G-NEW,ballmer,New grant,USD,1000.50,2026-01-15,2026-01-01,2027-12-31,0\n";
		Path placed = WORK.resolve("input/grants-2027.csv");
		try {
			String page = this.mvc
				.perform(multipart("/inputs").file(file("grants-2027.csv", good)).with(operator()).with(csrf()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("grants-2027.csv is valid and was placed in the input folder", "grants, 1 rows");
			assertThat(placed).hasContent(good);
			assertThat(page("/inputs", viewer())).contains("Only operators can upload files.")
				.containsPattern("grants\\.csv</th>\\s*<td>grants</td>\\s*<td class=\"status (accepted|unchanged)\">"
						+ "(accepted|unchanged)</td>\\s*<td class=\"number\">2</td>")
				.containsPattern("youth_milestones\\.csv</th>\\s*<td>youth_milestones</td>");
		}
		finally {
			Files.deleteIfExists(placed);
		}
	}

	private static MockMultipartFile file(String name, String content) {
		return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

	private static Map<Path, Long> listing() throws java.io.IOException {
		try (Stream<Path> files = Files.list(WORK.resolve("input"))) {
			return files.collect(java.util.stream.Collectors.toMap((file) -> file.getFileName(),
					(file) -> file.toFile().length() ^ file.toFile().lastModified()));
		}
	}

}
