package org.pathway.pipeline;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Marks the executions that a killed process left STARTED as failed (Spring Batch's
 * recover), so that they can be restarted. Only safe while no run is in progress here or
 * elsewhere on the database: the caller holds the run slot.
 */
@Component
class RunRecovery {

	private static final Log logger = LogFactory.getLog(RunRecovery.class);

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	RunRecovery(JobRepository jobRepository, JobOperator jobOperator) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
	}

	void recoverHoldingSlot() {
		for (String name : List.of(RunJobConfiguration.RUN, RunJobConfiguration.INGEST)) {
			for (JobExecution execution : this.jobRepository.findRunningJobExecutions(name)) {
				logger.warn("Recovering run " + execution.getJobInstance().getInstanceId() + " (execution "
						+ execution.getId() + ") left " + execution.getStatus() + " by a process that stopped");
				this.jobOperator.recover(execution);
			}
		}
	}

}
