package org.pathway.ingest.giving360;

import org.pathway.ingest.ControlCharacters;
import org.pathway.ingest.FieldException;
import org.pathway.ingest.read.Problems;

/**
 * Reads the values of 360Giving grants strictly: a required value that is empty or has no
 * column, a control character or a value that does not parse is reported at the grant's
 * line and the value's column (a title, or a JSON path), and read as null.
 */
final class GrantValues {

	/** Parses one trimmed, non-empty value. */
	@FunctionalInterface
	interface Parser {

		Object parse(String raw) throws FieldException;

	}

	private final Problems problems;

	GrantValues(Problems problems) {
		this.problems = problems;
	}

	/** A required value of a grant. */
	@SuppressWarnings("unchecked")
	<T> T parse(Giving360Grant grant, Giving360Field field, Parser parser) {
		String raw = grant.value(field);
		if (raw.isEmpty()) {
			if (grant.columns().containsKey(field)) {
				this.problems.cell(grant.line(), grant.column(field), "is empty: a value is required");
			}
			else if (!Giving360Field.REQUIRED_COLUMNS.contains(field)) {
				this.problems.line(grant.line(), "no " + field.title() + " column: it is needed for this grant");
			}
			return null;
		}
		return (T) value(grant, grant.column(field), raw, parser);
	}

	/** An optional value of a grant: null when empty. */
	@SuppressWarnings("unchecked")
	<T> T optional(Giving360Grant grant, Giving360Field field, Parser parser) {
		String raw = grant.value(field);
		return raw.isEmpty() ? null : (T) value(grant, grant.column(field), raw, parser);
	}

	/** A value found at {@code column} of a grant (a transaction's, in JSON). */
	@SuppressWarnings("unchecked")
	<T> T value(Giving360Grant grant, String column, String raw, Parser parser) {
		String control = ControlCharacters.problem(raw);
		if (control != null) {
			this.problems.cell(grant.line(), column, control);
			return null;
		}
		try {
			return (T) parser.parse(raw.strip());
		}
		catch (FieldException ex) {
			this.problems.cell(grant.line(), column, ex.getMessage());
			return null;
		}
	}

}
