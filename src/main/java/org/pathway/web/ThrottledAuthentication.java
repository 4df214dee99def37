package org.pathway.web;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks passwords (the form's and HTTP Basic's) through the {@link SignInThrottle}: a
 * locked user name or address is refused before its password is looked at.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledAuthentication(AuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		SignInThrottle.Attempt attempt = this.throttle.begin(authentication.getName(), address);
		Authentication signedIn;
		try {
			signedIn = this.passwords.authenticate(authentication);
		}
		catch (AuthenticationException ex) {
			this.throttle.failed(attempt);
			throw ex;
		}
		if (signedIn != null) {
			this.throttle.succeeded(attempt);
		}
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

}
