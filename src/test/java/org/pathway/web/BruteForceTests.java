package org.pathway.web;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Issue 11 item 3, brute force: guessing passwords is throttled per user name and per
 * client address, over HTTP Basic (429 with Retry-After, even for the right password) and
 * on the sign-in form (a message), until the lock ends; the locks are logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class BruteForceTests extends ServerTestBase {

	@Test
	void aHundredWrongBasicPasswordsLockTheUserEvenAgainstTheRightOneUntilTheLockEnds(CapturedOutput output)
			throws Exception {
		int unauthorized = 0;
		int throttled = 0;
		for (int i = 0; i < 100; i++) {
			int status = fetch("/api/runs", "viewer:wrong-" + i).statusCode();
			unauthorized += (status == 401) ? 1 : 0;
			throttled += (status == 429) ? 1 : 0;
		}
		assertThat(unauthorized).as("passwords actually checked").isEqualTo(5);
		assertThat(throttled).isEqualTo(95);
		HttpResponse<String> right = fetch("/api/runs", VIEWER);
		assertThat(right.statusCode()).isEqualTo(429);
		assertThat(right.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(right.body()).contains("too many failed sign-ins").doesNotContain("[");
		assertThat(output).contains("Sign-in locked for 1 s after 5 failed attempts: user 'viewer'", "127.0.0.1")
			.contains("Sign-in refused while locked");

		this.clock.move(Duration.ofMillis(1500));
		// one more wrong guess after the lock: locked again, twice as long
		assertThat(fetch("/api/runs", "viewer:wrong-again").statusCode()).isEqualTo(401);
		HttpResponse<String> doubled = fetch("/api/runs", VIEWER);
		assertThat(doubled.statusCode()).isEqualTo(429);
		assertThat(doubled.headers().firstValue("Retry-After")).hasValue("2");

		this.clock.move(Duration.ofSeconds(3));
		assertThat(fetch("/api/runs", VIEWER).statusCode()).as("the lock has ended").isEqualTo(200);
		// the success started the user afresh: four wrong guesses do not lock it
		for (int i = 0; i < 4; i++) {
			assertThat(fetch("/api/runs", "viewer:wrong-" + i).statusCode()).isEqualTo(401);
		}
		assertThat(fetch("/api/runs", VIEWER).statusCode()).isEqualTo(200);
		// the operator was never locked
		assertThat(fetch("/api/runs", OPERATOR).statusCode()).isEqualTo(200);
	}

	@Test
	void oneAddressGuessingManyUserNamesIsLockedForEveryUserName() throws Exception {
		for (int i = 0; i < 20; i++) {
			assertThat(fetch("/api/runs", "nobody-" + i + ":guess").statusCode()).as("guess " + i).isEqualTo(401);
		}
		HttpResponse<String> operator = fetch("/api/runs", OPERATOR);
		assertThat(operator.statusCode()).as("a user that never failed, from the same address").isEqualTo(429);
		assertThat(operator.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(fetch("/actuator/prometheus", OPERATOR).statusCode()).isEqualTo(429);
		this.clock.move(Duration.ofSeconds(2));
		assertThat(fetch("/api/runs", OPERATOR).statusCode()).isEqualTo(200);
	}

	@Test
	void theSignInFormRefusesALockedUserWithAMessageUntilTheLockEnds() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user("operator").password("wrong-" + i))
				.andExpect(redirectedUrl("/login?error"))
				.andExpect(unauthenticated());
		}
		MvcResult refused = this.mvc
			.perform(formLogin("/login").user("Operator").password(WebFixture.OPERATOR_PASSWORD))
			.andExpect(redirectedUrl("/login?locked"))
			.andExpect(unauthenticated())
			.andReturn();
		MockHttpSession session = (MockHttpSession) refused.getRequest().getSession();
		String page = this.mvc.perform(get("/login?locked").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Too many failed sign-ins for this user", "even with the right password",
				"Try again in 1 s");
		this.clock.move(Duration.ofSeconds(2));
		this.mvc.perform(formLogin("/login").user("operator").password(WebFixture.OPERATOR_PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername("operator"));
	}

}
