package org.pathway.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.pathway.ingest.FileIngester;
import org.pathway.ingest.InputFile;
import org.pathway.ingest.InputScanner;
import org.pathway.metrics.DataIssues;
import org.pathway.run.FileOutcome;
import org.pathway.run.Problem;
import org.pathway.run.RunRecords;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code validate} command and the upload check: runs the real ingest over the given
 * files, in load order, inside a transaction that is always rolled back. The same checks
 * as a run, and nothing changes; an upload also gets the run's cross-file checks.
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

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	InputValidator(FileIngester ingester, InputScanner scanner, RunRecords records,
			PlatformTransactionManager transactions, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.ingester = ingester;
		this.scanner = scanner;
		this.records = records;
		this.transaction = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
		this.clock = clock;
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

	/**
	 * Like {@link #validateAs}, and then, when the file is valid, the cross-file checks
	 * of a run as of today on what the database would hold with it: the figures that
	 * would be flagged because of it (warnings, as in a run, not reasons to refuse it).
	 */
	public Checked validateUpload(Path file, String path) throws IOException {
		InputFile described = this.scanner.describe(file, path);
		LocalDate asOf = LocalDate.now(this.clock);
		return this.transaction.execute((status) -> {
			status.setRollbackOnly();
			List<Problem> before = dataIssues(asOf);
			FileOutcome outcome;
			try {
				outcome = this.ingester.ingest(VALIDATION, described);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			RunResult result = new RunResult(VALIDATION, VALIDATION, true, false, List.of(outcome),
					this.records.problems(VALIDATION), null);
			List<Problem> warnings = new ArrayList<>();
			if (!result.anyRejected()) {
				dataIssues(asOf).stream().filter((issue) -> !before.contains(issue)).forEach(warnings::add);
			}
			return new Checked(result, List.copyOf(warnings));
		});
	}

	private List<Problem> dataIssues(LocalDate asOf) {
		return DataIssues.find(this.jdbc, asOf);
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

	/**
	 * What an upload's check found.
	 *
	 * @param result the file's outcome and its problems
	 * @param warnings figures a run would flag once the file is in (none when it is
	 * rejected)
	 */
	public record Checked(RunResult result, List<Problem> warnings) {
	}

}
