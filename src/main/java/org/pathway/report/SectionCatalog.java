package org.pathway.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pathway.report.ReportDocument.Block;

/**
 * The building blocks a template's sections may name, each with the code that assembles
 * it. A new section is a method that returns its blocks and one line here.
 */
final class SectionCatalog {

	/** Assembles one section's blocks for one report. */
	@FunctionalInterface
	interface Section {

		List<Block> blocks(ReportTemplate.SectionSpec spec, ReportContext context);

	}

	private static final Map<String, Section> SECTIONS = new LinkedHashMap<>();

	static {
		SECTIONS.put("key_figures", (spec, context) -> SummarySections.keyFigures(context));
		SECTIONS.put("money_flow", (spec, context) -> MoneySections.flow(context));
		SECTIONS.put("regrants", (spec, context) -> MoneySections.regrants(context));
		SECTIONS.put("schedule", (spec, context) -> MoneySections.schedule(context));
		SECTIONS.put("outcomes", (spec, context) -> OutcomeSections.outcomes(context, spec.chart()));
		SECTIONS.put("equity", (spec, context) -> OutcomeSections.equity(context, spec.dimension(), spec.chart()));
		SECTIONS.put("headline", (spec, context) -> SummarySections.headline(context));
		SECTIONS.put("status_grid", (spec, context) -> OutcomeSections.statusGrid(context));
		SECTIONS.put("deployment", (spec, context) -> MoneySections.deployment(context));
		SECTIONS.put("coverage", (spec, context) -> OutcomeSections.coverage(context));
		SECTIONS.put("data_notes", (spec, context) -> NoteSections.dataNotes(context));
		SECTIONS.put("reconciliation", (spec, context) -> NoteSections.reconciliation(context));
	}

	private SectionCatalog() {
	}

	/** The section ids a template may use, in the order the README lists them. */
	static Set<String> ids() {
		return SECTIONS.keySet();
	}

	static List<Block> blocks(ReportTemplate.SectionSpec spec, ReportContext context) {
		Section section = SECTIONS.get(spec.id());
		if (section == null) {
			throw new TemplateException("unknown section " + spec.id());
		}
		return section.blocks(spec, context);
	}

}
