package org.pathway.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One real server (Tomcat on a free port, pages, API, actuator, pipeline, in-memory H2)
 * on the tiny input folder, shared by the hardening tests, with a clock they can move:
 * after each test it moves a day on, so no sign-in lock or count outlives its test.
 * Helpers call it as curl would (HTTP Basic, multipart uploads) or as a browser would (a
 * signed-in session with its CSRF token); MockMvc reaches the same application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "logging.threshold.console=WARN" })
@AutoConfigureMockMvc
@Import(MovableClock.Setup.class)
abstract class ServerTestBase {

	static final Path WORK = fresh(Path.of("target/web-server-tests").toAbsolutePath());

	static final String VIEWER = "viewer:" + WebFixture.VIEWER_PASSWORD;

	static final String OPERATOR = "operator:" + WebFixture.OPERATOR_PASSWORD;

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static Long completedRun;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@DynamicPropertySource
	static void server(DynamicPropertyRegistry registry) {
		WebFixture.register(registry, WORK, "server");
	}

	@AfterEach
	void forgetSignIns() {
		this.clock.move(Duration.ofDays(1));
	}

	HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
		HttpRequest.Builder request = request(path, user).method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null && !body.isEmpty()) {
			request.header("Content-Type", "application/json");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> fetch(String path, String user) throws Exception {
		return send("GET", path, user, null);
	}

	HttpRequest.Builder request(String path, String user) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (user != null) {
			request.header("Authorization", basic(user));
		}
		return request;
	}

	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Uploads through the API, with the file name written into the part's header as it is
	 * given (so it may hold bytes no browser would send).
	 */
	HttpResponse<String> upload(String path, String disposition, String content, String user) throws Exception {
		String boundary = "pathway-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; " + disposition
				+ "\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = request(path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> upload(String fileName, String content, String user) throws Exception {
		return upload("/api/inputs", "filename=\"" + fileName + "\"", content, user);
	}

	/** A browser's session: cookies kept, signed in through the form with its token. */
	final class Session {

		final HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		HttpResponse<String> get(String path) throws Exception {
			return this.browser.send(request(path, null).build(), HttpResponse.BodyHandlers.ofString());
		}

		/** Posts a form with the CSRF token of the page at {@code from}. */
		HttpResponse<String> post(String from, String path, String... fields) throws Exception {
			StringBuilder form = new StringBuilder("_csrf=" + token(get(from).body()));
			for (int i = 0; i < fields.length; i += 2) {
				form.append('&')
					.append(fields[i])
					.append('=')
					.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
			}
			return this.browser.send(request(path, null).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> signIn(String user, String password) throws Exception {
			return post("/login", "/login", "username", user, "password", password);
		}

		private static String token(String page) {
			Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
			assertThat(token.find()).as(page).isTrue();
			return token.group(1);
		}

	}

	/** The id of a completed run as of 2026-09-30, started once through the API. */
	long completedRun() throws Exception {
		if (completedRun == null) {
			completedRun = runAndWait("2026-09-30").path("runId").asLong();
		}
		return completedRun;
	}

	/** Starts a run through the API and returns its view once it has ended. */
	JsonNode runAndWait(String asOf) throws Exception {
		HttpResponse<String> started = send("POST", "/api/runs", OPERATOR, "{\"asOf\":\"" + asOf + "\"}");
		assertThat(started.statusCode()).as(started.body()).isIn(200, 202);
		long runId = JSON.readTree(started.body()).path("runId").asLong();
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode run = JSON.readTree(fetch("/api/runs/" + runId, VIEWER).body()).path("run");
			if (!List.of("STARTING", "STARTED", "STOPPING").contains(run.path("status").asString())) {
				return run;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("run " + runId + " did not end");
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
