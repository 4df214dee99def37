package org.pathway.ingest.giving360;

import java.util.List;
import java.util.Map;

/**
 * One grant as read from a 360Giving file, before any validation: the text of each field
 * Pathway reads, and where it was, so that every problem can be reported as
 * {@code FILE:LINE:COLUMN}.
 *
 * @param line the spreadsheet row or CSV line, or the JSON line the grant starts on
 * @param values field to its text, trimmed; absent fields are not in the map
 * @param columns field to its name in the file (the header as written, or a JSON path); a
 * spreadsheet's fields without a column are not in the map
 * @param relatedActivity the identifiers of related activities (a spreadsheet's
 * {@code ;}-separated list)
 * @param transactions the disbursement transactions (JSON packages only)
 */
public record Giving360Grant(long line, Map<Giving360Field, String> values, Map<Giving360Field, String> columns,
		List<String> relatedActivity, List<Transaction> transactions) {

	/** A disbursement transaction of a grant: its id, date and value, as text. */
	public record Transaction(String id, String date, String value, String column) {
	}

	/** The text of a field, or empty. */
	public String value(Giving360Field field) {
		return this.values.getOrDefault(field, "");
	}

	/** The field's name in the file, for messages. */
	public String column(Giving360Field field) {
		return this.columns.getOrDefault(field, field.title());
	}

}
