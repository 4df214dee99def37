package org.pathway.report;

import java.util.List;

import org.pathway.io.PathSegment;

/**
 * A report definition from {@code report-templates/<id>/template.yml}: titles with
 * placeholders, the branding, and the sections in order. Editable without a rebuild.
 *
 * @param id the folder name ({@code funder-report}, {@code strategic-plan})
 * @param scope who one report is for: {@code funder} (one report per funder with a grant
 * by the date) or {@code network} (one report for the board)
 * @param title the title, with placeholders {@code {funder}}, {@code {as_of}},
 * {@code {organisation}}, {@code {plan}}
 * @param subject the document subject, with the same placeholders
 * @param language BCP 47 language tag
 * @param organisation the intermediary's name
 * @param primaryColour {@code #RRGGBB}
 * @param accentColour {@code #RRGGBB}
 * @param logo the logo's PNG bytes (from a file beside the template), or null
 * @param footer the footer text, with placeholders
 * @param sections the sections in order
 */
public record ReportTemplate(String id, String scope, String title, String subject, String language,
		String organisation, String primaryColour, String accentColour, byte[] logo, String footer,
		List<SectionSpec> sections) {

	/** The id names the template's folder and the report's: one {@link PathSegment}. */
	public ReportTemplate {
		PathSegment.check(id, "report id");
	}

	/** A report per funder. */
	public static final String FUNDER = "funder";

	/** One report for the whole network. */
	public static final String NETWORK = "network";

	/** The scopes a template may be for. */
	public static final List<String> SCOPES = List.of(FUNDER, NETWORK);

	/** True for a report per funder. */
	public boolean perFunder() {
		return FUNDER.equals(this.scope);
	}

	/**
	 * One section: a building block Pathway knows ({@link SectionCatalog}), its title and
	 * optional footnote, chart kind and dimension.
	 */
	public record SectionSpec(String id, String title, String footnote, String chart, String dimension) {
	}

}
