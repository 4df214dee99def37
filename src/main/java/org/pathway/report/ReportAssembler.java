package org.pathway.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.pathway.domain.Scope;
import org.pathway.metrics.MetricValue;
import org.pathway.report.ReportDocument.Block;
import org.pathway.report.ReportDocument.Branding;
import org.pathway.report.ReportDocument.Section;
import org.pathway.run.Problem;

import org.springframework.stereotype.Component;

/**
 * Builds the format-neutral {@link ReportDocument} of one template and scope from the
 * run's stored metric values and the facts of that scope. A funder report sees only its
 * own funder's money and the members its regrants reached (domain.md section 4): its
 * scope's values in every dimension, pooled over those members, and each member's all/all
 * values. The strategic-plan report, for the board, carries every value of the run in its
 * Metrics sheet.
 */
@Component
public class ReportAssembler {

	private final ReportFacts facts;

	ReportAssembler(ReportFacts facts) {
		this.facts = facts;
	}

	/**
	 * The scopes a template is rendered for: every funder with a grant by the date, or
	 * the network.
	 */
	public List<String> scopes(ReportTemplate template, List<MetricValue> values) {
		if (!template.perFunder()) {
			return List.of(Scope.NETWORK.toString());
		}
		return values.stream()
			.filter((v) -> v.metric().equals("F1") && v.scope().startsWith(Scope.Kind.FUNDER.prefix()))
			.map(MetricValue::scope)
			.distinct()
			.sorted()
			.toList();
	}

	public ReportDocument assemble(ReportTemplate template, String scope, LocalDate asOf, List<MetricValue> values,
			List<Problem> problems) {
		Scope reported = Scope.parse(scope);
		String funderId = reported.is(Scope.Kind.FUNDER) ? reported.id() : null;
		Map<String, String> funders = this.facts.funders();
		String funderName = (funderId != null) ? funders.getOrDefault(funderId, funderId) : null;
		ReportFacts.Plan plan = this.facts.plan();
		Set<String> memberScopes = new TreeSet<>();
		values.stream()
			.filter((v) -> v.scope().equals(scope) && v.metric().equals("F5") && v.dimension().equals("member"))
			.forEach((v) -> memberScopes.add(Scope.member(v.subgroup()).toString()));
		Map<String, String[]> members = new LinkedHashMap<>();
		this.facts.members().forEach((id, member) -> {
			if (funderId == null || memberScopes.contains(Scope.member(id).toString())) {
				members.put(id, member);
			}
		});
		if (funderId == null) {
			members.keySet().forEach((id) -> memberScopes.add(Scope.member(id).toString()));
		}
		// the board sees every scope; a funder its own scope (all dimensions, pooled over
		// its members)
		// and the totals of each member it reached, not the members' small subgroups one
		// by one
		List<MetricValue> inScope = (funderId == null) ? values : values.stream()
			.filter((v) -> v.scope().equals(scope) || (memberScopes.contains(v.scope()) && v.dimension().equals("all")))
			.toList();
		ReportContext context = new ReportContext(reported, funderId, funderName, asOf, new MetricIndex(inScope),
				this.facts, plan, members, memberScopes, problems);
		Map<String, String> placeholders = Map.of("{funder}", (funderName != null) ? funderName : "", "{as_of}",
				asOf.toString(), "{organisation}", template.organisation(), "{plan}",
				(plan != null) ? plan.name() : "Strategic plan");
		List<Section> sections = new ArrayList<>();
		for (ReportTemplate.SectionSpec spec : template.sections()) {
			List<Block> blocks = new ArrayList<>(SectionCatalog.blocks(spec, context));
			if (spec.footnote() != null) {
				blocks.add(new ReportDocument.Paragraph(fill(spec.footnote(), placeholders), true));
			}
			sections.add(new Section(spec.id(), fill(spec.title(), placeholders), blocks));
		}
		return new ReportDocument(template.id(), scope, asOf, fill(template.title(), placeholders),
				fill(template.subject(), placeholders), template.language(),
				new Branding(template.organisation(), template.primaryColour(), template.accentColour(),
						template.logo(), fill(template.footer(), placeholders)),
				sections, inScope);
	}

	private static String fill(String text, Map<String, String> placeholders) {
		String filled = text;
		for (Map.Entry<String, String> entry : placeholders.entrySet()) {
			filled = filled.replace(entry.getKey(), entry.getValue());
		}
		return filled;
	}

}
