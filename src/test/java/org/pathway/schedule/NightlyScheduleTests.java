package org.pathway.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.scheduling.support.CronExpression;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timetable across daylight-saving changes: every day the expression names has
 * exactly one due time, whether the clock skips the hour or repeats it.
 */
class NightlyScheduleTests {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Test
	void twoAmRunsOncePerDayWhenSpringSkipsTheHourAndFallRepeatsIt() {
		// 2026-03-08: 02:00 EST jumps to 03:00 EDT; 2026-11-01: 02:00 EDT falls back to
		// 01:00 EST
		List<ZonedDateTime> march = dues("0 0 2 * * *", LocalDateTime.of(2026, 3, 6, 12, 0), 4);
		assertThat(march).extracting(ZonedDateTime::toLocalDate)
			.containsExactly(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 9),
					LocalDate.of(2026, 3, 10));
		// 02:00 does not exist on 8 March: the run moves forward by the gap, to 03:00 EDT
		assertThat(march.get(1).toLocalTime()).hasToString("03:00");
		assertThat(march.get(1).getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
		assertThat(march.get(0).getOffset()).isEqualTo(ZoneOffset.ofHours(-5));

		List<ZonedDateTime> november = dues("0 0 2 * * *", LocalDateTime.of(2026, 10, 30, 12, 0), 4);
		assertThat(november).extracting(ZonedDateTime::toLocalDate)
			.containsExactly(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2),
					LocalDate.of(2026, 11, 3));
		assertThat(november).extracting((due) -> due.toLocalTime().toString()).containsOnly("02:00");
	}

	@Test
	void anHourThatHappensTwiceCountsOnce() {
		// 01:30 happens at -04:00 and again at -05:00 on 1 November 2026
		List<ZonedDateTime> dues = dues("0 30 1 * * *", LocalDateTime.of(2026, 10, 31, 12, 0), 3);
		assertThat(dues).extracting(ZonedDateTime::toLocalDate)
			.containsExactly(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3));
		assertThat(dues.get(0).getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
		assertThat(Duration.between(dues.get(0), dues.get(1))).isEqualTo(Duration.ofHours(25));
	}

	@Test
	void theLastDueTimeIsTheMostRecentOneAtOrBeforeNow() {
		Instant now = LocalDateTime.of(2026, 11, 28, 9, 15).atZone(NEW_YORK).toInstant();
		NightlySchedule schedule = schedule("0 0 2 * * *", now);
		assertThat(schedule.lastDue(Duration.ofDays(8))).hasValueSatisfying(
				(due) -> assertThat(due.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 11, 28, 2, 0)));
		assertThat(schedule.next()).hasValueSatisfying(
				(due) -> assertThat(due.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 11, 29, 2, 0)));
		Instant atTwo = LocalDateTime.of(2026, 11, 28, 2, 0).atZone(NEW_YORK).toInstant();
		assertThat(schedule("0 0 2 * * *", atTwo).lastDue(Duration.ofDays(8)))
			.hasValueSatisfying((due) -> assertThat(due.toInstant()).isEqualTo(atTwo));
	}

	private static List<ZonedDateTime> dues(String cron, LocalDateTime from, int count) {
		NightlySchedule schedule = schedule(cron, from.atZone(NEW_YORK).toInstant());
		List<ZonedDateTime> dues = new ArrayList<>();
		Instant after = from.atZone(NEW_YORK).toInstant();
		for (int i = 0; i < count; i++) {
			ZonedDateTime due = schedule.dueAfter(after);
			dues.add(due);
			after = due.toInstant();
		}
		return dues;
	}

	private static NightlySchedule schedule(String cron, Instant now) {
		return new NightlySchedule(CronExpression.parse(cron), NEW_YORK, Clock.fixed(now, NEW_YORK));
	}

}
