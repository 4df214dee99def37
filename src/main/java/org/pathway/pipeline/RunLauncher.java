package org.pathway.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.pathway.ingest.InputFile;
import org.pathway.ingest.InputScanner;
import org.pathway.ingest.RunRecords;
import org.pathway.report.ReportTemplate;
import org.pathway.report.TemplateException;
import org.pathway.report.TemplateLoader;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one way runs start, whatever triggers them. A run's identity is its job and
 * parameters: asking again for a completed identical run returns it without doing the
 * work twice; a run left STARTED by a killed process is recovered and then resumed where
 * it stopped. Callers hold the data folder lock, so no other process can be running at
 * the same time.
 */
@Component
public class RunLauncher {

	private static final Log logger = LogFactory.getLog(RunLauncher.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job runJob;

	private final Job ingestJob;

	private final InputScanner scanner;

	private final RunRecords records;

	private final Path templates;

	RunLauncher(JobOperator jobOperator, JobRepository jobRepository, @Qualifier("runJob") Job runJob,
			@Qualifier("ingestJob") Job ingestJob, InputScanner scanner, RunRecords records,
			@Value("${pathway.report-templates:report-templates}") String templates) {
		this.templates = Path.of(templates);
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.runJob = runJob;
		this.ingestJob = ingestJob;
		this.scanner = scanner;
		this.records = records;
	}

	public RunResult launch(RunRequest request) {
		if (!Files.isDirectory(request.input())) {
			throw new UserException(2, "input folder '" + request.input() + "' does not exist or is not a folder");
		}
		if (!request.ingestOnly()) {
			checkTemplates(request);
		}
		recoverInterrupted();
		Job job = request.ingestOnly() ? this.ingestJob : this.runJob;
		JobParameters parameters = parameters(request);
		try {
			JobExecution interrupted = interruptedRunOf(job, parameters);
			if (interrupted != null) {
				logger.info("Resuming run " + interrupted.getJobInstance().getInstanceId());
				return result(this.jobOperator.restart(interrupted), false);
			}
			JobExecution execution = this.jobOperator.start(job, parameters);
			return result(execution, false);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			JobInstance instance = this.jobRepository.getJobInstance(job.getName(), parameters);
			return result(this.jobRepository.getLastJobExecution(instance), true);
		}
		catch (JobExecutionAlreadyRunningException ex) {
			throw new UserException(3, "the same run is already in progress");
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not start the " + job.getName() + " job: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A broken template is refused before anything runs, with its file, line and problem.
	 */
	private void checkTemplates(RunRequest request) {
		for (String report : request.reports()) {
			if (!ReportTemplate.REPORTS.contains(report)) {
				throw new UserException(2,
						"--report " + report + ": expected one of " + String.join(", ", ReportTemplate.REPORTS));
			}
		}
		for (String report : ReportTemplate.REPORTS) {
			try {
				TemplateLoader.load(this.templates, report);
			}
			catch (TemplateException ex) {
				throw new UserException(2, ex.getMessage());
			}
		}
	}

	/**
	 * Marks executions that a killed process left STARTED as failed, so they can be
	 * restarted.
	 */
	void recoverInterrupted() {
		for (String name : List.of(RunJobConfiguration.RUN, RunJobConfiguration.INGEST)) {
			for (JobExecution execution : this.jobRepository.findRunningJobExecutions(name)) {
				logger.warn("Recovering run " + execution.getJobInstance().getInstanceId() + " (execution "
						+ execution.getId() + ") left " + execution.getStatus() + " by a process that stopped");
				this.jobOperator.recover(execution);
			}
		}
	}

	/**
	 * The last run of the job, if it failed or was stopped on the same input files and
	 * as-of date: asking for that run again resumes it rather than starting from zero.
	 */
	private JobExecution interruptedRunOf(Job job, JobParameters parameters) {
		JobInstance last = this.jobRepository.getLastJobInstance(job.getName());
		if (last == null) {
			return null;
		}
		JobExecution execution = this.jobRepository.getLastJobExecution(last);
		if (execution == null
				|| !(execution.getStatus() == BatchStatus.FAILED || execution.getStatus() == BatchStatus.STOPPED)) {
			return null;
		}
		JobParameters previous = execution.getJobParameters();
		for (String name : List.of("input", "inputs", "asOf", "output", "reports", "funders")) {
			Object before = (previous.getParameter(name) != null) ? previous.getParameter(name).value() : null;
			Object now = (parameters.getParameter(name) != null) ? parameters.getParameter(name).value() : null;
			if (!java.util.Objects.equals(before, now)) {
				return null;
			}
		}
		return execution;
	}

	private JobParameters parameters(RunRequest request) {
		List<InputFile> files;
		try {
			long started = System.nanoTime();
			files = this.scanner.scan(request.input());
			logger.info("Scanned " + files.size() + " input files, "
					+ files.stream().mapToLong(InputFile::bytes).sum() / 1_000_000 + " MB, checksums in "
					+ (System.nanoTime() - started) / 1_000_000 + " ms");
		}
		catch (IOException ex) {
			throw new UserException(4, "cannot read the input folder '" + request.input() + "': " + ex.getMessage());
		}
		JobParametersBuilder builder = new JobParametersBuilder()
			.addString("input", request.input().toAbsolutePath().normalize().toString())
			.addString("inputs", digest(files))
			.addString("state", this.records.acceptedState());
		if (!request.ingestOnly()) {
			builder.addLocalDate("asOf", request.asOf())
				.addString("output", request.output().toAbsolutePath().normalize().toString())
				.addString("reports", String.join(",", new java.util.TreeSet<>(request.reports())))
				.addString("funders", String.join(",", new java.util.TreeSet<>(request.funders())));
		}
		return builder.toJobParameters();
	}

	private RunResult result(JobExecution execution, boolean alreadyDone) {
		long runId = execution.getJobInstance().getInstanceId();
		String failure = null;
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			failure = execution.getAllFailureExceptions()
				.stream()
				.findFirst()
				.map((ex) -> rootMessage(ex))
				.orElse("the run ended " + execution.getStatus());
			execution.getAllFailureExceptions().forEach((ex) -> logger.error("Run " + runId + " failed", ex));
		}
		return new RunResult(runId, execution.getId(), execution.getStatus() == BatchStatus.COMPLETED, alreadyDone,
				this.records.files(runId), this.records.problems(runId), failure);
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

	private static String digest(List<InputFile> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (InputFile file : files) {
				digest.update((file.path() + "\t" + file.sha256() + "\n").getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
