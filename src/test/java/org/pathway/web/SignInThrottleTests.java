package org.pathway.web;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The sign-in throttle's rules (issue 11 item 3) without a server: locks per user name
 * and per address, doubling up to the longest lock, forgotten after the window, reset by
 * a success, counted before the password is checked, and within a bounded memory.
 */
class SignInThrottleTests {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T09:00:00Z"));

	private final SignInThrottle throttle = new SignInThrottle(SignInProperties.defaults(), this.clock);

	@Test
	void fiveFailuresLockTheUserNameFromEveryAddressWhateverItsCase() {
		fail(5, "ana", "192.0.2.1");
		assertThat(lockedFor("ana", "198.51.100.7")).isEqualTo(1);
		assertThat(lockedFor("ANA ", "198.51.100.7")).isEqualTo(1);
		assertThat(lockedFor("kim", "192.0.2.1")).as("another user at the same address").isZero();
		this.clock.move(Duration.ofMillis(1001));
		assertThat(lockedFor("ana", "192.0.2.1")).isZero();
	}

	@Test
	void eachFurtherFailureDoublesTheLockUpToTheLongest() {
		fail(5, "ana", "192.0.2.1");
		long[] expected = { 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900 };
		for (long seconds : expected) {
			this.clock.move(Duration.ofMinutes(15));
			fail(1, "ana", "192.0.2." + seconds);
			assertThat(lockedFor("ana", "192.0.2.250")).isEqualTo(seconds);
		}
	}

	@Test
	void failuresAreForgottenAWindowAfterTheLastOneOrTheLockItCaused() {
		fail(4, "ana", "192.0.2.1");
		this.clock.move(Duration.ofMinutes(15).plusSeconds(1));
		fail(4, "ana", "192.0.2.1");
		assertThat(lockedFor("ana", "192.0.2.1")).as("the first four are forgotten").isZero();
		fail(1, "ana", "192.0.2.1");
		this.clock.move(Duration.ofMinutes(10));
		fail(1, "ana", "192.0.2.1");
		assertThat(lockedFor("ana", "192.0.2.1")).as("within the window after the lock: doubled").isEqualTo(2);
	}

	@Test
	void twentyFailuresFromOneAddressLockItForEveryUserNameAndAnIpv6ClientByItsNetwork() {
		for (int i = 0; i < 20; i++) {
			fail(1, "guess-" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1));
		}
		assertThat(lockedFor("kim", "2001:db8:1:2:ffff::9")).as("the same /64").isEqualTo(1);
		assertThat(lockedFor("kim", "2001:db8:1:3::1")).as("another /64").isZero();
		for (int i = 0; i < 19; i++) {
			fail(1, "guess-" + i, "192.0.2.9");
		}
		assertThat(lockedFor("kim", "192.0.2.9")).isZero();
	}

	@Test
	void aSuccessStartsTheUserAfreshAndTakesItsAttemptOffTheAddress() {
		fail(4, "ana", "192.0.2.1");
		this.throttle.succeeded(this.throttle.begin("ana", "192.0.2.1"));
		fail(4, "ana", "192.0.2.1");
		assertThat(lockedFor("ana", "192.0.2.1")).isZero();
		for (int i = 0; i < 11; i++) {
			fail(1, "bob-" + i, "192.0.2.1");
		}
		assertThat(lockedFor("kim", "192.0.2.1")).as("8 + 11 failures from the address").isZero();
		fail(1, "bob", "192.0.2.1");
		assertThat(lockedFor("kim", "192.0.2.1")).isPositive();
	}

	@Test
	void attemptsInParallelAreCountedBeforeTheirPasswordsAreChecked() {
		for (int i = 0; i < 5; i++) {
			this.throttle.begin("ana", "192.0.2.1");
		}
		assertThatExceptionOfType(SignInLockedException.class).isThrownBy(() -> this.throttle.begin("ana", "192.0.2.1"))
			.satisfies((ex) -> assertThat(ex.secondsLeft(this.clock.instant())).isEqualTo(1));
	}

	@Test
	void memoryIsBoundedAndLockedNamesAreTheLastToBeForgotten() {
		SignInThrottle small = new SignInThrottle(new SignInProperties(5, 1000, Duration.ofSeconds(1),
				Duration.ofMinutes(15), Duration.ofMinutes(15), 100), this.clock);
		for (int i = 0; i < 5; i++) {
			small.failed(small.begin("ana", "192.0.2.1"));
		}
		for (int i = 0; i < 10_000; i++) {
			small.failed(small.begin("guess-" + i, "192.0.2." + (i % 200)));
			assertThat(small.tracked()).isLessThanOrEqualTo(100);
		}
		assertThatExceptionOfType(SignInLockedException.class).isThrownBy(() -> small.begin("ana", "192.0.2.1"));
	}

	@Test
	void settingsThatMakeNoSenseStopTheServer() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SignInProperties(0, 20, Duration.ofSeconds(1),
				Duration.ofMinutes(15), Duration.ofMinutes(15), 100));
		assertThatIllegalArgumentException().isThrownBy(() -> new SignInProperties(5, 20, Duration.ofSeconds(10),
				Duration.ofSeconds(1), Duration.ofMinutes(15), 100));
	}

	@Test
	void namesAndAddressesReachTheLogWithoutControlCharacters() {
		assertThat(SignInThrottle.printable("ana\r\nWARN forged line\u0000")).isEqualTo("ana??WARN forged line?");
		assertThat(SignInThrottle.printable("x".repeat(100))).hasSize(67).endsWith("...");
		assertThat(SignInThrottle.addressKey("::ffff:192.0.2.1")).isEqualTo("address:192.0.2.1");
		assertThat(SignInThrottle.addressKey("not-an-address")).isEqualTo("address:not-an-address");
	}

	private void fail(int times, String user, String address) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(this.throttle.begin(user, address));
		}
	}

	/** Seconds the user name or address is locked for, 0 when a sign-in may go ahead. */
	private long lockedFor(String user, String address) {
		Instant until = this.throttle.lockedUntil(user, address);
		return (until != null) ? new SignInLockedException(until).secondsLeft(this.clock.instant()) : 0;
	}

}
