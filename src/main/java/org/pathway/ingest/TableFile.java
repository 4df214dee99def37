package org.pathway.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pathway.ingest.read.Problems;
import org.pathway.ingest.read.RawRecord;
import org.pathway.ingest.read.RecordSource;

/**
 * Validates the records of one tabular file against its {@link TableSpec} and writes the
 * valid ones. Every problem of the file is reported; rows are written in batches only
 * while none has been found, and the caller rolls the file back when any was. Must run
 * inside a transaction.
 */
final class TableFile {

	private static final int BATCH = 1000;

	private final TableSpec spec;

	private final IngestStore store;

	private final String path;

	private final Problems problems;

	private final Map<InputKind, Map<String, Object>> references = new EnumMap<>(InputKind.class);

	/** Kind and column to each key's value of that column, for row rules. */
	private final Map<String, Map<String, Object>> lookups = new HashMap<>();

	TableFile(TableSpec spec, IngestStore store, String path, Problems problems) {
		this.spec = spec;
		this.store = store;
		this.path = path;
		this.problems = problems;
	}

	/**
	 * Loads the file; returns the number of data records read. Facts written = records
	 * when no problem.
	 */
	long load(RecordSource source) throws IOException {
		int[] positions = positions(source.header());
		if (positions == null) {
			return source.drain();
		}
		Map<String, String> otherFiles = this.store.keysOutside(this.spec, this.path);
		Map<String, Long> seen = new HashMap<>();
		List<Object[]> batch = new ArrayList<>(BATCH);
		List<TableSpec.Line> lines = new ArrayList<>();
		boolean fileRule = this.spec.fileRule() != TableSpec.FileRule.NONE;
		long records = 0;
		RawRecord record;
		while ((record = source.next()) != null) {
			records++;
			Object[] row = parse(record, positions);
			if (row == null) {
				continue;
			}
			String key = key(row);
			Long firstLine = seen.putIfAbsent(key, record.line());
			if (firstLine != null) {
				this.problems.line(record.line(),
						keyText() + " " + key + " appears twice in this file (first on line " + firstLine + ")");
				continue;
			}
			String other = otherFiles.get(key);
			if (other != null) {
				this.problems.line(record.line(), keyText() + " " + key + " is already loaded from " + other
						+ ": a key may come from one file only");
				continue;
			}
			if (fileRule) {
				lines.add(new TableSpec.Line(record.line(), (name) -> row[this.spec.indexOf(name)]));
			}
			if (this.problems.isEmpty()) {
				batch.add(row);
				if (batch.size() == BATCH) {
					this.store.insert(this.spec, batch, this.path);
					batch.clear();
				}
			}
		}
		if (fileRule) {
			checkFile(lines);
		}
		if (this.problems.isEmpty()) {
			this.store.insert(this.spec, batch, this.path);
		}
		return records;
	}

	private void checkFile(List<TableSpec.Line> lines) {
		this.spec.fileRule().check(lines, new TableSpec.FileChecks() {
			@Override
			public void problem(long line, String column, String message) {
				TableFile.this.problems.cell(line, column, message);
			}

			@Override
			public List<Object[]> outside(String... columns) {
				return TableFile.this.store.rowsOutside(TableFile.this.spec, TableFile.this.path, columns);
			}
		});
	}

	/**
	 * Column positions of the spec's columns in the file's header, or null when a
	 * required one is missing.
	 */
	private int[] positions(List<String> header) {
		if (header.isEmpty()) {
			return null;
		}
		int[] positions = new int[this.spec.columns().size()];
		List<String> missing = new ArrayList<>();
		for (int i = 0; i < positions.length; i++) {
			Column column = this.spec.columns().get(i);
			positions[i] = -1;
			for (int h = 0; h < header.size(); h++) {
				if (header.get(h).toLowerCase(Locale.ROOT).equals(column.name())) {
					positions[i] = h;
				}
			}
			if (positions[i] < 0 && column.required()) {
				missing.add(column.name());
			}
		}
		if (!missing.isEmpty()) {
			this.problems.line(1,
					"missing column" + ((missing.size() > 1) ? "s " : " ") + String.join(", ", missing) + ": a "
							+ this.spec.kind().word() + " file needs " + requiredNames() + " (the header has: "
							+ String.join(", ", header) + ")");
			return null;
		}
		return positions;
	}

	private Object[] parse(RawRecord record, int[] positions) {
		Object[] row = new Object[positions.length];
		long before = this.problems.count();
		for (int i = 0; i < positions.length; i++) {
			Column column = this.spec.columns().get(i);
			String cell = (positions[i] < 0) ? "" : record.values()[positions[i]];
			String control = ControlCharacters.problem(cell);
			if (control != null) {
				this.problems.cell(record.line(), column.name(), control);
				continue;
			}
			String raw = cell.strip();
			if (raw.isEmpty()) {
				if (column.required()) {
					this.problems.cell(record.line(), column.name(), "is empty: a value is required");
				}
				continue;
			}
			try {
				row[i] = column.parser().parse(raw);
			}
			catch (FieldException ex) {
				this.problems.cell(record.line(), column.name(), ex.getMessage());
			}
		}
		checkReferences(record.line(), row);
		if (this.problems.count() > before) {
			return null;
		}
		this.spec.rule().check((name) -> row[this.spec.indexOf(name)], new TableSpec.RowChecks() {
			@Override
			public void problem(String column, String message) {
				TableFile.this.problems.cell(record.line(), column, message);
			}

			@Override
			public String grantCurrency(String grantId) {
				return (String) lookupTable(InputKind.GRANTS).get(grantId);
			}

			@Override
			public Object lookup(InputKind kind, String key, String column) {
				return TableFile.this.lookups
					.computeIfAbsent(kind.name() + "." + column,
							(k) -> TableFile.this.store.column(kind, Specs.of(kind).key().get(0), column))
					.get(key);
			}
		});
		return (this.problems.count() == before) ? row : null;
	}

	private void checkReferences(long line, Object[] row) {
		for (TableSpec.Reference ref : this.spec.references()) {
			String value = (String) row[this.spec.indexOf(ref.column())];
			if (value == null || value.equals(ref.except())) {
				continue;
			}
			if (!lookupTable(ref.target()).containsKey(value)) {
				this.problems.cell(line, ref.column(), Fields.quote(value) + " is not a known " + ref.targetKey()
						+ ": it must be in a " + ref.target().word() + " file that is loaded or accepted in this run");
			}
		}
	}

	/**
	 * The keys of a kind's table, each with the one attribute rows of other kinds check
	 * against (a grant's currency), loaded once per file.
	 */
	private Map<String, Object> lookupTable(InputKind kind) {
		return this.references.computeIfAbsent(kind,
				(k) -> this.store.column(k, Specs.of(k).key().get(0), (k == InputKind.GRANTS) ? "currency" : null));
	}

	private String key(Object[] row) {
		StringBuilder key = new StringBuilder();
		for (String column : this.spec.key()) {
			key.append(key.isEmpty() ? "" : "|").append(row[this.spec.indexOf(column)]);
		}
		return key.toString();
	}

	private String keyText() {
		return String.join("|", this.spec.key());
	}

	private String requiredNames() {
		return String.join(", ", this.spec.columns().stream().filter(Column::required).map(Column::name).toList());
	}

}
