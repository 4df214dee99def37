package org.pathway.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that stands still until a test moves it on; {@link Setup} makes it the
 * application's.
 */
final class MovableClock extends Clock {

	private final AtomicReference<Instant> now;

	MovableClock(Instant start) {
		this.now = new AtomicReference<>(start);
	}

	void move(Duration by) {
		this.now.updateAndGet((instant) -> instant.plus(by));
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

	/** The application's clock is this one, starting now. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Setup {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(Instant.now());
		}

	}

}
