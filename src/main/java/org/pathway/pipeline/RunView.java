package org.pathway.pipeline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.pathway.run.FileOutcome;
import org.pathway.progress.RunProgress;

/**
 * One run as people see it: what it was asked, how far it got, what happened to its
 * input.
 *
 * @param runId the run's id
 * @param job {@code run} or {@code ingest}
 * @param status the last execution's status (COMPLETED, FAILED, STARTED, STOPPED...)
 * @param asOf the as-of date, or null for an ingest
 * @param started when the last execution started
 * @param ended when it ended, or null while it runs
 * @param executions how many executions the run has had (restarts add one)
 * @param step the step running now, or the last one that ran
 * @param progress what the running step has done, or null when the run is not running
 * here
 * @param files what happened to each input file
 * @param problems how many input problems the run recorded
 * @param failure why the last execution failed, or null
 */
public record RunView(long runId, String job, String status, LocalDate asOf, LocalDateTime started, LocalDateTime ended,
		int executions, String step, RunProgress.Snapshot progress, List<FileOutcome> files, long problems,
		String failure) {

	public boolean running() {
		return "STARTING".equals(this.status) || "STARTED".equals(this.status) || "STOPPING".equals(this.status);
	}

	/**
	 * True when the run completed but rejected some of its input files: it is shown as
	 * "completed with problems" (and its JSON says
	 * {@code "completedWithProblems": true}).
	 */
	public boolean isCompletedWithProblems() {
		return "COMPLETED".equals(this.status) && rejected() > 0;
	}

	/** The status as people read it: COMPLETED WITH PROBLEMS, or the status itself. */
	public String shownStatus() {
		return isCompletedWithProblems() ? "COMPLETED WITH PROBLEMS" : this.status;
	}

	public long accepted() {
		return count(FileOutcome.ACCEPTED);
	}

	public long rejected() {
		return count(FileOutcome.REJECTED);
	}

	public long rows() {
		return this.files.stream()
			.filter((file) -> !FileOutcome.REJECTED.equals(file.status()))
			.mapToLong(FileOutcome::records)
			.sum();
	}

	private long count(String status) {
		return this.files.stream().filter((file) -> status.equals(file.status())).count();
	}

}
