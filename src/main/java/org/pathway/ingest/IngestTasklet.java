package org.pathway.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pathway.progress.RunProgress;
import org.pathway.run.FileOutcome;
import org.pathway.run.RunRecords;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The ingest step: one input file per call, so each file commits in its own transaction
 * together with the step's progress. A run killed mid-file loses only that file's
 * uncommitted work; the restart finds the files already loaded unchanged and goes on with
 * the rest.
 */
class IngestTasklet implements Tasklet {

	private final Path input;

	private final InputScanner scanner;

	private final FileIngester ingester;

	private final IngestStore store;

	private final RunProgress progress;

	private List<InputFile> files;

	private List<String> gone;

	private int next;

	IngestTasklet(Path input, InputScanner scanner, FileIngester ingester, IngestStore store, RunProgress progress) {
		this.progress = progress;
		this.input = input;
		this.scanner = scanner;
		this.ingester = ingester;
		this.store = store;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long runId = RunRecords.runId(chunkContext);
		if (this.files == null) {
			this.files = this.scanner.scan(this.input);
			Set<String> present = new HashSet<>();
			this.files.forEach((file) -> present.add(file.path()));
			this.gone = new ArrayList<>(this.store.acceptedPaths());
			this.gone.removeAll(present);
			// a refused folder keeps what its files loaded before
			for (InputFile file : this.files) {
				if (file.refusal() != null) {
					this.gone.removeIf((path) -> path.startsWith(file.path() + "/"));
				}
			}
			this.progress.expect(this.files.stream().mapToLong(InputFile::bytes).sum(), "bytes");
		}
		if (this.next < this.files.size()) {
			InputFile file = this.files.get(this.next++);
			FileOutcome outcome = this.ingester.ingest(runId, file);
			this.progress.advance(file.bytes(), outcome.records());
			if (FileOutcome.REJECTED.equals(outcome.status())) {
				contribution.incrementFilterCount(outcome.records());
			}
			else {
				contribution.incrementWriteCount(outcome.records());
			}
			return RepeatStatus.CONTINUABLE;
		}
		for (String path : this.gone) {
			this.ingester.remove(runId, path, this.store.acceptedKind(path).orElseThrow());
		}
		return RepeatStatus.FINISHED;
	}

}
