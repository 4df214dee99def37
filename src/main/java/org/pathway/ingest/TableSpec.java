package org.pathway.ingest;

import java.util.List;

/**
 * How one tabular input kind is validated and stored: its columns, its key, the keys it
 * refers to in other kinds, and the checks that span several columns of a row.
 */
record TableSpec(InputKind kind, List<Column> columns, List<String> key, List<Reference> references, RowRule rule) {

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

	/** What a row rule can see and say. */
	interface RowChecks {

		void problem(String column, String message);

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
