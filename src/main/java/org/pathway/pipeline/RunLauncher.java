package org.pathway.pipeline;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * The one way runs start, whatever triggers them: the command line, the scheduler, the
 * API and the pages all come here. One run at a time ({@link RunSlot}); what a request
 * means is {@link RunIdentity}'s to say, what a run did {@link RunResults}'s, stopping
 * {@link RunStops}'. Starting is {@link RunStarter}'s.
 */
@Component
public class RunLauncher {

	private static final Log logger = LogFactory.getLog(RunLauncher.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final RunSlot slot;

	private final RunIdentity identity;

	private final RunResults results;

	private final RunStops stops;

	private final RunRecovery recovery;

	private final RunStarter starter;

	RunLauncher(JobOperator jobOperator, JobRepository jobRepository, RunSlot slot, RunIdentity identity,
			RunResults results, RunStops stops, RunRecovery recovery, RunStarter starter) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.slot = slot;
		this.identity = identity;
		this.results = results;
		this.stops = stops;
		this.recovery = recovery;
		this.starter = starter;
	}

	/** Runs the request in the calling thread and returns when it ends. */
	public RunResult launch(RunRequest request) {
		this.slot.take(describe(request));
		try {
			return launchHoldingSlot(request);
		}
		finally {
			this.slot.release();
		}
	}

	/**
	 * Like {@link #launch} but waits up to {@code wait} for a run in progress to end
	 * first (the scheduler's way); null if it stayed busy.
	 */
	public RunResult launchWhenFree(RunRequest request, Duration wait) throws InterruptedException {
		if (!this.slot.await(describe(request), wait.toMillis(), TimeUnit.MILLISECONDS)) {
			return null;
		}
		try {
			return launchHoldingSlot(request);
		}
		finally {
			this.slot.release();
		}
	}

	private RunResult launchHoldingSlot(RunRequest request) {
		RunIdentity.Start start = this.identity.prepare(request);
		if (start.done() != null) {
			return this.results.of(start.done(), true);
		}
		this.slot.describe(describe(request) + " (run " + start.runIdOrNew() + ")");
		return this.results.of(this.starter.execute(start), false);
	}

	/**
	 * Starts the request in the background and returns as soon as its execution exists
	 * (or at once, when an identical run has completed). Refused with exit code 3 when a
	 * run is in progress.
	 */
	public RunTicket submit(RunRequest request) {
		return this.starter.submit(describe(request), 2, () -> {
			RunIdentity.Start start = this.identity.prepare(request);
			return (start.done() != null) ? RunStarter.Plan.answer(RunTicket.of(start.done(), true))
					: RunStarter.Plan.work(() -> this.starter.execute(start));
		});
	}

	/**
	 * Restarts a failed or stopped run in the background: it resumes where it stopped,
	 * with the same parameters.
	 */
	public RunTicket restart(long runId) {
		JobInstance instance = this.results.instance(runId);
		JobExecution current = this.jobRepository.getLastJobExecution(instance);
		if (current != null && current.isRunning() && this.slot.busy()) {
			throw new UserException(3, "run " + runId + " is running; stop it first, or wait for it to end");
		}
		// a run that has just stopped may still be letting go of the slot
		return this.starter.submit("run " + runId + " (restart)", 15, () -> {
			JobExecution last = this.results.restartable(runId);
			return RunStarter.Plan.work(() -> this.jobOperator.restart(last));
		});
	}

	/**
	 * Restarts a failed or stopped run in the calling thread and returns when it ends.
	 */
	public RunResult resume(long runId) {
		this.slot.take("run " + runId + " (restart)");
		try {
			JobExecution last = this.results.restartable(runId);
			try {
				return this.results.of(this.jobOperator.restart(last), false);
			}
			catch (JobRestartException ex) {
				throw new UserException(3, "run " + runId + " cannot be restarted: " + ex.getMessage());
			}
		}
		finally {
			this.slot.release();
		}
	}

	/** What a run was asked to do, read back from its parameters. */
	public RunRequest requestOf(long runId) {
		return this.results.requestOf(runId);
	}

	/**
	 * Asks the run to stop at its next safe point (between files, between steps). It can
	 * be restarted later.
	 */
	public void stop(long runId) {
		this.results.instance(runId);
		this.stops.stop(runId);
	}

	/**
	 * Asks the run in progress in this process, if any, to stop at its next safe point
	 * and waits up to {@code wait} for it to end (a shutdown's way: the run is left
	 * STOPPED, and a restart resumes it).
	 * @return the stopped run's id, or -1 when none was running
	 */
	public long stopCurrent(Duration wait) {
		return this.stops.stopCurrent(wait);
	}

	/** True while a run holds this process's slot. */
	public boolean busy() {
		return this.slot.busy();
	}

	/**
	 * Marks executions that a killed process left STARTED as failed, so they can be
	 * restarted: only while no run is in progress (here, or on a shared database
	 * elsewhere), since only then is every STARTED execution a dead one.
	 */
	public void recoverInterrupted() {
		try {
			this.slot.take("a recovery of interrupted runs", 0);
		}
		catch (UserException ex) {
			logger.info("Runs left STARTED are not recovered now: " + ex.getMessage());
			return;
		}
		try {
			this.recovery.recoverHoldingSlot();
		}
		finally {
			this.slot.release();
		}
	}

	private static String describe(RunRequest request) {
		return request.ingestOnly() ? "an ingest of " + request.input() : "a run as of " + request.asOf();
	}

}
