package org.pathway.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a run recorded about its input files, in tables {@code run_file} and
 * {@code run_issue}: one outcome per file, and every problem found (by the ingest, and by
 * the metrics stage in loaded figures). The ingest writes them; the metrics, the reports,
 * the manifest, the pages and the command line read them.
 */
@Component
public class RunRecords {

	/** The longest message kept word for word in the database. */
	private static final int MAX_MESSAGE = 3900;

	private final JdbcTemplate jdbc;

	RunRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The id of the run a step belongs to: its job instance, which a restart keeps. */
	public static long runId(ChunkContext chunk) {
		return chunk.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
	}

	/** One row of {@code run_file}. */
	public record RunFile(String path, String kind, String sha256, long records, String status, long problems,
			long elapsedMs) {

		FileOutcome outcome() {
			return new FileOutcome(this.path, this.kind, this.status, this.records, this.problems, this.elapsedMs);
		}

	}

	/** Records (or replaces) what the run did with one file. */
	public void recordFile(long runId, FileOutcome outcome, String sha256) {
		this.jdbc.update("DELETE FROM run_file WHERE run_id = ? AND path = ?", runId, outcome.path());
		this.jdbc.update(
				"INSERT INTO run_file (run_id, path, kind, sha256, records, status, problems, elapsed_ms)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				runId, outcome.path(), outcome.kind(), sha256, outcome.records(), outcome.status(), outcome.problems(),
				outcome.millis());
	}

	/**
	 * Replaces the problems that one origin (ingest, metrics) recorded for one file in
	 * one run.
	 */
	public void recordIssues(long runId, String origin, String path, List<Problem> problems) {
		this.jdbc.update("DELETE FROM run_issue WHERE run_id = ? AND origin = ? AND path = ?", runId, origin, path);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < problems.size(); i++) {
			Problem problem = problems.get(i);
			rows.add(new Object[] { runId, origin, path, i, problem.line(), problem.column(), cap(problem.message()) });
		}
		this.jdbc.batchUpdate("INSERT INTO run_issue (run_id, origin, path, seq, line_no, column_name, message)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
	}

	/**
	 * Records the problems the metrics stage found in loaded figures (an over-committed
	 * pool, a payment after a grant's end), replacing those it recorded before in the
	 * same run.
	 */
	public void recordDataIssues(long runId, List<Problem> problems) {
		Map<String, List<Problem>> byFile = new TreeMap<>();
		problems.forEach((problem) -> byFile.computeIfAbsent(problem.file(), (k) -> new ArrayList<>()).add(problem));
		this.jdbc.update("DELETE FROM run_issue WHERE run_id = ? AND origin = ?", runId, "metrics");
		byFile.forEach((path, list) -> recordIssues(runId, "metrics", path, list));
	}

	/** The run's file records, by path. */
	public List<RunFile> runFiles(long runId) {
		return this.jdbc
			.query("SELECT path, kind, sha256, records, status, problems, elapsed_ms AS elapsedms FROM run_file"
					+ " WHERE run_id = ? ORDER BY path", new DataClassRowMapper<>(RunFile.class), runId);
	}

	public List<FileOutcome> files(long runId) {
		return runFiles(runId).stream().map(RunFile::outcome).toList();
	}

	/** Path to checksum of every input file the run looked at. */
	public Map<String, String> checksums(long runId) {
		Map<String, String> sums = new TreeMap<>();
		runFiles(runId).forEach((row) -> sums.put(row.path(), row.sha256()));
		return sums;
	}

	/**
	 * The run's problems, in file and then discovery order, as the user should see them.
	 */
	public List<Problem> problems(long runId) {
		return this.jdbc.query(
				"SELECT path, line_no, column_name, message FROM run_issue WHERE run_id = ?"
						+ " ORDER BY origin DESC, path, seq",
				(rs, i) -> new Problem(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)), runId);
	}

	private static String cap(String message) {
		return (message.length() > MAX_MESSAGE) ? message.substring(0, MAX_MESSAGE) + "..." : message;
	}

}
