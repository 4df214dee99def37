package org.pathway.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * The nightly run's timetable: when the next run is due, and which one was due last. The
 * cron expression is read as wall-clock time in the zone; a time that daylight saving
 * skips moves forward by the gap (02:30 becomes 03:30), and a time it repeats counts once
 * (the earlier), so every day that the expression names has exactly one due time.
 */
@Component
@ConditionalOnProperty(name = "pathway.schedule.enabled", havingValue = "true")
@EnableConfigurationProperties(ScheduleProperties.class)
public class NightlySchedule {

	private final CronExpression cron;

	private final ZoneId zone;

	private final Clock clock;

	@Autowired
	NightlySchedule(ScheduleProperties properties, Clock clock) {
		this(CronExpression.parse(properties.cron()),
				properties.zone().isBlank() ? clock.getZone() : ZoneId.of(properties.zone()), clock);
	}

	NightlySchedule(CronExpression cron, ZoneId zone, Clock clock) {
		this.cron = cron;
		this.zone = zone;
		this.clock = clock;
	}

	/** When the next nightly run is due, after now. */
	public Optional<ZonedDateTime> next() {
		return Optional.ofNullable(dueAfter(this.clock.instant()));
	}

	/** The first due time strictly after {@code instant}, or null if none. */
	ZonedDateTime dueAfter(Instant instant) {
		LocalDateTime local = LocalDateTime.ofInstant(instant, this.zone);
		for (int guard = 0; guard < 1000; guard++) {
			LocalDateTime candidate = this.cron.next(local);
			if (candidate == null) {
				return null;
			}
			ZonedDateTime due = ZonedDateTime.ofLocal(candidate, this.zone, null);
			if (due.toInstant().isAfter(instant)) {
				return due;
			}
			local = candidate;
		}
		return null;
	}

	/** The last due time at or before now, looking back at most {@code lookBack}. */
	Optional<ZonedDateTime> lastDue(Duration lookBack) {
		Instant now = this.clock.instant();
		ZonedDateTime last = null;
		ZonedDateTime due = dueAfter(now.minus(lookBack));
		while (due != null && !due.toInstant().isAfter(now)) {
			last = due;
			due = dueAfter(due.toInstant());
		}
		return Optional.ofNullable(last);
	}

	Clock clock() {
		return this.clock;
	}

}
