package org.pathway.schedule;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * The nightly run's timetable: when the next run is due, and which one was due last.
 */
@Component
@ConditionalOnProperty(name = "pathway.schedule.enabled", havingValue = "true")
@EnableConfigurationProperties(ScheduleProperties.class)
public class NightlySchedule {

	private final CronExpression cron;

	private final ZoneId zone;

	private final Clock clock;

	NightlySchedule(ScheduleProperties properties, Clock clock) {
		this.cron = CronExpression.parse(properties.cron());
		this.zone = properties.zone().isBlank() ? clock.getZone() : ZoneId.of(properties.zone());
		this.clock = clock;
	}

	/** When the next nightly run is due, after now. */
	public Optional<ZonedDateTime> next() {
		return Optional.ofNullable(this.cron.next(ZonedDateTime.now(this.clock).withZoneSameInstant(this.zone)));
	}

}
