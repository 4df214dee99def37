package org.pathway.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.pathway.ingest.FileIngester;
import org.pathway.ingest.FileOutcome;
import org.pathway.ingest.InputFile;
import org.pathway.ingest.InputScanner;
import org.pathway.ingest.RunRecords;
import org.pathway.ingest.read.Problem;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code validate} command: runs the real ingest over the given files, in load order,
 * inside a transaction that is always rolled back. The same checks as a run, and nothing
 * changes.
 */
@Component
public class InputValidator {

	/**
	 * Run id under which a validation records its findings, inside the rolled-back
	 * transaction.
	 */
	private static final long VALIDATION = -1;

	private final FileIngester ingester;

	private final InputScanner scanner;

	private final RunRecords records;

	private final TransactionTemplate transaction;

	InputValidator(FileIngester ingester, InputScanner scanner, RunRecords records,
			PlatformTransactionManager transactions) {
		this.ingester = ingester;
		this.scanner = scanner;
		this.records = records;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The outcome of each file and every problem found. */
	public RunResult validate(List<Path> paths) {
		List<InputFile> files = new ArrayList<>();
		for (Path path : paths) {
			try {
				files.add(this.scanner.describe(path));
			}
			catch (IOException ex) {
				throw new UserException(2, path + ": cannot be read (" + ex.getMessage() + ")");
			}
		}
		return validateFiles(files);
	}

	/**
	 * Checks one file as if it were at {@code path} in the input folder, against what the
	 * database holds: it would replace what a file of that path brought before.
	 */
	public RunResult validateAs(Path file, String path) throws IOException {
		return validateFiles(new ArrayList<>(List.of(this.scanner.describe(file, path))));
	}

	private RunResult validateFiles(List<InputFile> files) {
		files.sort(Comparator.comparingInt((InputFile f) -> (f.kind() != null) ? f.kind().ordinal() : Integer.MAX_VALUE)
			.thenComparing(InputFile::path));
		return this.transaction.execute((status) -> {
			status.setRollbackOnly();
			List<FileOutcome> outcomes = new ArrayList<>();
			for (InputFile file : files) {
				try {
					outcomes.add(this.ingester.ingest(VALIDATION, file));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			List<Problem> problems = this.records.problems(VALIDATION);
			return new RunResult(VALIDATION, VALIDATION, true, false, outcomes, problems, null);
		});
	}

}
