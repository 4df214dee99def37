package org.pathway.pipeline;

import org.springframework.batch.core.job.JobExecution;

/**
 * What a caller gets back at once when it asks for a run in the background.
 *
 * @param runId the run's id (its job instance: restarts keep it)
 * @param executionId the execution doing (or that did) the work
 * @param alreadyDone true when an identical run had completed before, so nothing starts
 * @param status the execution's status when the ticket was written
 */
public record RunTicket(long runId, long executionId, boolean alreadyDone, String status) {

	static RunTicket of(JobExecution execution, boolean alreadyDone) {
		return new RunTicket(execution.getJobInstance().getInstanceId(), execution.getId(), alreadyDone,
				execution.getStatus().name());
	}

}
