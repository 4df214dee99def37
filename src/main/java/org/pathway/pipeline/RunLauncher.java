package org.pathway.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.pathway.ingest.InputFile;
import org.pathway.ingest.InputScanner;
import org.pathway.ingest.InputState;
import org.pathway.run.RunRecords;
import org.pathway.io.Sha256;
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
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one way runs start, whatever triggers them: the command line, the scheduler, the
 * API and the pages all come here. One run at a time per process ({@link RunSlot});
 * across processes the data folder lock. A run's identity is its job and parameters:
 * asking again for a completed identical run returns it without doing the work twice; a
 * run left STARTED by a killed process is recovered and then resumed where it stopped.
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

	private final InputState inputs;

	private final RunEvents events;

	private final Path templates;

	private final RunSlot slot;

	private final ExecutorService background = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "pathway-run");
		thread.setDaemon(true);
		return thread;
	});

	RunLauncher(JobOperator jobOperator, JobRepository jobRepository, @Qualifier("runJob") Job runJob,
			@Qualifier("ingestJob") Job ingestJob, InputScanner scanner, RunRecords records, InputState inputs,
			RunEvents events, RunSlot slot, @Value("${pathway.report-templates:report-templates}") String templates) {
		this.templates = Path.of(templates);
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.runJob = runJob;
		this.ingestJob = ingestJob;
		this.scanner = scanner;
		this.records = records;
		this.inputs = inputs;
		this.events = events;
		this.slot = slot;
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
		Start start = prepare(request);
		if (start.done() != null) {
			return result(start.done(), true);
		}
		this.slot.describe(describe(request) + " (run " + start.runIdOrNew() + ")");
		return result(execute(start), false);
	}

	/**
	 * Starts the request in the background and returns as soon as its execution exists
	 * (or at once, when an identical run has completed). Refused with exit code 3 when a
	 * run is in progress.
	 */
	public RunTicket submit(RunRequest request) {
		return inBackground(describe(request), 2, () -> {
			Start start = prepare(request);
			return (start.done() != null) ? Plan.answer(RunTicket.of(start.done(), true))
					: Plan.work(() -> execute(start));
		});
	}

	/**
	 * Restarts a failed or stopped run in the background: it resumes where it stopped,
	 * with the same parameters.
	 */
	public RunTicket restart(long runId) {
		JobInstance instance = this.jobRepository.getJobInstance(runId);
		if (instance == null) {
			throw new NoSuchRunException(runId);
		}
		JobExecution current = this.jobRepository.getLastJobExecution(instance);
		if (current != null && current.isRunning() && this.slot.busy()) {
			throw new UserException(3, "run " + runId + " is running; stop it first, or wait for it to end");
		}
		// a run that has just stopped may still be letting go of the slot
		return inBackground("run " + runId + " (restart)", 15, () -> {
			JobExecution last = restartable(runId);
			return Plan.work(() -> this.jobOperator.restart(last));
		});
	}

	/**
	 * Restarts a failed or stopped run in the calling thread and returns when it ends.
	 */
	public RunResult resume(long runId) {
		this.slot.take("run " + runId + " (restart)");
		try {
			JobExecution last = restartable(runId);
			try {
				return result(this.jobOperator.restart(last), false);
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
		JobInstance instance = this.jobRepository.getJobInstance(runId);
		if (instance == null) {
			throw new NoSuchRunException(runId);
		}
		JobParameters parameters = this.jobRepository.getLastJobExecution(instance).getJobParameters();
		Path input = Path.of(parameters.getString("input"));
		if (RunJobConfiguration.INGEST.equals(instance.getJobName())) {
			return RunRequest.ingest(input);
		}
		return new RunRequest(false, input, parameters.getLocalDate("asOf"), Path.of(parameters.getString("output")),
				list(parameters.getString("reports")), list(parameters.getString("funders")));
	}

	private static List<String> list(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : List.of(joined.split(","));
	}

	/**
	 * The last execution of a run that can be restarted (recovering a crashed one first).
	 */
	private JobExecution restartable(long runId) {
		recoverHoldingSlot();
		JobInstance instance = this.jobRepository.getJobInstance(runId);
		if (instance == null) {
			throw new NoSuchRunException(runId);
		}
		JobExecution last = this.jobRepository.getLastJobExecution(instance);
		if (last == null || last.getStatus() == BatchStatus.COMPLETED) {
			throw new UserException(3, "run " + runId + " has completed; there is nothing to restart");
		}
		if (last.getStatus() == BatchStatus.ABANDONED) {
			throw new UserException(3, "run " + runId + " was abandoned and cannot be restarted");
		}
		return last;
	}

	/**
	 * Asks the run to stop at its next safe point (between files, between steps). It can
	 * be restarted later.
	 */
	public void stop(long runId) {
		if (this.jobRepository.getJobInstance(runId) == null) {
			throw new NoSuchRunException(runId);
		}
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
	 * Asks the run in progress in this process, if any, to stop at its next safe point
	 * and waits up to {@code wait} for it to end (a shutdown's way: the run is left
	 * STOPPED, and a restart resumes it).
	 * @return the stopped run's id, or -1 when none was running
	 */
	public long stopCurrent(Duration wait) {
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

	/** True while a run holds this process's slot. */
	public boolean busy() {
		return this.slot.busy();
	}

	/**
	 * Takes the slot, decides what to do holding it, and either answers at once
	 * (releasing the slot) or hands the work to the background thread, which releases the
	 * slot when the run ends; returns as soon as the run's execution exists.
	 */
	private RunTicket inBackground(String what, int graceSeconds, Supplier<Plan> decide) {
		this.slot.take(what, graceSeconds);
		Plan plan;
		try {
			plan = decide.get();
		}
		catch (RuntimeException ex) {
			this.slot.release();
			throw ex;
		}
		if (plan.answer() != null) {
			this.slot.release();
			return plan.answer();
		}
		Callable<JobExecution> work = plan.work();
		CompletableFuture<JobExecution> started = this.events.nextStart();
		this.background.execute(() -> {
			try {
				JobExecution execution = work.call();
				started.complete(execution);
				result(execution, false);
			}
			catch (Exception ex) {
				started.completeExceptionally(ex);
				logger.error("Could not run " + what, ex);
			}
			finally {
				this.slot.release();
			}
		});
		try {
			return RunTicket.of(started.get(), false);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while starting " + what, ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("could not start " + what + ": " + ex.getCause().getMessage(), ex);
		}
	}

	/**
	 * Checks the request and works out what to do: return a completed identical run,
	 * resume an interrupted one, or start a new one.
	 */
	private Start prepare(RunRequest request) {
		if (!Files.isDirectory(request.input())) {
			throw new UserException(2, "input folder '" + request.input() + "' does not exist or is not a folder");
		}
		if (!request.ingestOnly()) {
			checkTemplates(request);
		}
		recoverHoldingSlot();
		Job job = request.ingestOnly() ? this.ingestJob : this.runJob;
		JobParameters parameters = parameters(request);
		JobInstance existing = this.jobRepository.getJobInstance(job.getName(), parameters);
		if (existing != null) {
			JobExecution last = this.jobRepository.getLastJobExecution(existing);
			if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
				return new Start(job, parameters, null, last);
			}
		}
		JobExecution done = completedFromHere(job, parameters);
		if (done != null) {
			return new Start(job, parameters, null, done);
		}
		return new Start(job, parameters, interruptedRunOf(job, parameters), null);
	}

	/**
	 * A recent completed run asked the same (input checksums, date, output, reports,
	 * funders) that left the database as it is now: the same request again has nothing to
	 * do. (Its own parameters hold the state it started from, before its ingest.)
	 */
	private JobExecution completedFromHere(Job job, JobParameters parameters) {
		String now = parameters.getString("state");
		for (JobInstance instance : this.jobRepository.getJobInstances(job.getName(), 0, 20)) {
			JobExecution last = this.jobRepository.getLastJobExecution(instance);
			if (last != null && last.getStatus() == BatchStatus.COMPLETED
					&& now.equals(last.getExecutionContext().getString(RunEvents.STATE_AFTER, ""))
					&& sameRequest(last.getJobParameters(), parameters)) {
				return last;
			}
		}
		return null;
	}

	private JobExecution execute(Start start) {
		try {
			if (start.resume() != null) {
				logger.info("Resuming run " + start.resume().getJobInstance().getInstanceId());
				return this.jobOperator.restart(start.resume());
			}
			return this.jobOperator.start(start.job(), start.parameters());
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			JobInstance instance = this.jobRepository.getJobInstance(start.job().getName(), start.parameters());
			return this.jobRepository.getLastJobExecution(instance);
		}
		catch (JobExecutionAlreadyRunningException ex) {
			throw new UserException(3, "refused: the same run is already in progress");
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not start the " + start.job().getName() + " job: " + ex.getMessage(),
					ex);
		}
	}

	private static String describe(RunRequest request) {
		return request.ingestOnly() ? "an ingest of " + request.input() : "a run as of " + request.asOf();
	}

	/**
	 * What to do once the slot is held: an answer at once, or work for the background
	 * thread.
	 *
	 * @param answer the answer, or null
	 * @param work the work, or null
	 */
	private record Plan(RunTicket answer, Callable<JobExecution> work) {

		static Plan answer(RunTicket ticket) {
			return new Plan(ticket, null);
		}

		static Plan work(Callable<JobExecution> work) {
			return new Plan(null, work);
		}

	}

	/**
	 * What {@link #prepare} decided.
	 *
	 * @param job the job to run
	 * @param parameters its identifying parameters
	 * @param resume an interrupted execution to resume, or null
	 * @param done the completed identical run's execution, or null
	 */
	private record Start(Job job, JobParameters parameters, JobExecution resume, JobExecution done) {

		String runIdOrNew() {
			return (this.resume != null) ? String.valueOf(this.resume.getJobInstance().getInstanceId()) : "new";
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
			recoverHoldingSlot();
		}
		finally {
			this.slot.release();
		}
	}

	private void recoverHoldingSlot() {
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
		return sameRequest(execution.getJobParameters(), parameters) ? execution : null;
	}

	/**
	 * The same input files, date, output, reports and funders, whatever the database
	 * held.
	 */
	private static boolean sameRequest(JobParameters previous, JobParameters parameters) {
		for (String name : List.of("input", "inputs", "asOf", "output", "reports", "funders")) {
			Object before = (previous.getParameter(name) != null) ? previous.getParameter(name).value() : null;
			Object now = (parameters.getParameter(name) != null) ? parameters.getParameter(name).value() : null;
			if (!java.util.Objects.equals(before, now)) {
				return false;
			}
		}
		return true;
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
			.addString("state", this.inputs.accepted());
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

	private static String digest(List<InputFile> files) {
		StringBuilder lines = new StringBuilder();
		files.forEach((file) -> lines.append(file.path()).append('\t').append(file.sha256()).append('\n'));
		return Sha256.hex(lines.toString());
	}

}
