package org.pathway.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 with a Basic challenge and a JSON body saying what to do, never an HTML page; 429
 * with Retry-After while the user name or the address is locked after too many failures.
 */
final class BasicEntryPoint implements AuthenticationEntryPoint {

	private final Clock clock;

	BasicEntryPoint(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setContentType("application/json");
		if (ex instanceof SignInLockedException locked) {
			long seconds = locked.secondsLeft(this.clock.instant());
			response.setStatus(429);
			response.setHeader("Retry-After", String.valueOf(seconds));
			response.getOutputStream()
				.write(("{\"error\":\"too many failed sign-ins for this user name or from this address: try again in "
						+ seconds + " s\"}")
					.getBytes(StandardCharsets.UTF_8));
			return;
		}
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader("WWW-Authenticate", "Basic realm=\"Pathway\"");
		response.getOutputStream()
			.write("{\"error\":\"sign in with HTTP Basic: a user name and password of pathway.users\"}"
				.getBytes(StandardCharsets.UTF_8));
	}

}
