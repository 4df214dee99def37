package org.pathway.pipeline;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.task.SimpleAsyncTaskExecutorBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Starts what {@link RunIdentity} decided, in the calling thread or on a background
 * thread of Spring's (a {@link SimpleAsyncTaskExecutor} from Boot's builder): a new
 * execution, or the restart of an interrupted one. A background start returns as soon as
 * the execution exists; the slot is released when the run ends.
 */
@Component
class RunStarter {

	private static final Log logger = LogFactory.getLog(RunStarter.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final RunSlot slot;

	private final RunEvents events;

	private final RunResults results;

	private final TaskExecutor background;

	RunStarter(JobOperator jobOperator, JobRepository jobRepository, RunSlot slot, RunEvents events, RunResults results,
			SimpleAsyncTaskExecutorBuilder executors) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.slot = slot;
		this.events = events;
		this.results = results;
		SimpleAsyncTaskExecutor background = executors.threadNamePrefix("pathway-run-").build();
		// a run stopping at the end of the process is GracefulStop's to wait for
		background.setDaemon(true);
		this.background = background;
	}

	/** Runs the start in this thread and returns the execution when it ends. */
	JobExecution execute(RunIdentity.Start start) {
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

	/**
	 * Takes the slot and decides what to do holding it: answers at once (releasing the
	 * slot), or hands the work to the background, which releases the slot when the run
	 * ends.
	 */
	RunTicket submit(String what, int graceSeconds, Supplier<Plan> decide) {
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
		return inBackground(what, plan.work());
	}

	/**
	 * What to do once the slot is held: an answer at once, or work for the background.
	 *
	 * @param answer the answer, or null
	 * @param work the work, or null
	 */
	record Plan(RunTicket answer, Callable<JobExecution> work) {

		static Plan answer(RunTicket ticket) {
			return new Plan(ticket, null);
		}

		static Plan work(Callable<JobExecution> work) {
			return new Plan(null, work);
		}

	}

	/**
	 * Hands {@code work} to the background, which releases the slot (held by the caller)
	 * when the run ends; returns as soon as the run's execution exists.
	 */
	private RunTicket inBackground(String what, Callable<JobExecution> work) {
		CompletableFuture<JobExecution> started = this.events.nextStart();
		this.background.execute(() -> {
			try {
				JobExecution execution = work.call();
				started.complete(execution);
				this.results.of(execution, false);
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

}
