package org.pathway.web;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without looking at the password, because its user name or its client
 * address is locked after too many failures ({@link SignInThrottle}).
 */
final class SignInLockedException extends AuthenticationException {

	private final Instant until;

	SignInLockedException(Instant until) {
		super("too many failed sign-ins for this user name or from this address");
		this.until = until;
	}

	/** When the lock ends. */
	Instant until() {
		return this.until;
	}

	/** Whole seconds left at {@code now}, at least 1 (for Retry-After). */
	long secondsLeft(Instant now) {
		long millis = this.until.toEpochMilli() - now.toEpochMilli();
		return Math.max(1, (millis + 999) / 1000);
	}

}
