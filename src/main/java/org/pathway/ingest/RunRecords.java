package org.pathway.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.pathway.ingest.read.Problem;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.stereotype.Component;

/**
 * What a run recorded about its input files: one outcome per file, and every problem
 * found.
 */
@Component
public class RunRecords {

	private final IngestStore store;

	RunRecords(IngestStore store) {
		this.store = store;
	}

	/** The id of the run a step belongs to: its job instance, which a restart keeps. */
	public static long runId(ChunkContext chunk) {
		return chunk.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
	}

	public List<FileOutcome> files(long runId) {
		return this.store.runFiles(runId)
			.stream()
			.map((row) -> new FileOutcome((String) row.get("path"),
					(row.get("kind") != null) ? InputKind.valueOf((String) row.get("kind")) : null,
					(String) row.get("status"), ((Number) row.get("records")).longValue(),
					((Number) row.get("problems")).longValue(), ((Number) row.get("elapsed_ms")).longValue()))
			.toList();
	}

	/**
	 * A digest of what the database holds (every accepted file and its checksum): part of
	 * a run's identity, so that going back to earlier inputs after a change is a new run,
	 * not a repeat.
	 */
	public String acceptedState() {
		return this.store.acceptedState();
	}

	/**
	 * Records the problems the metrics stage found in loaded figures (an over-committed
	 * pool, a payment after a grant's end), replacing those it recorded before in the
	 * same run.
	 */
	public void recordDataIssues(long runId, List<Problem> problems) {
		Map<String, List<Problem>> byFile = new TreeMap<>();
		problems.forEach((problem) -> byFile.computeIfAbsent(problem.file(), (k) -> new ArrayList<>()).add(problem));
		this.store.clearIssues(runId, "metrics");
		byFile.forEach((path, list) -> this.store.recordIssues(runId, "metrics", path, list));
	}

	/** Path to checksum of every input file the run looked at. */
	public Map<String, String> checksums(long runId) {
		Map<String, String> sums = new TreeMap<>();
		this.store.runFiles(runId).forEach((row) -> sums.put((String) row.get("path"), (String) row.get("sha256")));
		return sums;
	}

	public List<Problem> problems(long runId) {
		return this.store.runIssues(runId);
	}

}
