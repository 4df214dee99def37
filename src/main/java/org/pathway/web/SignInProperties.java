package org.pathway.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling ({@code pathway.sign-in.*}): after {@code max-failures} failed
 * sign-ins of one user name, or {@code max-failures-per-address} from one client address,
 * sign-ins are refused for {@code first-lock}, doubling with each further failure up to
 * {@code max-lock}. Failures are forgotten {@code window} after the last one (or after
 * the lock it caused ended); at most {@code max-tracked} names and addresses are
 * remembered.
 *
 * @param maxFailures failed sign-ins of one user name before it is locked
 * @param maxFailuresPerAddress failed sign-ins from one address, whatever the user names,
 * before the address is locked
 * @param firstLock how long the first lock lasts
 * @param maxLock the longest lock
 * @param window how long failures are remembered
 * @param maxTracked how many user names and addresses are remembered at most
 */
@ConfigurationProperties("pathway.sign-in")
record SignInProperties(@DefaultValue("5") int maxFailures, @DefaultValue("20") int maxFailuresPerAddress,
		@DefaultValue("1s") Duration firstLock, @DefaultValue("15m") Duration maxLock,
		@DefaultValue("15m") Duration window, @DefaultValue("10000") int maxTracked) {

	SignInProperties {
		if (maxFailures < 1 || maxFailuresPerAddress < 1 || maxTracked < 1) {
			throw new IllegalArgumentException(
					"pathway.sign-in.max-failures, .max-failures-per-address and" + " .max-tracked must be 1 or more");
		}
		if (firstLock.isNegative() || firstLock.isZero() || maxLock.compareTo(firstLock) < 0 || window.isNegative()) {
			throw new IllegalArgumentException("pathway.sign-in.first-lock must be positive, .max-lock at least"
					+ " .first-lock, and .window not negative");
		}
	}

	static SignInProperties defaults() {
		return new SignInProperties(5, 20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofMinutes(15),
				10_000);
	}

}
