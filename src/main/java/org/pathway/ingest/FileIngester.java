package org.pathway.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.pathway.ingest.read.InputFormat;
import org.pathway.ingest.read.Problems;
import org.pathway.run.FileOutcome;
import org.pathway.run.Problem;
import org.pathway.run.RunRecords;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads one input file whole or not at all, with the loader of its kind
 * ({@link InputLoaders}). The file's old facts are deleted and its new ones written under
 * a savepoint; any problem rolls back to it, so the data it would have replaced stays as
 * it was. Runs inside the caller's transaction, which also records the outcome and
 * problems.
 */
@Component
public class FileIngester {

	private static final Log logger = LogFactory.getLog(FileIngester.class);

	private final IngestStore store;

	private final RunRecords records;

	private final InputLoaders loaders;

	private final TransactionTemplate savepoint;

	FileIngester(IngestStore store, RunRecords records, InputLoaders loaders, PlatformTransactionManager transactions) {
		this.store = store;
		this.records = records;
		this.loaders = loaders;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Ingests a file unless it is unchanged since it was last accepted; records what
	 * happened.
	 */
	public FileOutcome ingest(long runId, InputFile file) throws IOException {
		long started = System.nanoTime();
		Problems problems = new Problems(file.path());
		if (file.refusal() != null) {
			// never opened: what the path loaded before stays as it was
			problems.file(file.refusal());
			return record(runId, file, FileOutcome.REJECTED, 0, problems, started);
		}
		if (file.kind() == null) {
			problems.file("not a Pathway input: the file name must start with one of " + kindWords()
					+ " (e.g. grants-2025.csv), plan.yml must be YAML; 360Giving data is recognised by its column"
					+ " titles (Identifier, Amount Awarded, Funding Org:Identifier, ...)");
			return record(runId, file, FileOutcome.REJECTED, 0, problems, started);
		}
		if (file.sha256().equals(this.store.acceptedSha(file.path()).orElse(null))) {
			// a restarted run keeps what its first attempt recorded for the files it
			// loaded
			RunRecords.RunFile earlier = this.records.runFiles(runId)
				.stream()
				.filter((row) -> file.path().equals(row.path()) && FileOutcome.ACCEPTED.equals(row.status()))
				.findFirst()
				.orElse(null);
			if (earlier != null) {
				return new FileOutcome(file.path(), name(file.kind()), FileOutcome.ACCEPTED, earlier.records(), 0,
						earlier.elapsedMs());
			}
			return record(runId, file, FileOutcome.UNCHANGED, this.store.acceptedRecords(file.path()), problems,
					started);
		}
		logger.info("Loading " + file.path() + " (" + file.kind().word() + ", " + file.bytes() + " bytes)");
		InputLoader.Loaded loaded = this.savepoint.execute((status) -> {
			InputLoader.Loaded result = load(file, problems);
			if (problems.isEmpty()) {
				checkStillReferenced(file.kind(), problems);
			}
			if (problems.isEmpty()) {
				this.store.markAccepted(file.path(), file.kind(), file.sha256(), result.records(), result.facts());
			}
			else {
				status.setRollbackOnly();
			}
			return result;
		});
		logger.info("Loaded " + file.path() + ": " + loaded.records() + " records, " + loaded.facts() + " facts, "
				+ problems.count() + " problems, in " + (System.nanoTime() - started) / 1_000_000 + " ms");
		return record(runId, file, problems.isEmpty() ? FileOutcome.ACCEPTED : FileOutcome.REJECTED, loaded.records(),
				problems, started);
	}

	/**
	 * Takes out the facts of a file that is no longer in the input folder, unless other
	 * facts still refer to them.
	 */
	public FileOutcome remove(long runId, String path, InputKind kind) {
		long started = System.nanoTime();
		Problems problems = new Problems(path);
		this.savepoint.executeWithoutResult((status) -> {
			deleteFacts(kind, path);
			checkStillReferenced(kind, problems);
			if (problems.isEmpty()) {
				this.store.forget(path);
			}
			else {
				status.setRollbackOnly();
			}
		});
		InputFile gone = new InputFile(null, path, kind, InputFormat.of(path), null, 0);
		if (!problems.isEmpty()) {
			List<String> kept = problems.kept().stream().map((p) -> p.message()).toList();
			Problems explained = new Problems(path);
			kept.forEach((message) -> explained
				.file("the file is no longer in the input folder, but its data is kept: " + message));
			return record(runId, gone, FileOutcome.REJECTED, 0, explained, started);
		}
		return record(runId, gone, FileOutcome.REMOVED, 0, problems, started);
	}

	private InputLoader.Loaded load(InputFile file, Problems problems) {
		try {
			deleteFacts(file.kind(), file.path());
			return this.loaders.of(file.kind()).load(file, problems);
		}
		catch (IOException ex) {
			problems.file("cannot be read: " + InputWalk.reason(ex));
			return InputLoader.Loaded.NOTHING;
		}
	}

	/** Deletes what a file of this kind brought before, last table written first. */
	private void deleteFacts(InputKind kind, String path) {
		List<InputKind> brought = this.loaders.of(kind).brings(kind);
		for (int i = brought.size() - 1; i >= 0; i--) {
			this.store.deleteFacts(brought.get(i), path);
		}
	}

	/**
	 * After a file replaced or removed facts, every reference to its kind must still
	 * resolve.
	 */
	private void checkStillReferenced(InputKind kind, Problems problems) {
		for (InputKind brought : this.loaders.of(kind).brings(kind)) {
			TableSpec target = Specs.of(brought);
			if (target == null) {
				continue;
			}
			for (TableSpec referring : Specs.referring(target.kind())) {
				for (TableSpec.Reference ref : referring.references()) {
					if (ref.target() == target.kind()) {
						for (String dangling : this.store.dangling(referring, ref, target)) {
							problems.file(ref.targetKey() + " " + dangling
									+ ": keep it in this file, or change those rows first");
						}
					}
				}
			}
		}
	}

	private FileOutcome record(long runId, InputFile file, String status, long records, Problems problems,
			long started) {
		FileOutcome outcome = new FileOutcome(file.path(), name(file.kind()), status, records, problems.count(),
				(System.nanoTime() - started) / 1_000_000);
		this.records.recordFile(runId, outcome, file.sha256());
		List<Problem> issues = new ArrayList<>(problems.kept());
		issues.addAll(problems.warnings());
		this.records.recordIssues(runId, "ingest", file.path(), issues);
		return outcome;
	}

	private static String name(InputKind kind) {
		return (kind != null) ? kind.name() : null;
	}

	private static String kindWords() {
		StringBuilder words = new StringBuilder();
		for (InputKind kind : InputKind.values()) {
			words.append(words.isEmpty() ? "" : ", ").append(kind.word());
		}
		return words.toString();
	}

}
