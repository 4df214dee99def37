package org.pathway.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of input file of contract.md section 2, in the order they are loaded: a kind
 * comes after every kind it refers to, so references resolve within one run.
 */
public enum InputKind {

	PLAN("plan", "plan"), FUNDERS("funders", "funder"), MEMBERS("members", "member"), GRANTS("grants", "funder_grant"),
	/**
	 * 360Giving grant data, recognised by content: brings funders, grants, members,
	 * regrants and disbursements (its facts are in each of those tables).
	 */
	GIVING360("360giving", "regrant"), GRANT_PAYMENTS("grant_payments", "grant_payment"),
	/** Reporting requirements: the report a grant agreement asks for, on its period. */
	REQUIREMENTS("requirements", "requirement"), REGRANTS("regrants", "regrant"),
	DISBURSEMENTS("disbursements", "disbursement"), MILESTONES("milestones", "milestone"),
	YOUTH_MILESTONES("youth_milestones", "milestone"), TARGETS("targets", "target");

	private final String word;

	private final String table;

	InputKind(String word, String table) {
		this.word = word;
		this.table = table;
	}

	/**
	 * The leading word of a file name that marks this kind, and the sheet name in a
	 * workbook.
	 */
	public String word() {
		return this.word;
	}

	/** The table the kind's facts are stored in. */
	public String table() {
		return this.table;
	}

	/**
	 * The kind of a file, from the leading word of its name ({@code grants-2025.xlsx},
	 * {@code milestones_detroit.csv}); the longest matching word wins, so
	 * {@code grant_payments.csv} is not taken for grants.
	 */
	public static Optional<InputKind> ofFileName(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		InputKind best = null;
		for (InputKind kind : values()) {
			if (name.startsWith(kind.word)
					&& (name.length() == kind.word.length() || "-_. ".indexOf(name.charAt(kind.word.length())) >= 0)) {
				if (best == null || kind.word.length() > best.word.length()) {
					best = kind;
				}
			}
		}
		return Optional.ofNullable(best);
	}

}
