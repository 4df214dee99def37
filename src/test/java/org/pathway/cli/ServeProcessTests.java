package org.pathway.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.PathwayApplication;
import org.pathway.generate.SampleGenerator;
import org.pathway.support.TinyInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} as a real process: the scheduler, the API and the command line asking for
 * the same run at the same moment make exactly one execution, whose funder reports the
 * server then e-mails once; a server killed with SIGKILL mid-run recovers the run at its
 * next start, a restart resumes it, and a stopped run stops at the next file and resumes
 * too.
 */
class ServeProcessTests {

	private static final Pattern SERVING = Pattern.compile("serving http://localhost:(\\d+)/");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String OPERATOR = "operator:operator-password-1";

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path work;

	private Process server;

	private GreenMail smtp;

	private int port;

	@AfterEach
	void stopServer() throws InterruptedException {
		if (this.smtp != null) {
			this.smtp.stop();
		}
		if (this.server != null && this.server.isAlive()) {
			this.server.destroy();
			this.server.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void schedulerApiAndCommandLineAtOnceMakeExactlyOneExecution() throws Exception {
		Path input = TinyInput.write(this.work.resolve("input"));
		GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		this.smtp = smtp;
		Path data = configure("*/10 * * * * *", "spring.mail.host=127.0.0.1",
				"spring.mail.port=" + smtp.getSmtp().getPort(), "pathway.delivery.auto-approve=true",
				"pathway.delivery.poll=1s");
		startServer(input, data);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);

		// the scheduler fires on the next 10-second boundary: the API and the CLI ask
		// then too
		long boundary = (Instant.now().toEpochMilli() / 10_000 + 1) * 10_000;
		if (boundary - Instant.now().toEpochMilli() < 1_500) {
			boundary += 10_000;
		}
		Thread.sleep(boundary - Instant.now().toEpochMilli());
		ByteArrayOutputStream cliErr = new ByteArrayOutputStream();
		ExecutorService askers = Executors.newFixedThreadPool(2);
		Future<HttpResponse<String>> api = askers.submit(() -> post("/api/runs", "{\"asOf\":\"" + today + "\"}"));
		Future<Integer> cli = askers
			.submit((Callable<Integer>) () -> new Cli(new PrintStream(new ByteArrayOutputStream()),
					new PrintStream(cliErr, true, StandardCharsets.UTF_8))
				.run("run", "--input", input.toString(), "--output", this.work.resolve("output").toString(), "--data",
						data.toString(), "--as-of", today.toString()));
		assertThat(cli.get(1, TimeUnit.MINUTES)).isEqualTo(3);
		assertThat(cliErr.toString(StandardCharsets.UTF_8)).contains("a Pathway server (pid")
			.contains("holds the data folder");
		assertThat(api.get(1, TimeUnit.MINUTES).statusCode()).isIn(200, 202, 409);
		askers.shutdown();

		waitForLog(data, "Nightly run as of " + today + ": run 1 ");
		JsonNode runs = waitUntilIdle();
		assertThat(runs).hasSize(1);
		assertThat(runs.get(0).path("executions").asInt()).isEqualTo(1);
		assertThat(runs.get(0).path("status").asString()).isEqualTo("COMPLETED");
		assertThat(runs.get(0).path("asOf").asString()).isEqualTo(today.toString());
		// ten seconds later the schedule fires again: the day has run, so nothing starts
		waitForLog(data, "The nightly run as of " + today + " has already run; skipped");
		assertThat(get("/api/runs")).hasSize(1);
		// the server's sender delivered the one run's reports, once, to the funder with
		// addresses
		waitForLog(data, "Delivered ballmer as of " + today);
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Ballmer Group: funder report as of " + today);
		JsonNode deliveries = get("/api/deliveries");
		assertThat(deliveries.findValuesAsString("status")).containsExactlyInAnyOrder("sent", "not_deliverable");
	}

	@Test
	void aServerKilledMidRunRecoversItAtStartAndRestartsAndStopsResumeIt() throws Exception {
		Path input = this.work.resolve("input");
		SampleGenerator.generate(SampleGenerator.Scale.SMALL, 11, input, 3_000_000);
		Path data = configure("0 0 2 * * *");
		startServer(input, data);
		assertThat(post("/api/runs", "{\"asOf\":\"2026-09-30\"}").statusCode()).isEqualTo(202);
		waitForLog(data, "Loading youth_milestones");
		Thread.sleep(100);
		this.server.destroyForcibly();
		this.server.waitFor(30, TimeUnit.SECONDS);
		assertThat(this.server.exitValue()).as("killed by SIGKILL").isEqualTo(137);
		long logBefore = Files.size(data.resolve("pathway.log"));

		startServer(input, data);
		JsonNode recovered = get("/api/runs/1").path("run");
		assertThat(recovered.path("status").asString()).isEqualTo("FAILED");
		assertThat(log(data)).contains("Recovering run 1");

		HttpResponse<String> restart = post("/api/runs/1/restart", "");
		assertThat(restart.statusCode()).as(restart.body()).isEqualTo(202);
		// stopped at once: it stops at its next safe point, after the file being loaded
		HttpResponse<String> stop = post("/api/runs/1/stop", "");
		assertThat(stop.statusCode()).as(stop.body()).isEqualTo(202);
		JsonNode stopped = waitUntilIdle();
		assertThat(stopped.get(0).path("status").asString()).isEqualTo("STOPPED");
		assertThat(stopped.get(0).path("executions").asInt()).isEqualTo(2);

		HttpResponse<String> resumed = post("/api/runs/1/restart", "");
		assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(202);
		assertThat(post("/api/runs/1/restart", "").statusCode()).as("already running").isEqualTo(409);
		JsonNode runs = waitUntilIdle();
		assertThat(runs).hasSize(1);
		assertThat(runs.get(0).path("status").asString()).isEqualTo("COMPLETED");
		assertThat(runs.get(0).path("executions").asInt()).isEqualTo(3);
		// resumed, not started again: after the kill only the file that was cut off was
		// loaded
		String afterKill = log(data).substring((int) logBefore);
		assertThat(afterKill).contains("Loading youth_milestones")
			.doesNotContain("Loading grants")
			.doesNotContain("Loading members");
		JsonNode reports = get("/api/reports?date=2026-09-30").path("reports");
		assertThat(reports.size()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void aServerStoppedWithSigtermLeavesItsRunStoppedAndTheSameRunResumes() throws Exception {
		Path input = this.work.resolve("input");
		SampleGenerator.generate(SampleGenerator.Scale.SMALL, 11, input, 3_000_000);
		Path data = configure("0 0 2 * * *");
		startServer(input, data);
		assertThat(post("/api/runs", "{\"asOf\":\"2026-09-30\"}").statusCode()).isEqualTo(202);
		waitForLog(data, "Loading youth_milestones");
		this.server.destroy();
		assertThat(this.server.waitFor(90, TimeUnit.SECONDS)).isTrue();
		assertThat(log(data)).contains("Stopping run 1 at its next safe point, for a shutdown")
			.contains("Run 1 stopped as asked")
			.doesNotContain("Recovering run 1");

		Console console = new Console();
		assertThat(console.run("runs", "--data", data.toString())).isZero();
		assertThat(console.out()).containsPattern("\\s1\\s+run\\s+STOPPED\\s+2026-09-30");
		console.clear();
		assertThat(console.run("restart", "1", "--data", data.toString())).as(console.err()).isZero();
		assertThat(console.out()).contains("Pathway run 1 of");
		console.clear();
		assertThat(console.run("runs", "--data", data.toString())).isZero();
		assertThat(console.out()).containsPattern("\\s1\\s+run\\s+COMPLETED\\s+2026-09-30");
		assertThat(log(data)).doesNotContain("Recovering run 1");
	}

	/** A data folder whose configuration has an operator and the given schedule. */
	private Path configure(String cron, String... more) throws IOException {
		Path data = Files.createDirectories(this.work.resolve("data"));
		String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("operator-password-1");
		List<String> lines = new java.util.ArrayList<>(List.of("pathway.users.operator.password=" + hash,
				"pathway.users.operator.role=operator", "pathway.schedule.cron=" + cron, "pathway.schedule.zone=UTC"));
		lines.addAll(List.of(more));
		Files.writeString(data.resolve("pathway.properties"), String.join("\n", lines) + "\n");
		return data;
	}

	private void startServer(Path input, Path data) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path out = this.work.resolve("server-" + System.nanoTime() + ".txt");
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				PathwayApplication.class.getName(), "serve", "--port", "0", "--input", input.toString(), "--output",
				this.work.resolve("output").toString(), "--data", data.toString());
		builder.redirectErrorStream(true);
		builder.redirectOutput(out.toFile());
		this.server = builder.start();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (System.nanoTime() < deadline && this.server.isAlive()) {
			Matcher serving = SERVING.matcher(Files.readString(out));
			if (serving.find()) {
				this.port = Integer.parseInt(serving.group(1));
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the server did not start: " + Files.readString(out));
	}

	private JsonNode waitUntilIdle() throws Exception {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
		while (System.nanoTime() < deadline) {
			JsonNode runs = get("/api/runs");
			boolean running = false;
			for (JsonNode run : runs) {
				running |= List.of("STARTING", "STARTED", "STOPPING").contains(run.path("status").asString());
			}
			if (!running && !runs.isEmpty()) {
				return runs;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("runs did not finish: " + get("/api/runs"));
	}

	private static void waitForLog(Path data, String text) throws Exception {
		waitForLog(data, 0, text);
	}

	private static void waitForLog(Path data, long from, String text) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (System.nanoTime() < deadline) {
			if (log(data).substring((int) from).contains(text)) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("never saw '" + text + "' in the log:\n" + log(data));
	}

	private static String log(Path data) throws IOException {
		Path log = data.resolve("pathway.log");
		return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
	}

	private JsonNode get(String path) throws Exception {
		HttpResponse<String> response = this.http.send(request(path).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return this.http.send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(OPERATOR.getBytes(StandardCharsets.UTF_8)));
	}

}
