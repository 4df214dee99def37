package org.pathway.web;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may see and do what on the pages: anonymous people are sent to sign in, viewers
 * look, operators act, and every form needs its CSRF token. Refusals are 403 and 404
 * pages without a stack trace.
 */
class PageSecurityTests extends PagesTestBase {

	@Test
	void anonymousPeopleAreSentToSignInAndOnlyTheSignInPageAndStylesheetAreOpen() throws Exception {
		for (String page : new String[] { "/", "/reports", "/inputs", "/runs/1" }) {
			this.mvc.perform(get(page).accept(MediaType.TEXT_HTML))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/login"));
		}
		this.mvc.perform(post("/runs").accept(MediaType.TEXT_HTML).with(csrf())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"password\">Password</label>")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		this.mvc.perform(get("/pathway.css")).andExpect(status().isOk()).andExpect(content().contentType("text/css"));
		assertThat(page("/login?error", anonymous())).contains("Wrong user name or password");
		assertThat(page("/login?logout", anonymous())).contains("You are signed out");
	}

	@Test
	void theConfiguredUsersSignInWithTheirPasswordsAndOthersDoNot() throws Exception {
		this.mvc.perform(formLogin("/login").user("viewer").password(WebFixture.VIEWER_PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername("viewer").withRoles(Users.VIEWER));
		this.mvc.perform(formLogin("/login").user("operator").password(WebFixture.OPERATOR_PASSWORD))
			.andExpect(authenticated().withRoles(Users.VIEWER, Users.OPERATOR));
		this.mvc.perform(formLogin("/login").user("operator").password(WebFixture.VIEWER_PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void aViewerSeesTheDashboardButMayNotRunRestartStopOrUpload() throws Exception {
		String dashboard = page("/", viewer());
		assertThat(dashboard).contains("<h1>Dashboard</h1>", "Signed in as <strong>viewer</strong>",
				"Only operators can start runs", "no schedule");
		assertThat(dashboard).doesNotContain("action=\"/runs\"");
		for (String action : new String[] { "/runs", "/runs/1/restart", "/runs/1/stop", "/inputs" }) {
			this.mvc.perform(post(action).param("asOf", AS_OF).with(viewer()).with(csrf()))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void anOperatorWithoutTheCsrfTokenIsRefusedAndNothingRuns() throws Exception {
		int before = this.history.recent(500).size();
		this.mvc.perform(post("/runs").param("asOf", AS_OF).with(operator())).andExpect(status().isForbidden());
		this.mvc.perform(post("/runs").param("asOf", AS_OF).with(operator()).with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").with(operator())).andExpect(status().isForbidden());
		assertThat(this.history.recent(500)).hasSize(before);
		assertThat(page("/", operator())).contains("action=\"/runs\"", "name=\"_csrf\"",
				"<button type=\"submit\">Run now</button>");
	}

	@Test
	void thereIsNoH2ConsoleAndTheActuatorShowsOnlyHealthAndInfo() throws Exception {
		this.mvc.perform(get("/h2-console").with(operator())).andExpect(status().isNotFound());
		this.mvc.perform(get("/h2-console/login.jsp").with(operator())).andExpect(status().isNotFound());
		this.mvc.perform(get("/actuator/env").with(operator())).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/health").with(anonymous())).andExpect(status().isOk());
	}

	@Test
	void signingOutIsAPostThatLeadsBackToTheSignInPage() throws Exception {
		assertThat(page("/", operator())).contains("action=\"/logout\"", "<button type=\"submit\">Sign out</button>");
		this.mvc.perform(post("/logout").with(operator()).with(csrf())).andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void unknownRunsAndReportIdsAre404PagesWithoutAStackTrace() throws Exception {
		String page = this.mvc.perform(get("/runs/987654").with(viewer()))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<h1>", "Not found", "there is no run 987654").doesNotContain("Exception", "at org.");
		this.mvc.perform(get("/runs/abc").with(viewer())).andExpect(status().isBadRequest());
		this.mvc.perform(get("/reports/0123456789abcdef0123456789abcdef/download").with(viewer()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/..%2F..%2Fpom.xml/download").with(viewer()))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(not(containsString("<project"))));
	}

}
