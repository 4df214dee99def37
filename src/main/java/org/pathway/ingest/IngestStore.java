package org.pathway.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pathway.io.Sha256;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The ingest's reads and writes of the fact tables and of the accepted files. All SQL of
 * the ingest lives here; table and column names come from {@link Specs}, never from
 * input. Its public methods are what a loader outside this package (360Giving) needs.
 */
@Repository
public class IngestStore {

	private final JdbcTemplate jdbc;

	IngestStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The checksum of the file as last accepted, if it was. */
	Optional<String> acceptedSha(String path) {
		return this.jdbc.queryForList("SELECT sha256 FROM input_file WHERE path = ?", String.class, path)
			.stream()
			.findFirst();
	}

	long acceptedRecords(String path) {
		return this.jdbc.queryForList("SELECT records FROM input_file WHERE path = ?", Long.class, path)
			.stream()
			.findFirst()
			.orElse(0L);
	}

	String acceptedState() {
		StringBuilder state = new StringBuilder();
		this.jdbc.query("SELECT path, sha256 FROM input_file ORDER BY path", (RowCallbackHandler) (rs) -> {
			state.append(rs.getString(1)).append('\t').append(rs.getString(2)).append('\n');
		});
		return Sha256.hex(state.toString());
	}

	List<String> acceptedPaths() {
		return this.jdbc.queryForList("SELECT path FROM input_file ORDER BY path", String.class);
	}

	Optional<InputKind> acceptedKind(String path) {
		return this.jdbc.queryForList("SELECT kind FROM input_file WHERE path = ?", String.class, path)
			.stream()
			.findFirst()
			.map(InputKind::valueOf);
	}

	void markAccepted(String path, InputKind kind, String sha256, long records, long facts) {
		this.jdbc.update("DELETE FROM input_file WHERE path = ?", path);
		this.jdbc.update(
				"INSERT INTO input_file (path, kind, sha256, records, facts, loaded_at) VALUES (?, ?, ?, ?, ?, ?)",
				path, kind.name(), sha256, records, facts, Timestamp.from(Instant.now()));
	}

	/** The intermediary's organisation id, once plan.yml is loaded. */
	public Optional<String> intermediary() {
		return this.jdbc.queryForList("SELECT intermediary_org_id FROM plan", String.class).stream().findFirst();
	}

	void forget(String path) {
		this.jdbc.update("DELETE FROM input_file WHERE path = ?", path);
	}

	/** Deletes the facts of one kind a file brought before; returns how many. */
	int deleteFacts(InputKind kind, String path) {
		return this.jdbc.update("DELETE FROM " + kind.table() + " WHERE source_file = ?", path);
	}

	/**
	 * Keys of a tabular kind's table brought by files other than {@code path}, with the
	 * file each came from.
	 */
	public Map<String, String> keysOutside(InputKind kind, String path) {
		return keysOutside(Specs.of(kind), path);
	}

	Map<String, String> keysOutside(TableSpec spec, String path) {
		Map<String, String> keys = new HashMap<>();
		this.jdbc.query(
				"SELECT " + keySelect(spec) + ", source_file FROM " + spec.kind().table() + " WHERE source_file <> ?",
				(rs) -> {
					keys.put(rs.getString(1), rs.getString(2));
				}, path);
		return keys;
	}

	/**
	 * The rows of a kind that other files brought: the named columns' values, in order,
	 * then their file.
	 */
	List<Object[]> rowsOutside(TableSpec spec, String path, String... columns) {
		StringBuilder select = new StringBuilder();
		for (String column : columns) {
			select.append(dbColumn(spec, column)).append(", ");
		}
		return this.jdbc.query(
				"SELECT " + select + "source_file FROM " + spec.kind().table() + " WHERE source_file <> ?", (rs, i) -> {
					Object[] row = new Object[columns.length + 1];
					for (int c = 0; c < row.length; c++) {
						row[c] = rs.getObject(c + 1);
					}
					return row;
				}, path);
	}

	/**
	 * Every value of one column of a table, for reference checks, with an attribute
	 * column if asked.
	 */
	public Map<String, Object> column(InputKind kind, String keyColumn, String attributeColumn) {
		Map<String, Object> values = new HashMap<>();
		String attribute = (attributeColumn != null) ? attributeColumn : "NULL";
		this.jdbc.query("SELECT " + keyColumn + ", " + attribute + " FROM " + kind.table(), (rs) -> {
			values.put(rs.getString(1), rs.getObject(2));
		});
		return values;
	}

	/**
	 * Rows of {@code referring} whose reference to {@code target} no longer resolves, one
	 * line per (file, key) with a count.
	 */
	List<String> dangling(TableSpec referring, TableSpec.Reference ref, TableSpec target) {
		String except = (ref.except() != null)
				? " AND x." + dbColumn(referring, ref.column()) + " <> '" + ref.except() + "'" : "";
		String column = dbColumn(referring, ref.column());
		// a NULL reference is none (an unattributed regrant has no source grant)
		return this.jdbc.query(
				"SELECT x.source_file, x." + column + ", COUNT(*) FROM " + referring.kind().table() + " x WHERE x."
						+ column + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + target.kind().table() + " t WHERE t."
						+ ref.targetKey() + " = x." + column + ")" + except + " GROUP BY x.source_file, x." + column
						+ " ORDER BY 1, 2",
				(rs, i) -> rs.getString(2) + " is still used by " + rs.getLong(3) + " row(s) of " + rs.getString(1));
	}

	/**
	 * Writes rows of a tabular kind, values in the order of its spec's columns, as
	 * brought by {@code path}.
	 */
	public void insert(InputKind kind, List<Object[]> rows, String path) {
		insert(Specs.of(kind), rows, path);
	}

	void insert(TableSpec spec, List<Object[]> rows, String path) {
		if (rows.isEmpty()) {
			return;
		}
		List<String> columns = new ArrayList<>();
		for (Column column : spec.columns()) {
			columns.add(column.dbColumn());
			if (isCount(spec, column)) {
				columns.add(column.dbColumn() + "_note");
			}
		}
		columns.add("source_file");
		String sql = "INSERT INTO " + spec.kind().table() + " (" + String.join(", ", columns) + ") VALUES ("
				+ "?, ".repeat(columns.size() - 1) + "?)";
		List<Object[]> batch = new ArrayList<>(rows.size());
		for (Object[] row : rows) {
			Object[] args = new Object[columns.size()];
			int a = 0;
			for (int i = 0; i < row.length; i++) {
				if (row[i] instanceof Count count) {
					args[a++] = count.value();
					args[a++] = count.note();
				}
				else {
					args[a++] = row[i];
				}
			}
			args[a] = path;
			batch.add(args);
		}
		this.jdbc.batchUpdate(sql, batch);
	}

	void insertMilestones(List<Object[]> rows) {
		this.jdbc.batchUpdate("INSERT INTO milestone (member_id, outcome, data_year, dimension, subgroup, numerator,"
				+ " denominator, source_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
	}

	/**
	 * Keys of milestone rows brought by other files:
	 * member|outcome|year|dimension|subgroup to file.
	 */
	Map<String, String> milestoneKeysOutside(String path) {
		return keysOutside(Specs.of(InputKind.MILESTONES), path);
	}

	private static boolean isCount(TableSpec spec, Column column) {
		return spec.kind() == InputKind.MILESTONES
				&& ("numerator".equals(column.name()) || "denominator".equals(column.name()));
	}

	static String keySelect(TableSpec spec) {
		List<String> parts = new ArrayList<>();
		for (String key : spec.key()) {
			parts.add("CAST(" + dbColumn(spec, key) + " AS VARCHAR(100))");
		}
		return (parts.size() == 1) ? parts.get(0) : String.join(" || '|' || ", parts);
	}

	static String dbColumn(TableSpec spec, String column) {
		return spec.columns().get(spec.indexOf(column)).dbColumn();
	}

}
