package org.pathway.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 with a Basic challenge and a JSON body saying what to do, never an HTML page. */
final class BasicEntryPoint implements AuthenticationEntryPoint {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader("WWW-Authenticate", "Basic realm=\"Pathway\"");
		response.setContentType("application/json");
		response.getOutputStream()
			.write("{\"error\":\"sign in with HTTP Basic: a user name and password of pathway.users\"}"
				.getBytes(StandardCharsets.UTF_8));
	}

}
