package org.pathway.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.pipeline.RunHistory;
import org.pathway.pipeline.RunResult;
import org.pathway.pipeline.RunView;
import org.pathway.support.TinyInput;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduler on a database: a night missed while the server was down runs at the next
 * start, as of the day it was due; a day runs once however often it is asked; a first
 * start ever does not invent a missed night. The clock is fixed at 09:00 UTC on
 * 2026-11-28, seven hours after the 02:00 run was due.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:nightly-tests", "pathway.schedule.enabled=true",
		"pathway.schedule.cron=0 0 2 * * *", "pathway.schedule.zone=UTC" })
@DirtiesContext
class NightlyRunsTests {

	static final Path WORK;

	static {
		try {
			WORK = Files.createTempDirectory("pathway-nightly");
			TinyInput.write(WORK.resolve("input"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("pathway.folders.input", () -> WORK.resolve("input").toString());
		registry.add("pathway.folders.output", () -> WORK.resolve("output").toString());
	}

	@Autowired
	NightlyRuns nightly;

	@Autowired
	RunHistory history;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void noScheduledRunsYet() {
		this.jdbc.update("DELETE FROM scheduled_run");
	}

	@Test
	void aFirstStartEverDoesNotInventAMissedNight() {
		this.nightly.catchUp();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_run", Integer.class)).isZero();
	}

	@Test
	void theNightMissedWhileTheServerWasDownRunsAtTheNextStartAndOnlyOnce() {
		// the server ran the night of the 26th, then was down on the 27th and 28th at
		// 02:00
		this.jdbc.update("INSERT INTO scheduled_run (run_date, due_at, run_id, outcome, updated_at)"
				+ " VALUES (DATE '2026-11-26', '2026-11-26T02:00Z[UTC]', NULL, 'completed', CURRENT_TIMESTAMP)");
		int runsBefore = this.history.recent(100).size();
		this.nightly.catchUp();
		List<RunView> runs = this.history.recent(100);
		assertThat(runs).hasSize(runsBefore + 1);
		assertThat(runs.get(0).asOf()).isEqualTo(LocalDate.of(2026, 11, 28));
		assertThat(runs.get(0).status()).isEqualTo("COMPLETED");
		assertThat(outcome("2026-11-28")).isEqualTo("completed");

		// again (another start, or the timer at the same due time): nothing more
		this.nightly.catchUp();
		ZonedDateTime due = ZonedDateTime.of(2026, 11, 28, 2, 0, 0, 0, ZoneOffset.UTC);
		assertThat(this.nightly.fire(due, false)).isNull();
		assertThat(this.history.recent(100)).hasSize(runsBefore + 1);
	}

	@Test
	void aNightThatDidNotCompleteIsRunAgainAtTheNextStart() {
		// a crash left the 28th claimed but unfinished
		this.jdbc.update("INSERT INTO scheduled_run (run_date, due_at, run_id, outcome, updated_at)"
				+ " VALUES (DATE '2026-11-28', '2026-11-28T02:00Z[UTC]', NULL, NULL, CURRENT_TIMESTAMP)");
		this.nightly.catchUp();
		assertThat(outcome("2026-11-28")).isEqualTo("completed");
		RunResult again = this.nightly.fire(ZonedDateTime.of(2026, 11, 28, 2, 0, 0, 0, ZoneOffset.UTC), true);
		assertThat(again).as("a completed night is not run again").isNull();
	}

	private String outcome(String day) {
		return this.jdbc.queryForObject("SELECT outcome FROM scheduled_run WHERE run_date = ?", String.class,
				LocalDate.parse(day));
	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
		}

	}

}
