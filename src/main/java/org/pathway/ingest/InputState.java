package org.pathway.ingest;

import org.springframework.stereotype.Component;

/**
 * What the database holds of the input, as one digest of every accepted file and its
 * checksum: part of a run's identity, so that going back to earlier inputs after a change
 * is a new run, not a repeat.
 */
@Component
public class InputState {

	private final IngestStore store;

	InputState(IngestStore store) {
		this.store = store;
	}

	public String accepted() {
		return this.store.acceptedState();
	}

}
