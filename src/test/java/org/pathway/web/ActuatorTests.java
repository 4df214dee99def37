package org.pathway.web;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11 item 9: the health probes are public, as orchestrators need; the Prometheus
 * scrape has Spring Batch's metrics of a real run and needs a viewer (HTTP Basic, as
 * scrapers sign in, or a signed-in session); info has the build; every other actuator
 * endpoint stays closed.
 */
class ActuatorTests extends ServerTestBase {

	@Test
	void theLivenessAndReadinessProbesArePublic() throws Exception {
		for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
			HttpResponse<String> response = fetch(probe, null);
			assertThat(response.statusCode()).as(probe).isEqualTo(200);
			assertThat(response.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
		}
		assertThat(fetch("/actuator/health", null).body())
			.isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
		assertThat(fetch("/actuator/health/db", null).statusCode()).as("no component by name").isIn(401, 403, 404);
	}

	@Test
	void prometheusScrapesSpringBatchMetricsOfARealRunForViewersOnly() throws Exception {
		JsonNode run = runAndWait("2026-08-31");
		assertThat(run.path("status").asString()).isEqualTo("COMPLETED");

		HttpResponse<String> anonymous = fetch("/actuator/prometheus", null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Pathway\"");
		assertThat(anonymous.body()).doesNotContain("spring_batch");
		assertThat(fetch("/actuator/prometheus", "viewer:wrong").statusCode()).isEqualTo(401);

		HttpResponse<String> scrape = fetch("/actuator/prometheus", VIEWER);
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
		assertThat(scrape.body())
			.containsPattern("(?m)^spring_batch_job_seconds_count\\{[^}]*spring_batch_job_name=\"run\"[^}]*"
					+ "spring_batch_job_status=\"COMPLETED\"[^}]*\\} [1-9]")
			.containsPattern("(?m)^spring_batch_step_seconds_count\\{[^}]*spring_batch_step_name=\"metrics\"");
		// a signed-in viewer's session reaches it too; it creates no session of its own
		this.mvc.perform(get("/actuator/prometheus").with(user("viewer").roles(Users.VIEWER)))
			.andExpect(status().isOk());
		Session browser = new Session();
		assertThat(browser.get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(browser.signIn("viewer", WebFixture.VIEWER_PASSWORD).statusCode()).isEqualTo(302);
		assertThat(browser.get("/actuator/prometheus").body()).contains("spring_batch_job_seconds_count");
		assertThat(scrape.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void infoShowsTheBuild() throws Exception {
		HttpResponse<String> info = fetch("/actuator/info", null);
		assertThat(info.statusCode()).isEqualTo(200);
		JsonNode build = JSON.readTree(info.body()).path("build");
		assertThat(build.path("artifact").asString()).isEqualTo("pathway");
		assertThat(build.path("version").asString()).isEqualTo("0.1.0-SNAPSHOT");
		assertThat(build.path("time").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
		assertThat(JSON.readTree(info.body()).path("app").path("name").asString()).isEqualTo("Pathway");
	}

	@Test
	void everyOtherActuatorEndpointStaysClosed() throws Exception {
		for (String closed : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics",
				"/actuator/heapdump", "/actuator/loggers", "/actuator/configprops", "/actuator/health/db")) {
			assertThat(fetch(closed, null).statusCode()).as(closed).isEqualTo(401);
			assertThat(fetch(closed, OPERATOR).statusCode()).as(closed).isIn(403, 404);
		}
		assertThat(send("POST", "/actuator/prometheus", OPERATOR, "{}").statusCode()).isIn(403, 404, 405);
	}

}
