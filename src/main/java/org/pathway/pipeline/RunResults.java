package org.pathway.pipeline;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.pathway.run.RunParameters;
import org.pathway.run.RunRecords;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs as their callers see them: what an execution did ({@link RunResult}), what a run
 * was asked to do ({@link RunRequest}), and which execution of a run a restart resumes.
 */
@Component
class RunResults {

	private static final Log logger = LogFactory.getLog(RunResults.class);

	private final JobRepository jobRepository;

	private final RunRecords records;

	private final RunRecovery recovery;

	RunResults(JobRepository jobRepository, RunRecords records, RunRecovery recovery) {
		this.jobRepository = jobRepository;
		this.records = records;
		this.recovery = recovery;
	}

	RunResult of(JobExecution execution, boolean alreadyDone) {
		long runId = execution.getJobInstance().getInstanceId();
		String failure = null;
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			failure = (execution.getStatus() == BatchStatus.STOPPED) ? RunResult.STOPPED
					: execution.getAllFailureExceptions()
						.stream()
						.findFirst()
						.map(Trouble::describe)
						.orElse("the run ended " + execution.getStatus());
			if (execution.getStatus() == BatchStatus.STOPPED) {
				logger.info("Run " + runId + " stopped as asked; restart it to resume where it stopped");
			}
			else {
				execution.getAllFailureExceptions().forEach((ex) -> logger.error("Run " + runId + " failed", ex));
			}
		}
		return new RunResult(runId, execution.getId(), execution.getStatus() == BatchStatus.COMPLETED, alreadyDone,
				this.records.files(runId), this.records.problems(runId), failure);
	}

	/** What a run was asked to do, read back from its parameters. */
	RunRequest requestOf(long runId) {
		JobInstance instance = instance(runId);
		RunParameters run = RunParameters.of(this.jobRepository.getLastJobExecution(instance).getJobParameters());
		if (RunJobConfiguration.INGEST.equals(instance.getJobName())) {
			return RunRequest.ingest(run.input());
		}
		return new RunRequest(false, run.input(), run.asOf(), run.output(), run.reports(), run.funders());
	}

	/**
	 * The last execution of a run that can be restarted (recovering a crashed one first).
	 * The caller holds the run slot.
	 */
	JobExecution restartable(long runId) {
		this.recovery.recoverHoldingSlot();
		JobExecution last = this.jobRepository.getLastJobExecution(instance(runId));
		if (last == null || last.getStatus() == BatchStatus.COMPLETED) {
			throw new UserException(3, "run " + runId + " has completed; there is nothing to restart");
		}
		if (last.getStatus() == BatchStatus.ABANDONED) {
			throw new UserException(3, "run " + runId + " was abandoned and cannot be restarted");
		}
		return last;
	}

	JobInstance instance(long runId) {
		JobInstance instance = this.jobRepository.getJobInstance(runId);
		if (instance == null) {
			throw new NoSuchRunException(runId);
		}
		return instance;
	}

}
