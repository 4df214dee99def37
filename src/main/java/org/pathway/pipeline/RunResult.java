package org.pathway.pipeline;

import java.util.List;

import org.pathway.run.FileOutcome;
import org.pathway.run.Problem;

/**
 * What a run did.
 *
 * @param runId the run's id (its job instance: restarts keep it)
 * @param executionId the execution that ended now
 * @param completed true when the run completed (now or before)
 * @param alreadyDone true when an identical run had completed before, so nothing was done
 * again
 * @param files what happened to each input file
 * @param problems every input problem of the run
 * @param failure why the run failed, or null
 */
public record RunResult(long runId, long executionId, boolean completed, boolean alreadyDone, List<FileOutcome> files,
		List<Problem> problems, String failure) {

	/** The failure of a run that was asked to stop and did: a restart resumes it. */
	public static final String STOPPED = "the run was stopped before it finished";

	public boolean anyRejected() {
		return this.files.stream().anyMatch((file) -> FileOutcome.REJECTED.equals(file.status()));
	}

}
