package org.pathway.ingest;

import java.util.regex.Pattern;

/**
 * A milestone count as it arrived: a whole number, or missing with the reason
 * ({@code suppressed} at the source, or {@code missing}). Missing is never zero.
 */
record Count(Long value, String note) {

	private static final Pattern SUPPRESSED = Pattern.compile(
			"\\*{1,3}|DS|\\[?\\s*(data\\s+)?suppressed\\s*\\]?|n?\\s*[<≤]\\s*=?\\s*\\d+|--", Pattern.CASE_INSENSITIVE);

	private static final Pattern MISSING = Pattern.compile("NA|N/A|#N/A", Pattern.CASE_INSENSITIVE);

	static Count parse(String raw) throws FieldException {
		if (SUPPRESSED.matcher(raw).matches()) {
			return new Count(null, "suppressed");
		}
		if (MISSING.matcher(raw).matches()) {
			return new Count(null, "missing");
		}
		try {
			return new Count(Fields.whole(raw), null);
		}
		catch (FieldException ex) {
			throw new FieldException(Fields.quote(raw) + " is not a count: expected a whole number, a suppression"
					+ " marker (*, DS, [Data Suppressed], N<10) or NA for missing");
		}
	}

}
