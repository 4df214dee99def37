package org.pathway.pipeline;

import java.util.concurrent.CompletableFuture;

import org.pathway.progress.RunProgress;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Hears the jobs begin and end: tells a caller waiting for a run in the background which
 * execution it got, and clears the progress when the run ends.
 */
@Component
class RunEvents implements JobExecutionListener {

	private final RunProgress progress;

	private volatile CompletableFuture<JobExecution> awaitingStart;

	RunEvents(RunProgress progress) {
		this.progress = progress;
	}

	/** The next job execution to begin completes the returned future. */
	CompletableFuture<JobExecution> nextStart() {
		CompletableFuture<JobExecution> future = new CompletableFuture<>();
		this.awaitingStart = future;
		return future;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		CompletableFuture<JobExecution> future = this.awaitingStart;
		this.awaitingStart = null;
		if (future != null) {
			future.complete(jobExecution);
		}
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		this.progress.clear();
	}

}
