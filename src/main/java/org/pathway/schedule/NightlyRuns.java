package org.pathway.schedule;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.pathway.pipeline.RunLauncher;
import org.pathway.pipeline.RunRequest;
import org.pathway.pipeline.RunResult;
import org.pathway.pipeline.UserException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The scheduler of {@code serve}. At start it recovers runs a crash left STARTED, then
 * catches up: if the last nightly run that was due did not happen (the server was down)
 * or did not complete (a crash), it runs now, resuming where it stopped. Then it runs the
 * main job as of each due day, waiting for a staff-triggered run to finish first. A day
 * runs once, whatever the clock does. The timing is Spring's {@link TaskScheduler}.
 */
@Component
@ConditionalOnProperty(name = "pathway.schedule.enabled", havingValue = "true")
class NightlyRuns implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(NightlyRuns.class);

	private static final Duration WAIT_FOR_OTHER_RUN = Duration.ofHours(6);

	private final NightlySchedule schedule;

	private final ScheduledRuns record;

	private final RunLauncher launcher;

	private final Path input;

	private final Path output;

	private final TaskScheduler scheduler;

	private volatile ScheduledFuture<?> next;

	private volatile boolean running;

	NightlyRuns(NightlySchedule schedule, ScheduledRuns record, RunLauncher launcher, TaskScheduler scheduler,
			@Value("${pathway.folders.input:input}") String input,
			@Value("${pathway.folders.output:output}") String output) {
		this.schedule = schedule;
		this.scheduler = scheduler;
		this.record = record;
		this.launcher = launcher;
		this.input = Path.of(input);
		this.output = Path.of(output);
	}

	@Override
	public void start() {
		this.launcher.recoverInterrupted();
		this.running = true;
		this.scheduler.schedule(this::catchUp, this.schedule.clock().instant());
		planNext();
	}

	/** Runs the last due night now if it was missed or did not complete. */
	void catchUp() {
		ZonedDateTime due = this.schedule.lastDue(Duration.ofDays(8)).orElse(null);
		if (due == null || !this.record.any()) {
			return;
		}
		LocalDate day = due.toLocalDate();
		if (this.record.outcome(day).filter(ScheduledRuns.COMPLETED::equals).isPresent()) {
			return;
		}
		logger.info("Catching up the nightly run due " + due
				+ (this.record.claimed(day) ? " (it did not complete)" : " (the server was not running)"));
		fire(due, true);
	}

	private void planNext() {
		ZonedDateTime due = this.schedule.dueAfter(this.schedule.clock().instant());
		if (due == null || !this.running) {
			return;
		}
		logger.info("Next nightly run due " + due);
		// the time is worked out here, on the wall clock of the schedule's zone (see
		// NightlySchedule), rather than by a cron trigger
		this.next = this.scheduler.schedule(() -> {
			fire(due, false);
			planNext();
		}, due.toInstant());
	}

	/**
	 * Runs the main job as of the due day, once: a day already claimed is skipped unless
	 * {@code retry} and it did not complete.
	 */
	RunResult fire(ZonedDateTime due, boolean retry) {
		LocalDate day = due.toLocalDate();
		if (!this.record.claim(day, due, retry)) {
			logger.info("The nightly run as of " + day + " has already run; skipped");
			return null;
		}
		try {
			RunResult result = this.launcher.launchWhenFree(RunRequest.run(this.input, day, this.output),
					WAIT_FOR_OTHER_RUN);
			if (result == null) {
				this.record.finish(day, null,
						"not run: another run was still in progress after " + WAIT_FOR_OTHER_RUN.toHours() + " hours");
				return null;
			}
			this.record.finish(day, result.runId(),
					result.completed() ? ScheduledRuns.COMPLETED : "failed: " + result.failure());
			logger.info("Nightly run as of " + day + ": run " + result.runId() + (result.alreadyDone()
					? " had already completed" : result.completed() ? " completed" : " failed"));
			return result;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.record.finish(day, null, "interrupted: the server stopped");
			return null;
		}
		catch (UserException ex) {
			logger.error("The nightly run as of " + day + " was refused: " + ex.getMessage());
			this.record.finish(day, null, "refused: " + ex.getMessage());
			return null;
		}
		catch (RuntimeException ex) {
			logger.error("The nightly run as of " + day + " failed", ex);
			this.record.finish(day, null, "failed: " + ex.getMessage());
			return null;
		}
	}

	@Override
	public void stop() {
		this.running = false;
		ScheduledFuture<?> planned = this.next;
		if (planned != null) {
			planned.cancel(false);
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
