package org.pathway.ingest;

import java.util.List;

/**
 * How one tabular input kind is validated and stored: its columns, its key, the keys it
 * refers to in other kinds, and the checks that span several columns of a row.
 */
record TableSpec(InputKind kind, List<Column> columns, List<String> key, List<Reference> references, RowRule rule,
		FileRule fileRule) {

	TableSpec(InputKind kind, List<Column> columns, List<String> key, List<Reference> references, RowRule rule) {
		this(kind, columns, key, references, rule, FileRule.NONE);
	}

	/**
	 * A column whose value must be the key of a row of another kind. {@code except} is a
	 * value that needs no such row (the {@code network} scope of targets), or null.
	 */
	record Reference(String column, InputKind target, String targetKey, String except) {
	}

	/** Checks across the columns of one parsed row; reports through {@link RowChecks}. */
	@FunctionalInterface
	interface RowRule {

		void check(ParsedRow row, RowChecks checks);

		RowRule NONE = (row, checks) -> {
		};

	}

	/**
	 * Checks across the rows of one file, and the rows of its kind that other files
	 * brought; reports through {@link FileChecks}. Runs once every row has parsed.
	 */
	@FunctionalInterface
	interface FileRule {

		void check(List<Line> rows, FileChecks checks);

		FileRule NONE = (rows, checks) -> {
		};

	}

	/**
	 * A parsed row and where it is.
	 *
	 * @param number its line (a CSV line, a sheet's row)
	 * @param row its values
	 */
	record Line(long number, ParsedRow row) {
	}

	/** What a file rule can see and say. */
	interface FileChecks {

		void problem(long line, String column, String message);

		/**
		 * The rows of the kind that other files brought, each with the named columns'
		 * values in order and their file last.
		 */
		List<Object[]> outside(String... columns);

	}

	/** What a row rule can see and say. */
	interface RowChecks {

		void problem(String column, String message);

		/**
		 * A column of the row of {@code kind} with key {@code key}, loaded or accepted
		 * earlier in the run, or null when there is none.
		 */
		Object lookup(InputKind kind, String key, String column);

		/**
		 * The currency of the grant with this id, loaded or accepted earlier in the run,
		 * or null.
		 */
		String grantCurrency(String grantId);

	}

	/** A row whose every present value has parsed; absent optional values are null. */
	interface ParsedRow {

		Object get(String column);

	}

	int indexOf(String column) {
		for (int i = 0; i < this.columns.size(); i++) {
			if (this.columns.get(i).name().equals(column)) {
				return i;
			}
		}
		throw new IllegalArgumentException(column);
	}

}
