package org.pathway.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.pathway.pipeline.RunHistory;
import org.pathway.pipeline.RunView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One whole server application (pages, security, pipeline, in-memory H2) shared by the
 * page tests, on the tiny input folder, with helpers to act as a viewer or an operator
 * and to get a completed run as of {@link #AS_OF}.
 */
@SpringBootTest(properties = { "spring.main.web-application-type=servlet", "logging.threshold.console=WARN" })
@AutoConfigureMockMvc
abstract class PagesTestBase {

	static final Path WORK = fresh(Path.of("target/web-pages-tests").toAbsolutePath());

	static final String AS_OF = "2026-09-30";

	private static Long completedRun;

	@Autowired
	MockMvc mvc;

	@Autowired
	RunHistory history;

	@DynamicPropertySource
	static void server(DynamicPropertyRegistry registry) {
		WebFixture.register(registry, WORK, "pages");
	}

	static RequestPostProcessor viewer() {
		return user("viewer").roles(Users.VIEWER);
	}

	static RequestPostProcessor operator() {
		return user("operator").roles(Users.VIEWER, Users.OPERATOR);
	}

	String page(String url, RequestPostProcessor who) throws Exception {
		return this.mvc.perform(get(url).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * The id of a completed run as of {@link #AS_OF}, started once with "Run now" by an
	 * operator, who is sent to the run's page.
	 */
	long completedRun() throws Exception {
		if (completedRun == null) {
			long runId = runNow();
			String first = page("/runs/" + runId, operator());
			assertThat(first).contains("<h1>Run " + runId + "</h1>");
			if (first.contains(">STARTED<")) {
				assertThat(first).contains("<meta http-equiv=\"refresh\" content=\"2\">", "Current step",
						"action=\"/runs/" + runId + "/stop\"");
				if (first.contains("<progress")) {
					assertThat(first).containsPattern("<span id=\"percent\">\\d+ %</span>").contains(" rows/s");
				}
			}
			awaitEnd(runId);
			completedRun = runId;
		}
		return completedRun;
	}

	/** Presses "Run now" as of {@link #AS_OF} and returns the run it leads to. */
	long runNow() throws Exception {
		MvcResult started = this.mvc.perform(post("/runs").param("asOf", AS_OF).with(operator()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Matcher location = Pattern.compile("^/runs/(\\d+)$").matcher(started.getResponse().getRedirectedUrl());
		assertThat(location.matches()).as(started.getResponse().getRedirectedUrl()).isTrue();
		return Long.parseLong(location.group(1));
	}

	RunView awaitEnd(long runId) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		RunView run = this.history.find(runId).orElseThrow();
		while (run.running() && System.nanoTime() < deadline) {
			Thread.sleep(100);
			run = this.history.find(runId).orElseThrow();
		}
		assertThat(run.status()).as(run.failure()).isEqualTo("COMPLETED");
		return run;
	}

	private static Path fresh(Path folder) {
		if (Files.exists(folder)) {
			try (Stream<Path> files = Files.walk(folder)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return folder;
	}

}
