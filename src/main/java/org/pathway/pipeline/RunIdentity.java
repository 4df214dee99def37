package org.pathway.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.pathway.ingest.InputFile;
import org.pathway.ingest.InputScanner;
import org.pathway.ingest.InputState;
import org.pathway.io.Sha256;
import org.pathway.report.TemplateException;
import org.pathway.report.TemplateLoader;
import org.pathway.run.RunParameters;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a request means. Its identity is its job and parameters ({@link RunParameters}):
 * the checksums of the input files, the as-of date, the output, reports and funders, and
 * what the database held. So asking again for a run that completed, with nothing loaded
 * since, is that run; a failed or stopped run asked for again is resumed; anything else
 * is a new run. A broken template refuses the request before anything runs.
 */
@Component
class RunIdentity {

	private static final Log logger = LogFactory.getLog(RunIdentity.class);

	/** How many recent runs are looked at for one that completed from the same state. */
	private static final int RECENT = 20;

	private final JobRepository jobRepository;

	private final Job runJob;

	private final Job ingestJob;

	private final InputScanner scanner;

	private final InputState inputs;

	private final RunRecovery recovery;

	private final Path templates;

	RunIdentity(JobRepository jobRepository, @Qualifier("runJob") Job runJob, @Qualifier("ingestJob") Job ingestJob,
			InputScanner scanner, InputState inputs, RunRecovery recovery,
			@Value("${pathway.report-templates:report-templates}") String templates) {
		this.jobRepository = jobRepository;
		this.runJob = runJob;
		this.ingestJob = ingestJob;
		this.scanner = scanner;
		this.inputs = inputs;
		this.recovery = recovery;
		this.templates = Path.of(templates);
	}

	/**
	 * What {@link #prepare} decided.
	 *
	 * @param job the job to run
	 * @param parameters its identifying parameters
	 * @param resume an interrupted execution to resume, or null
	 * @param done the completed identical run's execution, or null
	 */
	record Start(Job job, JobParameters parameters, JobExecution resume, JobExecution done) {

		String runIdOrNew() {
			return (this.resume != null) ? String.valueOf(this.resume.getJobInstance().getInstanceId()) : "new";
		}

	}

	/**
	 * Checks the request and works out what to do: return a completed identical run,
	 * resume an interrupted one, or start a new one. The caller holds the run slot.
	 */
	Start prepare(RunRequest request) {
		if (!Files.isDirectory(request.input())) {
			throw new UserException(2, "input folder '" + request.input() + "' does not exist or is not a folder");
		}
		if (!request.ingestOnly()) {
			try {
				TemplateLoader.check(this.templates, request.reports());
			}
			catch (TemplateException ex) {
				throw new UserException(2, ex.getMessage());
			}
		}
		this.recovery.recoverHoldingSlot();
		Job job = request.ingestOnly() ? this.ingestJob : this.runJob;
		RunParameters run = parameters(request);
		JobParameters parameters = run.toJobParameters();
		JobInstance existing = this.jobRepository.getJobInstance(job.getName(), parameters);
		if (existing != null) {
			JobExecution last = this.jobRepository.getLastJobExecution(existing);
			if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
				return new Start(job, parameters, null, last);
			}
		}
		JobExecution done = completedFromHere(job, run);
		if (done != null) {
			return new Start(job, parameters, null, done);
		}
		return new Start(job, parameters, interruptedRunOf(job, run), null);
	}

	/**
	 * A recent completed run asked the same (input checksums, date, output, reports,
	 * funders) that left the database as it is now: the same request again has nothing to
	 * do. (Its own parameters hold the state it started from, before its ingest.)
	 */
	private JobExecution completedFromHere(Job job, RunParameters run) {
		for (JobInstance instance : this.jobRepository.getJobInstances(job.getName(), 0, RECENT)) {
			JobExecution last = this.jobRepository.getLastJobExecution(instance);
			if (last != null && last.getStatus() == BatchStatus.COMPLETED
					&& run.state().equals(last.getExecutionContext().getString(RunEvents.STATE_AFTER, ""))
					&& RunParameters.of(last.getJobParameters()).sameRequest(run)) {
				return last;
			}
		}
		return null;
	}

	/**
	 * The last run of the job, if it failed or was stopped on the same input files and
	 * as-of date: asking for that run again resumes it rather than starting from zero.
	 */
	private JobExecution interruptedRunOf(Job job, RunParameters run) {
		JobInstance last = this.jobRepository.getLastJobInstance(job.getName());
		if (last == null) {
			return null;
		}
		JobExecution execution = this.jobRepository.getLastJobExecution(last);
		if (execution == null
				|| !(execution.getStatus() == BatchStatus.FAILED || execution.getStatus() == BatchStatus.STOPPED)) {
			return null;
		}
		return RunParameters.of(execution.getJobParameters()).sameRequest(run) ? execution : null;
	}

	private RunParameters parameters(RunRequest request) {
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
		String digest = digest(files);
		String state = this.inputs.accepted();
		return request.ingestOnly() ? RunParameters.ingest(request.input(), digest, state) : new RunParameters(
				request.input(), digest, state, request.asOf(), request.output(), request.reports(), request.funders());
	}

	private static String digest(List<InputFile> files) {
		StringBuilder lines = new StringBuilder();
		files.forEach((file) -> lines.append(file.path()).append('\t').append(file.sha256()).append('\n'));
		return Sha256.hex(lines.toString());
	}

}
