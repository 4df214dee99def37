package org.pathway.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 11 item 7: an upload name with a NUL or another control character is a 400 with a
 * plain message (API and page), never a 500; every response carries a
 * Content-Security-Policy that allows no script, frame, plugin or foreign form target;
 * the session cookie is HttpOnly and SameSite=Lax; and no 400 names a Java type or an
 * exception.
 */
class ResponseHardeningTests extends ServerTestBase {

	static final String CSP = "default-src 'self'; base-uri 'none'; frame-ancestors 'none'; form-action 'self';"
			+ " object-src 'none'";

	/** What a 400 must never show. */
	static final List<String> INTERNALS = List.of("java.", "Exception", "Long", "'long'", "LocalDate", "Integer",
			"String", "org.", "jackson", "Failed to convert", "at org", "JSON parse");

	static final String CSV = "funder_id,name,contact_email\nnew-funder,New Funder,\n";

	@Test
	void anUploadNameWithANulOrAnotherControlCharacterIsAPlain400() throws Exception {
		for (String disposition : List.of("filename=\"funders-a\u0000b.csv\"", "filename*=UTF-8''funders-a%00b.csv",
				"filename*=UTF-8''funders%0D%0AX-Evil%3A%201.csv", "filename*=UTF-8''funders%1B%5B31m.csv",
				"filename=\"funders-\u0007.csv\"")) {
			HttpResponse<String> response = upload("/api/inputs", disposition, CSV, OPERATOR);
			assertThat(response.statusCode()).as(disposition + ": " + response.body()).isEqualTo(400);
			assertThat(response.body()).as(disposition)
				.contains("control character")
				.doesNotContain("\u0000", "\\u0000", "\u001b", "Nul", "X-Evil");
			assertThat(response.headers().firstValue("X-Evil")).isEmpty();
			assertThat(INTERNALS).noneMatch(response.body()::contains);
		}
		MvcResult page = this.mvc
			.perform(multipart("/inputs")
				.file(new MockMultipartFile("file", "funders-a\u0000b.csv", "text/csv",
						CSV.getBytes(StandardCharsets.UTF_8)))
				.with(user("operator").roles(Users.VIEWER, Users.OPERATOR))
				.with(csrf()))
			.andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(400);
		assertThat(page.getResponse().getContentAsString()).contains("The file was not taken", "control character")
			.doesNotContain("\u0000");
		assertThat(WORK.resolve("input")).isDirectoryNotContaining("glob:**/funders-*");
	}

	@Test
	void everyPageAndAnswerCarriesAContentSecurityPolicy() throws Exception {
		long runId = completedRun();
		for (String page : List.of("/", "/reports", "/inputs", "/deliveries", "/runs/" + runId, "/runs/987654",
				"/no-such-page")) {
			MvcResult result = this.mvc.perform(get(page).with(user("viewer").roles(Users.VIEWER))).andReturn();
			assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(page).isEqualTo(CSP);
			assertThat(result.getResponse().getContentAsString()).as(page)
				.doesNotContain("<script", "style=\"", "<style", " onclick=", "javascript:");
		}
		assertThat(this.mvc.perform(get("/login").with(anonymous()))
			.andReturn()
			.getResponse()
			.getHeader("Content-Security-Policy")).isEqualTo(CSP);
		for (String path : List.of("/login", "/api/runs", "/actuator/health", "/pathway.css")) {
			HttpResponse<String> response = fetch(path, path.startsWith("/api") ? VIEWER : null);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValue(CSP);
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
		}
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
		Session browser = new Session();
		HttpResponse<String> login = browser.get("/login");
		String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax");
		HttpResponse<String> signedIn = browser.signIn("viewer", WebFixture.VIEWER_PASSWORD);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
		assertThat(signedIn.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly", "SameSite=Lax");
		assertThat(browser.get("/").body()).contains("Signed in as <strong>viewer</strong>");
	}

	@Test
	void badRequestsToTheApiSayWhatIsWrongWithoutJavaTypesOrExceptions() throws Exception {
		List<String[]> probes = List.of(new String[] { "GET", "/api/runs/abc", null },
				new String[] { "GET", "/api/runs?limit=abc", null },
				new String[] { "GET", "/api/reports?date=notadate", null },
				new String[] { "GET", "/api/reports?date=2026-02-30", null },
				new String[] { "GET", "/api/deliveries/abc", null },
				new String[] { "POST", "/api/runs", "{\"asOf\": 20260930}" },
				new String[] { "POST", "/api/runs", "{\"asOf\": \"30/09/2026\"}" },
				new String[] { "POST", "/api/runs", "{\"funders\": 5}" },
				new String[] { "POST", "/api/runs", "{\"reports\": {\"a\": 1}}" },
				new String[] { "POST", "/api/runs", "not json" }, new String[] { "POST", "/api/runs/abc/restart", "" },
				new String[] { "POST", "/api/inputs", "{\"file\": \"x\"}" },
				new String[] { "POST", "/api/inputs?replace=maybe", "{}" });
		for (String[] probe : probes) {
			HttpResponse<String> response = send(probe[0], probe[1], OPERATOR, probe[2]);
			String what = probe[0] + " " + probe[1] + " " + probe[2] + " -> " + response.body();
			assertThat(response.statusCode()).as(what).isEqualTo(400);
			assertThat(response.body()).as(what).startsWith("{\"error\":\"bad request: ");
			assertThat(INTERNALS).as(what).noneMatch(response.body()::contains);
		}
		assertThat(fetch("/api/runs/abc", VIEWER).body())
			.isEqualTo("{\"error\":\"bad request: 'abc' is not a valid run id: expected a whole number\"}");
		assertThat(fetch("/api/reports?date=notadate", VIEWER).body()).contains("'notadate' is not a valid date",
				"a date such as 2026-09-30");
		assertThat(send("POST", "/api/runs", OPERATOR, "{\"asOf\": 20260930}").body())
			.contains("'20260930' is not a valid as-of date");
		// the other mistakes of a request keep their own status, in words
		HttpResponse<String> put = send("PUT", "/api/runs", OPERATOR, "{}");
		assertThat(put.statusCode()).isEqualTo(405);
		assertThat(INTERNALS).noneMatch(put.body()::contains);
		HttpResponse<String> text = this.http.send(request("/api/runs", OPERATOR).header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("2026-09-30"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(text.statusCode()).as("not a 500").isEqualTo(415);
		assertThat(text.body()).isEqualTo("{\"error\":\"unsupported media type\"}");
	}

	@Test
	void badRequestsToThePagesSayWhatIsWrongWithoutJavaTypesOrExceptions() throws Exception {
		for (String page : List.of("/runs/abc", "/reports?date=notadate")) {
			MvcResult result = this.mvc.perform(get(page).with(user("viewer").roles(Users.VIEWER))).andReturn();
			assertThat(result.getResponse().getStatus()).as(page).isEqualTo(400);
			assertThat(INTERNALS).as(page).noneMatch(result.getResponse().getContentAsString()::contains);
		}
		MvcResult runNow = this.mvc
			.perform(post("/runs").param("asOf", "notadate")
				.with(user("operator").roles(Users.VIEWER, Users.OPERATOR))
				.with(csrf()))
			.andReturn();
		assertThat(runNow.getResponse().getStatus()).isEqualTo(400);
		assertThat(runNow.getResponse().getContentAsString())
			.contains("is not a valid as-of date: expected a date such as 2026-09-30");
		assertThat(INTERNALS).noneMatch(runNow.getResponse().getContentAsString()::contains);
	}

}
