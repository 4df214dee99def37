package org.pathway.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.pathway.metrics.MetricKey;
import org.pathway.metrics.MetricValue;
import org.pathway.report.ReportDocument.Block;
import org.pathway.report.ReportDocument.Cell;
import org.pathway.report.ReportDocument.Chart;
import org.pathway.report.ReportDocument.ChartKind;
import org.pathway.report.ReportDocument.Figure;
import org.pathway.report.ReportDocument.Format;
import org.pathway.report.ReportDocument.KeyFigures;
import org.pathway.report.ReportDocument.Paragraph;
import org.pathway.report.ReportDocument.Series;

/** The figures a reader sees first, and the headline goal of the plan. */
final class SummarySections {

	private SummarySections() {
	}

	static List<Block> keyFigures(ReportContext context) {
		List<Figure> figures = new ArrayList<>();
		for (String currency : context.metrics().currencies(context.scope())) {
			figures.add(money(context, "F1", currency, "Committed", "grants awarded by " + context.asOf()));
			figures.add(money(context, "F2", currency, "Received", "grant payments paid"));
			figures.add(money(context, "F5", currency, "Regranted", "to network members"));
			figures.add(money(context, "F6", currency, "Disbursed", "paid to members"));
		}
		figures
			.add(new Figure("Members reached", new Cell(BigDecimal.valueOf(context.memberScopes().size()), null, null),
					Format.COUNT, context.isFunder() ? "received a regrant from this funding" : "in the network"));
		MetricValue h1 = context.metrics().find(MetricKey.total("H1", context.scope()));
		figures.add(new Figure("More young people on a path",
				(h1 != null && h1.value() != null) ? new Cell(h1.value(), null, null) : Cell.missing("no_data"),
				Format.COUNT,
				"since the baseline, in the communities " + (context.isFunder() ? "reached" : "of the network")));
		return List.of(new KeyFigures(figures));
	}

	static List<Block> headline(ReportContext context) {
		MetricValue h1 = context.metrics().find(MetricKey.total("H1", context.scope()));
		MetricValue h2 = context.metrics().find(MetricKey.total("H2", context.scope()));
		MetricValue pace = context.metrics().find(MetricKey.total("H2", context.scope()).in("pace", "period_elapsed"));
		long goal = (context.plan() != null) ? context.plan().goal() : 0;
		List<Block> blocks = new ArrayList<>();
		blocks.add(new KeyFigures(List.of(
				new Figure("More young people on a path", OutcomeSections.rate(h1), Format.COUNT,
						"over members and outcomes"),
				new Figure("Share of the goal", OutcomeSections.rate(h2), Format.RATE,
						"of " + String.format(java.util.Locale.US, "%,d", goal) + " young people"),
				new Figure("Plan period elapsed", OutcomeSections.rate(pace), Format.RATE,
						"as of " + context.asOf()))));
		blocks
			.add(new Chart("Progress toward the goal, beside the time elapsed", ChartKind.PROGRESS, Format.RATE,
					List.of(context.isFunder() ? "This funding's communities" : "The network"),
					List.of(new Series("Share of the goal", java.util.Collections.singletonList(valueOf(h2))),
							new Series("Plan period elapsed", java.util.Collections.singletonList(valueOf(pace)))),
					null));
		blocks.add(new Paragraph("Young people on a path: for each member and outcome, the young people meeting the"
				+ " milestone in the latest year minus those the baseline rate would have given, summed. It can be"
				+ " negative where rates fell.", true));
		return blocks;
	}

	private static BigDecimal valueOf(MetricValue value) {
		return (value != null && value.value() != null) ? value.value() : null;
	}

	private static Figure money(ReportContext context, String metric, String currency, String label, String detail) {
		MetricValue value = context.metrics().money(metric, context.scope(), currency);
		return new Figure(label, (value != null) ? Cell.money(value.value(), currency) : Cell.missing("no_data"),
				Format.MONEY, detail);
	}

}
