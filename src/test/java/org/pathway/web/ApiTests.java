package org.pathway.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.pathway.support.TinyInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API over real HTTP, as curl would use it: who may call what (anonymous,
 * viewer, operator against every endpoint), a run from start to downloaded reports, the
 * opaque report ids that no path can forge, and uploads that reach the input folder only
 * when valid.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "spring.datasource.url=jdbc:h2:mem:api-tests" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiTests {

	static final Path WORK;

	static final String VIEWER = "viewer:viewer-password-1";

	static final String OPERATOR = "operator:operator-password-1";

	static {
		try {
			WORK = Files.createTempDirectory("pathway-api");
			TinyInput.write(WORK.resolve("input"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		registry.add("pathway.folders.input", () -> WORK.resolve("input").toString());
		registry.add("pathway.folders.output", () -> WORK.resolve("output").toString());
		registry.add("pathway.folders.data", () -> WORK.resolve("data").toString());
		registry.add("pathway.users.viewer.password", () -> encoder.encode("viewer-password-1"));
		registry.add("pathway.users.viewer.role", () -> "viewer");
		registry.add("pathway.users.operator.password", () -> encoder.encode("operator-password-1"));
		registry.add("pathway.users.operator.role", () -> "operator");
	}

	@Test
	@Order(1)
	void anonymousCallsAreChallengedAndOnlyHealthAndInfoAreOpen() throws Exception {
		for (String[] call : endpoints()) {
			HttpResponse<String> response = send(call[0], call[1], null, null);
			assertThat(response.statusCode()).as(call[0] + " " + call[1]).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).as(call[1])
				.hasValue("Basic realm=\"Pathway\"");
			assertThat(response.body()).as(call[1]).doesNotContain("Exception").contains("sign in");
		}
		assertThat(send("GET", "/actuator/health", null, null).body())
			.isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
		assertThat(send("GET", "/actuator/info", null, null).statusCode()).isEqualTo(200);
		for (String closed : List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump")) {
			int status = send("GET", closed, OPERATOR, null).statusCode();
			assertThat(status).as(closed).isIn(401, 403, 404);
		}
		// no H2 console: a page that would need signing in, and is not there when signed
		// in
		HttpResponse<String> console = send("GET", "/h2-console", null, null);
		assertThat(console.statusCode()).isEqualTo(302);
		assertThat(console.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(send("GET", "/api/runs", "viewer:wrong-password", null).statusCode()).isEqualTo(401);
	}

	@Test
	@Order(2)
	void viewersSeeAndDownloadButCannotChangeAnything() throws Exception {
		for (String[] call : endpoints()) {
			int status = send(call[0], call[1], VIEWER, call[2]).statusCode();
			if (call[0].equals("GET")) {
				assertThat(status).as(call[1]).isIn(200, 404);
			}
			else {
				assertThat(status).as(call[0] + " " + call[1]).isEqualTo(403);
			}
		}
		assertThat(Files.exists(WORK.resolve("output"))).as("nothing ran").isFalse();
	}

	@Test
	@Order(3)
	void anOperatorRunsOnceAndAskingAgainReturnsTheSameRun() throws Exception {
		HttpResponse<String> started = send("POST", "/api/runs", OPERATOR, "{\"asOf\":\"2026-09-30\"}");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		JsonNode ticket = JSON.readTree(started.body());
		long runId = ticket.path("runId").asLong();
		assertThat(started.headers().firstValue("Location")).hasValue("/api/runs/" + runId);
		JsonNode run = waitUntilDone(runId);
		assertThat(run.path("run").path("status").asString()).isEqualTo("COMPLETED");
		assertThat(run.path("run").path("asOf").asString()).isEqualTo("2026-09-30");
		assertThat(run.path("run").path("files")).hasSize(10);
		assertThat(run.path("run").path("progress").isNull()).isTrue();

		HttpResponse<String> again = send("POST", "/api/runs", OPERATOR, "{\"asOf\":\"2026-09-30\"}");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(again.body()).path("runId").asLong()).isEqualTo(runId);
		assertThat(JSON.readTree(again.body()).path("alreadyDone").asBoolean()).isTrue();
		JsonNode runs = JSON.readTree(send("GET", "/api/runs", VIEWER, null).body());
		assertThat(runs).hasSize(1);
		assertThat(runs.get(0).path("executions").asInt()).isEqualTo(1);

		assertThat(send("POST", "/api/runs/" + runId + "/restart", OPERATOR, "").statusCode()).isEqualTo(409);
		assertThat(send("POST", "/api/runs/" + runId + "/stop", OPERATOR, "").statusCode()).isEqualTo(409);
		assertThat(send("POST", "/api/runs/999/restart", OPERATOR, "").statusCode()).isEqualTo(404);
		assertThat(send("GET", "/api/runs/999", VIEWER, null).statusCode()).isEqualTo(404);
		assertThat(send("GET", "/api/runs/abc", VIEWER, null).statusCode()).isEqualTo(400);
		HttpResponse<String> badDate = send("POST", "/api/runs", OPERATOR, "{\"asOf\":\"30/09/2026\"}");
		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(badDate.body()).doesNotContain("at org.");
	}

	@Test
	@Order(4)
	void reportsAreListedByDateAndDownloadedByOpaqueIdOnly() throws Exception {
		JsonNode listing = JSON.readTree(send("GET", "/api/reports?date=2026-09-30", VIEWER, null).body());
		Map<String, String> manifest = manifestChecksums();
		assertThat(listing.path("reports")).hasSize(manifest.size());
		for (JsonNode report : listing.path("reports")) {
			HttpResponse<byte[]> file = http.send(request("GET", report.path("href").asString(), VIEWER, null),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(file.statusCode()).isEqualTo(200);
			String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body()));
			assertThat(sha256).as(report.path("file").asString())
				.isEqualTo(manifest.get(report.path("file").asString()));
			assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
				.contains(report.path("file").asString());
		}
		assertThat(listing.path("reports").findValuesAsString("format")).contains("pdf", "xlsx");
		for (String forged : List.of("..%2F..%2Fdata%2Fpathway.log", "%2e%2e%2fmanifest.json",
				"00000000000000000000000000000000", "2026-09-30%2Fmanifest.json", "manifest.json",
				"..%5C..%5Cinput%5Cgrants.csv")) {
			HttpResponse<String> response = send("GET", "/api/reports/" + forged, VIEWER, null);
			assertThat(response.statusCode()).as(forged).isIn(400, 404);
			assertThat(response.body()).as(forged).doesNotContain("ballmer").doesNotContain("grant_id");
		}
	}

	@Test
	@Order(5)
	void anInvalidUploadIsRefusedWithEveryProblemAndLeavesTheInputFolderAsItWas() throws Exception {
		Map<String, String> before = checksums(WORK.resolve("input"));
		String bad = "disbursement_id,regrant_id,date,amount,status\nD1,R-NOPE,2025-13-01,12abc,paid\n";
		HttpResponse<String> refused = upload("disbursements.csv", bad, OPERATOR);
		assertThat(refused.statusCode()).isEqualTo(422);
		JsonNode body = JSON.readTree(refused.body());
		assertThat(body.path("valid").asBoolean()).isFalse();
		assertThat(body.path("problems").toString()).contains("disbursements.csv:2:date")
			.contains("disbursements.csv:2:amount");
		assertThat(checksums(WORK.resolve("input"))).isEqualTo(before);

		assertThat(upload("../disbursements.csv", bad, OPERATOR).statusCode()).isEqualTo(400);
		assertThat(upload("notes.txt", "hello", OPERATOR).statusCode()).isEqualTo(400);
		assertThat(upload("disbursements.csv", bad, VIEWER).statusCode()).isEqualTo(403);
		assertThat(checksums(WORK.resolve("input"))).isEqualTo(before);
	}

	@Test
	@Order(6)
	void aValidUploadIsPlacedInTheInputFolder() throws Exception {
		String original = Files.readString(WORK.resolve("input/disbursements.csv"));
		String edited = original.replace("D4,R3,2025-04-15,400000,paid", "D4,R3,2025-04-15,399000,paid");
		assertThat(edited).isNotEqualTo(original);
		HttpResponse<String> asked = upload("disbursements.csv", edited, OPERATOR);
		assertThat(asked.statusCode()).as("a file of that name is there").isEqualTo(409);
		assertThat(Files.readString(WORK.resolve("input/disbursements.csv"))).isEqualTo(original);
		HttpResponse<String> accepted = upload("disbursements.csv?replace=true", edited, OPERATOR);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		assertThat(JSON.readTree(accepted.body()).path("records").asLong()).isEqualTo(edited.lines().count() - 1);
		assertThat(Files.readString(WORK.resolve("input/disbursements.csv"))).isEqualTo(edited);
		try (Stream<Path> files = Files.list(WORK.resolve("input"))) {
			assertThat(files.map((file) -> file.getFileName().toString())).noneMatch((name) -> name.startsWith("."));
		}
		JsonNode inputs = JSON.readTree(send("GET", "/api/inputs", VIEWER, null).body());
		assertThat(inputs.path("files").findValuesAsString("path")).contains("disbursements.csv", "grants.csv");
	}

	private JsonNode waitUntilDone(long runId) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode run = JSON.readTree(send("GET", "/api/runs/" + runId, VIEWER, null).body());
			if (!List.of("STARTING", "STARTED", "STOPPING").contains(run.path("run").path("status").asString())) {
				return run;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("run " + runId + " did not end");
	}

	/** Method, path, body of every API endpoint. */
	private static List<String[]> endpoints() {
		return List.of(new String[] { "GET", "/api/runs", null }, new String[] { "GET", "/api/runs/1", null },
				new String[] { "POST", "/api/runs", "{}" }, new String[] { "POST", "/api/runs/1/restart", "" },
				new String[] { "POST", "/api/runs/1/stop", "" }, new String[] { "GET", "/api/reports", null },
				new String[] { "GET", "/api/reports/0123456789abcdef0123456789abcdef", null },
				new String[] { "GET", "/api/inputs", null }, new String[] { "POST", "/api/inputs", "" });
	}

	private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
		return this.http.send(request(method, path, user, body), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest request(String method, String path, String user, String body) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null && !body.isEmpty()) {
			builder.header("Content-Type", "application/json");
		}
		if (user != null) {
			builder.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
		}
		return builder.build();
	}

	/**
	 * Uploads through the API; a name such as {@code x.csv?replace=true} adds a query.
	 */
	private HttpResponse<String> upload(String nameAndQuery, String content, String user) throws Exception {
		int question = nameAndQuery.indexOf('?');
		String name = (question < 0) ? nameAndQuery : nameAndQuery.substring(0, question);
		String query = (question < 0) ? "" : nameAndQuery.substring(question);
		String boundary = "pathway-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/inputs" + query))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static Map<String, String> manifestChecksums() throws IOException {
		JsonNode manifest = JSON.readTree(Files.readString(WORK.resolve("output/2026-09-30/manifest.json")));
		Map<String, String> sums = new TreeMap<>();
		for (JsonNode out : manifest.path("outputs")) {
			String path = out.path("path").asString();
			sums.put(path.substring(path.lastIndexOf('/') + 1), out.path("sha256").asString());
		}
		return sums;
	}

	private static Map<String, String> checksums(Path folder) throws Exception {
		Map<String, String> sums = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				sums.put(file.getFileName().toString(), HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
			}
		}
		return sums;
	}

}
