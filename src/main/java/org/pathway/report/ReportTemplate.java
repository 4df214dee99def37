package org.pathway.report;

import java.util.List;

import org.pathway.io.PathSegment;

/**
 * A report definition from {@code report-templates/<id>/template.yml}: titles with
 * placeholders, the branding, and the sections in order. Editable without a rebuild.
 *
 * @param id the folder name ({@code funder-report}, {@code strategic-plan})
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
public record ReportTemplate(String id, String title, String subject, String language, String organisation,
		String primaryColour, String accentColour, byte[] logo, String footer, List<SectionSpec> sections) {

	/** The id names the template's folder and the report's: one {@link PathSegment}. */
	public ReportTemplate {
		PathSegment.check(id, "report id");
	}

	/**
	 * One section: a building block Pathway knows ({@link #KINDS}), its title and
	 * optional footnote, chart kind and dimension.
	 */
	public record SectionSpec(String id, String title, String footnote, String chart, String dimension) {
	}

	/** The section ids a template may use. */
	public static final List<String> KINDS = List.of("key_figures", "money_flow", "regrants", "schedule", "outcomes",
			"equity", "headline", "status_grid", "deployment", "coverage", "data_notes", "reconciliation");

	/**
	 * The template's ids: one funder report per funder, one strategic-plan report per
	 * run.
	 */
	public static final List<String> REPORTS = List.of("funder-report", "strategic-plan");

}
