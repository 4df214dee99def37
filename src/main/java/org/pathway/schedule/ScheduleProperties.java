package org.pathway.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the nightly run happens: {@code pathway.schedule.cron} (Spring's six fields,
 * default {@code 0 0 2 * * *}, 02:00) in {@code pathway.schedule.zone} (default the
 * machine's).
 *
 * @param enabled whether this process schedules runs (set by {@code serve})
 * @param cron when
 * @param zone in which time zone
 */
@ConfigurationProperties("pathway.schedule")
public record ScheduleProperties(boolean enabled, String cron, String zone) {

	public ScheduleProperties {
		cron = (cron == null || cron.isBlank()) ? "0 0 2 * * *" : cron;
		zone = (zone == null) ? "" : zone;
	}

}
