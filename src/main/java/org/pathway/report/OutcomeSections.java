package org.pathway.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pathway.domain.Scope;
import org.pathway.domain.Vocabulary;
import org.pathway.metrics.MetricKey;
import org.pathway.metrics.MetricValue;
import org.pathway.report.ReportDocument.Block;
import org.pathway.report.ReportDocument.Cell;
import org.pathway.report.ReportDocument.Chart;
import org.pathway.report.ReportDocument.ChartKind;
import org.pathway.report.ReportDocument.Column;
import org.pathway.report.ReportDocument.Format;
import org.pathway.report.ReportDocument.Series;
import org.pathway.report.ReportDocument.Table;

/**
 * Sections about young people: outcome status and trends, equity gaps, the member grid,
 * coverage.
 */
final class OutcomeSections {

	private OutcomeSections() {
	}

	static List<Block> outcomes(ReportContext context, String chart) {
		Scope scope = context.scope();
		MetricIndex m = context.metrics();
		Map<String, ReportFacts.Target> targets = context.facts().targets();
		boolean networkTargets = false;
		List<List<Cell>> rows = new ArrayList<>();
		for (String outcome : Vocabulary.OUTCOMES) {
			MetricValue baseline = m.find(MetricKey.outcome("O2", scope, outcome));
			MetricValue latest = m.find(MetricKey.outcome("O3", scope, outcome));
			MetricValue change = m.find(MetricKey.outcome("O4b", scope, outcome));
			MetricValue status = m.find(MetricKey.outcome("O7", scope, outcome));
			ReportFacts.Target target = targets.get(scope + "|" + outcome);
			if (target == null && !scope.equals(Scope.NETWORK)) {
				target = targets.get("network|" + outcome);
				networkTargets |= target != null;
			}
			rows.add(List.of(Cell.text(label(outcome)), rate(baseline), year(baseline), rate(latest), year(latest),
					change(change), (target != null) ? Cell.number(target.targetRate()) : Cell.missing("no_data"),
					Cell.text((target != null) ? Integer.toString(target.targetYear()) : ""),
					Cell.text((status != null && status.note() != null) ? status.note().replace('_', ' ')
							: "no target")));
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Table("Outcomes" + (context.isFunder() ? " in the communities this funding reached" : ""),
				"Outcomes",
				List.of(new Column("Outcome", Format.TEXT, 2.4f), new Column("Baseline", Format.RATE, 1),
						new Column("Year", Format.DATE, 0.7f), new Column("Latest", Format.RATE, 1),
						new Column("Year", Format.DATE, 0.7f), new Column("Change", Format.CHANGE, 1.1f),
						new Column("Target", Format.RATE, 1), new Column("By", Format.DATE, 0.7f),
						new Column("Status", Format.TEXT, 1.1f)),
				rows, footnotes(context, networkTargets)));
		if (!"none".equals(chart)) {
			blocks.add(trend(context, (chart != null) ? chart : "line"));
		}
		return blocks;
	}

	private static List<String> footnotes(ReportContext context, boolean networkTargets) {
		List<String> notes = new ArrayList<>();
		notes.add("Latest: the most recent year with data up to " + context.asOf().getYear()
				+ ". Status compares progress toward the target with the time elapsed since the baseline.");
		if (networkTargets) {
			notes.add("Targets are the network's: the plan sets none for these communities on their own, so no status"
					+ " is given for them.");
		}
		return notes;
	}

	static List<Block> equity(ReportContext context, String dimension, String chart) {
		Scope scope = context.scope();
		MetricIndex m = context.metrics();
		String dim = (dimension != null) ? dimension : "race_ethnicity";
		List<String> subgroups = Vocabulary.DIMENSIONS.get(dim);
		List<Column> columns = new ArrayList<>();
		columns.add(new Column("Outcome", Format.TEXT, 2.2f));
		columns.add(new Column("Year", Format.DATE, 0.7f));
		subgroups.forEach((s) -> columns.add(new Column(label(s), Format.RATE, 1)));
		columns.add(new Column("Widest gap", Format.CHANGE, 1));
		columns.add(new Column("Since baseline", Format.CHANGE, 1));
		List<List<Cell>> rows = new ArrayList<>();
		List<String> categories = new ArrayList<>();
		List<BigDecimal> latestGaps = new ArrayList<>();
		List<BigDecimal> baselineGaps = new ArrayList<>();
		for (String outcome : Vocabulary.OUTCOMES) {
			MetricValue latest = m.find(MetricKey.outcome("O3", scope, outcome));
			if (latest == null || latest.year() == null) {
				continue;
			}
			List<Cell> row = new ArrayList<>();
			row.add(Cell.text(label(outcome)));
			row.add(Cell.text(latest.year().toString()));
			for (String subgroup : subgroups) {
				row.add(rate(m.find(MetricKey.outcome("O1", scope, outcome).in(dim, subgroup).year(latest.year()))));
			}
			MetricValue widest = m.find(MetricKey.outcome("E2", scope, outcome).in(dim, "all").year(latest.year()));
			MetricValue change = m.find(MetricKey.outcome("E3", scope, outcome).in(dim, "all"));
			row.add(change(widest));
			row.add(change(change));
			rows.add(row);
			MetricValue baseline = m.find(MetricKey.outcome("O2", scope, outcome));
			categories.add(label(outcome));
			latestGaps.add(MetricIndex.valueOf(widest));
			baselineGaps.add((baseline != null && baseline.year() != null)
					? MetricIndex
						.valueOf(m.find(MetricKey.outcome("E2", scope, outcome).in(dim, "all").year(baseline.year())))
					: null);
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Table("Rates by " + label(dim) + " in the latest year, and the widest gap", "Equity", columns,
				rows, List.of("Widest gap: highest minus lowest reportable subgroup rate, in percentage points."
						+ " Since baseline: change of that gap; negative means the gap is closing.")));
		if (!"none".equals(chart)) {
			blocks.add(new Chart("Widest gap by outcome: baseline year and latest year", ChartKind.BAR, Format.CHANGE,
					categories,
					List.of(new Series("Baseline year", baselineGaps), new Series("Latest year", latestGaps)), null));
		}
		return blocks;
	}

	static List<Block> statusGrid(ReportContext context) {
		MetricIndex m = context.metrics();
		List<Column> columns = new ArrayList<>();
		columns.add(new Column("Member", Format.TEXT, 3));
		columns.add(new Column("State", Format.TEXT, 0.6f));
		Vocabulary.OUTCOMES.forEach((o) -> columns.add(new Column(shortLabel(o), Format.TEXT, 1.1f)));
		List<List<Cell>> rows = new ArrayList<>();
		context.members().forEach((id, member) -> {
			List<Cell> row = new ArrayList<>();
			row.add(Cell.text(member[0]));
			row.add(Cell.text(member[1]));
			for (String outcome : Vocabulary.OUTCOMES) {
				MetricValue status = m.find(MetricKey.outcome("O7", Scope.member(id), outcome));
				MetricValue change = m.find(MetricKey.outcome("O4b", Scope.member(id), outcome));
				MetricValue latest = m.find(MetricKey.outcome("O3", Scope.member(id), outcome));
				String text;
				if (status != null && status.note() != null) {
					text = status.note().replace('_', ' ');
				}
				else if (change != null && change.value() != null) {
					text = (change.value().signum() > 0) ? "up" : (change.value().signum() < 0) ? "down" : "flat";
				}
				else if (latest != null && "suppressed".equals(latest.note())) {
					text = "suppressed";
				}
				else {
					text = (latest != null && latest.value() != null) ? "no baseline" : "no data";
				}
				row.add(Cell.text(text));
			}
			rows.add(row);
		});
		return List.of(new Table("Status of each member for each outcome", "Status grid", columns, rows,
				List.of("on track / at risk / off track: members with a target. up / down / flat: change of the latest"
						+ " rate since the baseline, for members without a target.")));
	}

	static List<Block> coverage(ReportContext context) {
		MetricIndex m = context.metrics();
		List<Column> columns = new ArrayList<>();
		columns.add(new Column("Member", Format.TEXT, 3));
		Vocabulary.OUTCOMES.forEach((o) -> columns.add(new Column(shortLabel(o), Format.TEXT, 1)));
		List<List<Cell>> rows = new ArrayList<>();
		int[] reporting = new int[Vocabulary.OUTCOMES.size()];
		context.members().forEach((id, member) -> {
			List<Cell> row = new ArrayList<>();
			row.add(Cell.text(member[0]));
			for (int i = 0; i < Vocabulary.OUTCOMES.size(); i++) {
				MetricValue latest = m.find(MetricKey.outcome("O3", Scope.member(id), Vocabulary.OUTCOMES.get(i)));
				boolean has = latest != null && latest.year() != null;
				reporting[i] += has ? 1 : 0;
				row.add(Cell.text(has ? latest.year().toString() : "none"));
			}
			rows.add(row);
		});
		List<Cell> total = new ArrayList<>();
		total.add(Cell.text("Members reporting"));
		for (int count : reporting) {
			total.add(Cell.text(count + " of " + context.members().size()));
		}
		rows.add(total);
		return List.of(new Table("Latest data year each member reported, per outcome", "Coverage", columns, rows,
				List.of("none: no data up to " + context.asOf().getYear() + ".")));
	}

	private static Chart trend(ReportContext context, String chart) {
		ReportFacts.Plan plan = context.plan();
		int from = (plan != null) ? plan.firstYear() - 1 : context.asOf().getYear() - 7;
		int to = context.asOf().getYear();
		List<String> years = new ArrayList<>();
		for (int year = from; year <= to; year++) {
			years.add(Integer.toString(year));
		}
		List<Series> series = new ArrayList<>();
		for (String outcome : Vocabulary.OUTCOMES) {
			List<BigDecimal> values = new ArrayList<>();
			boolean any = false;
			for (int year = from; year <= to; year++) {
				MetricValue value = context.metrics()
					.find(MetricKey.outcome("O1", context.scope(), outcome).year(year));
				values.add(MetricIndex.valueOf(value));
				any |= value != null && value.value() != null;
			}
			if (any) {
				series.add(new Series(label(outcome), values));
			}
		}
		return new Chart("Trend of each outcome, " + from + "-" + to,
				"bar".equals(chart) ? ChartKind.BAR : ChartKind.LINE, Format.RATE, years, series, null);
	}

	static Cell rate(MetricValue value) {
		if (value == null) {
			return Cell.missing("no_data");
		}
		return (value.value() != null) ? Cell.number(value.value()) : Cell.missing(value.note());
	}

	private static Cell change(MetricValue value) {
		return rate(value);
	}

	private static Cell year(MetricValue value) {
		return Cell.text((value != null && value.year() != null) ? value.year().toString() : "");
	}

	static String label(String id) {
		String words = id.replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private static String shortLabel(String outcome) {
		return switch (outcome) {
			case "kindergarten_readiness" -> "Kindergarten";
			case "early_grade_reading" -> "Reading";
			case "middle_grade_math" -> "Math";
			case "high_school_graduation" -> "Graduation";
			case "postsecondary_enrollment" -> "Enrollment";
			case "postsecondary_completion" -> "Completion";
			default -> label(outcome);
		};
	}

}
