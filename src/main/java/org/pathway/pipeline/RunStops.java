package org.pathway.pipeline;

import java.time.Duration;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Stopping runs at their next safe point (between files, between steps), so that they are
 * left STOPPED and a restart resumes them: one asked for by an operator, or the one in
 * progress here when the process is asked to end.
 */
@Component
class RunStops {

	private static final Log logger = LogFactory.getLog(RunStops.class);

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final RunEvents events;

	RunStops(JobRepository jobRepository, JobOperator jobOperator, RunEvents events) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.events = events;
	}

	/** Asks the run to stop; refused (exit code 3) when it is not running. */
	void stop(long runId) {
		for (String name : List.of(RunJobConfiguration.RUN, RunJobConfiguration.INGEST)) {
			for (JobExecution execution : this.jobRepository.findRunningJobExecutions(name)) {
				if (execution.getJobInstance().getInstanceId() == runId) {
					try {
						this.jobOperator.stop(execution);
						return;
					}
					catch (JobExecutionNotRunningException ex) {
						break;
					}
				}
			}
		}
		throw new UserException(3, "run " + runId + " is not running");
	}

	/**
	 * Stops the run in progress in this process, if any, and waits up to {@code wait} for
	 * it to end.
	 * @return the stopped run's id, or -1 when none was running
	 */
	long stopCurrent(Duration wait) {
		JobExecution running = this.events.current();
		if (running == null) {
			return -1;
		}
		long runId = running.getJobInstance().getInstanceId();
		logger.info("Stopping run " + runId + " at its next safe point, for a shutdown");
		try {
			this.jobOperator.stop(running);
		}
		catch (JobExecutionNotRunningException ex) {
			return runId;
		}
		long until = System.nanoTime() + wait.toNanos();
		while (this.events.current() != null && System.nanoTime() < until) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		if (this.events.current() != null) {
			logger.warn("Run " + runId + " did not stop within " + wait.toSeconds() + " s; the next start recovers it");
		}
		return runId;
	}

}
