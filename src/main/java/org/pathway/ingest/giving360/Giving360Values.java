package org.pathway.ingest.giving360;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.pathway.ingest.FieldException;
import org.pathway.ingest.Fields;

/**
 * The value formats of the 360Giving standard that differ from Pathway's own
 * ({@link Fields}): identifiers as published, and dates that may be date-times.
 */
final class Giving360Values {

	private Giving360Values() {
	}

	/**
	 * A 360Giving grant or organisation identifier: published ones hold apostrophes and
	 * brackets ({@code 360G-ALWF-ORG:St_Peter's_Church_Pilning}), so any visible
	 * characters, no spaces, at most 100. Such an id is never a path as it is: a member's
	 * folder is named by {@link org.pathway.io.PathSegment#of}. A funding organisation
	 * that becomes a funder names its report folder, so its id must also be a
	 * {@link Fields#pathSegment}.
	 */
	static String identifier(String raw) throws FieldException {
		if (raw.length() > 100 || !raw.codePoints()
			.allMatch((c) -> c > ' ' && !Character.isISOControl(c) && !Character.isWhitespace(c)
					&& !Character.isSpaceChar(c))) {
			throw new FieldException(
					Fields.quote(raw) + " is not an identifier: expected at most 100 characters," + " no spaces");
		}
		return raw;
	}

	/**
	 * A 360Giving date: YYYY-MM-DD, or a full date-time (the standard allows both). A
	 * day/month order such as 24/07/2014 is refused, never guessed.
	 */
	static LocalDate date(String raw) throws FieldException {
		if (raw.length() > 10 && raw.charAt(10) == 'T') {
			try {
				return OffsetDateTime.parse(raw).toLocalDate();
			}
			catch (DateTimeParseException ex) {
				try {
					return LocalDateTime.parse(raw).toLocalDate();
				}
				catch (DateTimeParseException again) {
					throw new FieldException(
							Fields.quote(raw) + " is not a date-time: expected e.g. 2025-06-30T00:00:00Z");
				}
			}
		}
		try {
			return Fields.date(raw);
		}
		catch (FieldException ex) {
			throw new FieldException(
					ex.getMessage() + " (360Giving dates are YYYY-MM-DD; a day/month order is not" + " guessed)");
		}
	}

}
