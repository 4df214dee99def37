package org.pathway.ingest.giving360;

import java.util.List;
import java.util.Locale;

/**
 * The fields of the 360Giving standard that Pathway reads and writes: the column title of
 * the spreadsheet form (schema titles joined with ':'), other titles seen in published
 * files, and the path in the JSON form.
 */
public enum Giving360Field {

	ID("Identifier", "id"), TITLE("Title", "title"), DESCRIPTION("Description", "description"),
	CURRENCY("Currency", "currency"), AMOUNT("Amount Awarded", "amountAwarded"), AWARD_DATE("Award Date", "awardDate"),
	START_DATE("Planned Dates:Start Date", "plannedDates/0/startDate"),
	END_DATE("Planned Dates:End Date", "plannedDates/0/endDate"),
	RECIPIENT_ID("Recipient Org:Identifier", "recipientOrganization/0/id"),
	RECIPIENT_NAME("Recipient Org:Name", "recipientOrganization/0/name"),
	FUNDER_ID("Funding Org:Identifier", "fundingOrganization/0/id"),
	FUNDER_NAME("Funding Org:Name", "fundingOrganization/0/name"),
	RELATED_ACTIVITY("Related Activity", "relatedActivity"),
	REGRANT_TYPE("For Regrant Type", "regrantType", "Regrant Type"),
	AMOUNT_DISBURSED("Amount Disbursed", "amountDisbursed"),
	/** Read to recognise a file and check its header; not stored. */
	GRANT_PROGRAMME("Grant Programme:Title", "grantProgramme/0/title");

	/**
	 * Columns a 360Giving spreadsheet must have for Pathway to load it; the names of the
	 * organisations are needed only for a funder or member that is new.
	 */
	public static final List<Giving360Field> REQUIRED_COLUMNS = List.of(ID, CURRENCY, AMOUNT, AWARD_DATE, RECIPIENT_ID,
			FUNDER_ID);

	private final String title;

	private final String json;

	private final List<String> aliases;

	Giving360Field(String title, String json, String... aliases) {
		this.title = title;
		this.json = json;
		this.aliases = List.of(aliases);
	}

	/** The column title in a 360Giving spreadsheet. */
	public String title() {
		return this.title;
	}

	/** Where the value is in a grant of a JSON package, as a JSON pointer without '/'. */
	public String json() {
		return this.json;
	}

	/**
	 * The field a spreadsheet column title names, after {@link #normalise(String)}; null
	 * when it is none Pathway reads.
	 */
	public static Giving360Field ofTitle(String header) {
		String wanted = normalise(header);
		for (Giving360Field field : values()) {
			if (normalise(field.title).equals(wanted)) {
				return field;
			}
			for (String alias : field.aliases) {
				if (normalise(alias).equals(wanted)) {
					return field;
				}
			}
		}
		return null;
	}

	/**
	 * A column title without case, stray spaces or spaces around ':' ("Grant Programme:
	 * Title" is "grant programme:title"): published files differ only in those.
	 */
	public static String normalise(String header) {
		return header.strip().replaceAll("\\s+", " ").replace(" :", ":").replace(": ", ":").toLowerCase(Locale.ROOT);
	}

}
