package org.pathway.schedule;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The scheduler's own record (table {@code scheduled_run}): which days it has started a
 * run for, and how each ended. The day is the key, so claiming a day twice fails, in this
 * process or any other on the same database.
 */
@Component
@ConditionalOnProperty(name = "pathway.schedule.enabled", havingValue = "true")
class ScheduledRuns {

	static final String COMPLETED = "completed";

	private final JdbcTemplate jdbc;

	ScheduledRuns(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the day. A day already claimed is claimed again only when {@code retry} and
	 * its run did not complete (a crash, a failure): the run then resumes.
	 */
	boolean claim(LocalDate day, ZonedDateTime due, boolean retry) {
		try {
			this.jdbc.update("INSERT INTO scheduled_run (run_date, due_at, updated_at) VALUES (?, ?, ?)", day,
					due.toString(), now());
			return true;
		}
		catch (DuplicateKeyException ex) {
			return retry
					&& this.jdbc.update("UPDATE scheduled_run SET outcome = NULL, updated_at = ? WHERE run_date = ?"
							+ " AND (outcome IS NULL OR outcome <> ?)", now(), day, COMPLETED) == 1;
		}
	}

	void finish(LocalDate day, Long runId, String outcome) {
		this.jdbc.update("UPDATE scheduled_run SET run_id = ?, outcome = ?, updated_at = ? WHERE run_date = ?", runId,
				(outcome.length() > 500) ? outcome.substring(0, 500) : outcome, now(), day);
	}

	boolean any() {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_run", Integer.class);
		return count != null && count > 0;
	}

	Optional<String> outcome(LocalDate day) {
		List<String> outcomes = this.jdbc.queryForList("SELECT outcome FROM scheduled_run WHERE run_date = ?",
				String.class, day);
		return outcomes.isEmpty() ? Optional.empty() : Optional.ofNullable(outcomes.get(0));
	}

	boolean claimed(LocalDate day) {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_run WHERE run_date = ?", Integer.class,
				day);
		return count != null && count > 0;
	}

	private static Timestamp now() {
		return Timestamp.valueOf(LocalDateTime.now());
	}

}
