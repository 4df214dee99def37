package org.pathway.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Where a failed sign-in on the form goes: {@code /login?error} for a wrong password,
 * {@code /login?locked} while the user name or address is locked, with the lock kept in
 * the session so that the page can say how long it lasts.
 */
final class SignInFailures implements AuthenticationFailureHandler {

	private final AuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");

	private final AuthenticationFailureHandler locked = new SimpleUrlAuthenticationFailureHandler("/login?locked");

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException, ServletException {
		((ex instanceof SignInLockedException) ? this.locked : this.wrong).onAuthenticationFailure(request, response,
				ex);
	}

}
