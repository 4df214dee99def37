package org.pathway.ingest;

/**
 * One column of a tabular input kind: its header name, the table column it is stored in,
 * whether a value is required, and the strict parser of its values.
 */
record Column(String name, String dbColumn, boolean required, Parser parser) {

	/** Parses one trimmed, non-empty cell value. */
	@FunctionalInterface
	interface Parser {

		Object parse(String raw) throws FieldException;

	}

	static Column required(String name, Parser parser) {
		return new Column(name, name, true, parser);
	}

	static Column required(String name, String dbColumn, Parser parser) {
		return new Column(name, dbColumn, true, parser);
	}

	static Column optional(String name, Parser parser) {
		return new Column(name, name, false, parser);
	}

}
