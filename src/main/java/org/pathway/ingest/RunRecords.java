package org.pathway.ingest;

import java.util.List;

import org.pathway.ingest.read.Problem;

import org.springframework.stereotype.Component;

/** What a run recorded about its input files: one outcome per file, and every problem found. */
@Component
public class RunRecords {

	private final IngestStore store;

	RunRecords(IngestStore store) {
		this.store = store;
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
	 * A digest of what the database holds (every accepted file and its checksum): part of a run's
	 * identity, so that going back to earlier inputs after a change is a new run, not a repeat.
	 */
	public String acceptedState() {
		return this.store.acceptedState();
	}

	public List<Problem> problems(long runId) {
		return this.store.runIssues(runId);
	}

}
