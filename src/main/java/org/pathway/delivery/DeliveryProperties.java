package org.pathway.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How reports are delivered ({@code pathway.delivery.*}); the mail server itself is
 * Spring's {@code spring.mail.*}.
 *
 * @param from the sender address of the messages
 * @param autoApprove send without waiting for a person's approval
 * @param poll how often the server looks for deliveries to send
 * @param maxAttempts attempts before a failing delivery waits for a person
 * @param firstRetry the wait after the first failure; each further failure doubles it (at
 * most six hours)
 */
@ConfigurationProperties("pathway.delivery")
public record DeliveryProperties(String from, boolean autoApprove, Duration poll, int maxAttempts,
		Duration firstRetry) {

	public DeliveryProperties {
		from = (from == null || from.isBlank()) ? "reports@localhost" : from;
		poll = (poll != null) ? poll : Duration.ofSeconds(30);
		maxAttempts = (maxAttempts > 0) ? maxAttempts : 8;
		firstRetry = (firstRetry != null) ? firstRetry : Duration.ofMinutes(1);
	}

	/**
	 * The wait after {@code attempts} failures: doubling from the first, at most six
	 * hours.
	 */
	Duration retryAfter(int attempts) {
		Duration wait = this.firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return (wait.compareTo(Duration.ofHours(6)) > 0) ? Duration.ofHours(6) : wait;
	}

}
