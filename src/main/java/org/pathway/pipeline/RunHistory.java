package org.pathway.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.pathway.run.RunRecords;
import org.pathway.run.Problem;
import org.pathway.progress.RunProgress;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Runs as people see them, newest first, read from the job repository and the run's
 * records; the progress of the one running here comes from {@link RunProgress}.
 */
@Component
public class RunHistory {

	private final JobRepository jobRepository;

	private final RunRecords records;

	private final RunProgress progress;

	RunHistory(JobRepository jobRepository, RunRecords records, RunProgress progress) {
		this.jobRepository = jobRepository;
		this.records = records;
		this.progress = progress;
	}

	/** The newest runs of both jobs, at most {@code limit}. */
	public List<RunView> recent(int limit) {
		List<JobInstance> instances = new ArrayList<>();
		for (String job : List.of(RunJobConfiguration.RUN, RunJobConfiguration.INGEST)) {
			instances.addAll(this.jobRepository.getJobInstances(job, 0, limit));
		}
		return instances.stream()
			.sorted(Comparator.comparingLong(JobInstance::getInstanceId).reversed())
			.limit(limit)
			.map(this::view)
			.flatMap(Optional::stream)
			.toList();
	}

	public Optional<RunView> find(long runId) {
		JobInstance instance = this.jobRepository.getJobInstance(runId);
		return (instance != null) ? view(instance) : Optional.empty();
	}

	public List<Problem> problems(long runId) {
		return this.records.problems(runId);
	}

	private Optional<RunView> view(JobInstance instance) {
		List<JobExecution> executions = this.jobRepository.getJobExecutions(instance);
		JobExecution last = this.jobRepository.getLastJobExecution(instance);
		if (last == null) {
			return Optional.empty();
		}
		long runId = instance.getInstanceId();
		String step = last.getStepExecutions()
			.stream()
			.max(Comparator.comparingLong(StepExecution::getId))
			.map(StepExecution::getStepName)
			.orElse(null);
		boolean running = last.isRunning();
		RunProgress.Snapshot now = this.progress.snapshot();
		RunProgress.Snapshot shown = (running && now.running()) ? now : null;
		if (shown != null) {
			step = now.step();
		}
		JobParameter<?> asOf = last.getJobParameters().getParameter("asOf");
		String failure = last.getAllFailureExceptions()
			.stream()
			.findFirst()
			.map(Throwable::getMessage)
			.orElse(last.getExitStatus().getExitDescription().isBlank() ? null
					: firstLine(last.getExitStatus().getExitDescription()));
		if (last.getStatus().name().equals("COMPLETED")) {
			failure = null;
		}
		return Optional.of(new RunView(runId, instance.getJobName(), last.getStatus().name(),
				(asOf != null) ? (LocalDate) asOf.value() : null, last.getStartTime(), last.getEndTime(),
				executions.size(), step, shown, this.records.files(runId), this.records.problems(runId).size(),
				failure));
	}

	private static String firstLine(String text) {
		int newline = text.indexOf('\n');
		return (newline < 0) ? text : text.substring(0, newline);
	}

}
