package org.pathway.pipeline;

import java.util.concurrent.CompletableFuture;

import org.pathway.ingest.InputState;
import org.pathway.progress.RunProgress;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Hears the jobs begin and end: tells a caller waiting for a run in the background which
 * execution it got, knows which execution is running here, records what the database
 * holds when a run completes (so an identical request later is known to be done), and
 * clears the progress when the run ends.
 */
@Component
class RunEvents implements JobExecutionListener {

	static final String STATE_AFTER = "stateAfter";

	private final RunProgress progress;

	private final InputState inputs;

	private final JobRepository jobRepository;

	private volatile CompletableFuture<JobExecution> awaitingStart;

	private volatile JobExecution current;

	RunEvents(RunProgress progress, InputState inputs, JobRepository jobRepository) {
		this.progress = progress;
		this.inputs = inputs;
		this.jobRepository = jobRepository;
	}

	/** The next job execution to begin completes the returned future. */
	CompletableFuture<JobExecution> nextStart() {
		CompletableFuture<JobExecution> future = new CompletableFuture<>();
		this.awaitingStart = future;
		return future;
	}

	/** The execution running in this process, or null. */
	JobExecution current() {
		return this.current;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		this.current = jobExecution;
		CompletableFuture<JobExecution> future = this.awaitingStart;
		this.awaitingStart = null;
		if (future != null) {
			future.complete(jobExecution);
		}
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		this.current = null;
		this.progress.clear();
		if (jobExecution.getStatus() == BatchStatus.COMPLETED) {
			jobExecution.getExecutionContext().putString(STATE_AFTER, this.inputs.accepted());
			this.jobRepository.updateExecutionContext(jobExecution);
		}
	}

}
