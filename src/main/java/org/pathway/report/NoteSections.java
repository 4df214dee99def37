package org.pathway.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;

import org.pathway.metrics.MetricValue;
import org.pathway.report.ReportDocument.Block;
import org.pathway.report.ReportDocument.Cell;
import org.pathway.report.ReportDocument.Column;
import org.pathway.report.ReportDocument.Format;
import org.pathway.report.ReportDocument.Paragraph;
import org.pathway.report.ReportDocument.Table;
import org.pathway.run.Problem;

/**
 * How to read the figures (data years, suppression, the run's problems), and how they
 * reconcile.
 */
final class NoteSections {

	/**
	 * Problems listed word for word in the strategic-plan report; the rest are counted.
	 */
	private static final int LISTED = 40;

	private NoteSections() {
	}

	static List<Block> dataNotes(ReportContext context) {
		List<Block> blocks = new ArrayList<>();
		IntSummaryStatistics years = context.metrics()
			.of("O1", context.scope())
			.stream()
			.filter((v) -> v.year() != null)
			.mapToInt(MetricValue::year)
			.summaryStatistics();
		blocks.add(new Paragraph((years.getCount() > 0)
				? "Outcome data covers the years " + years.getMin() + " to " + years.getMax()
						+ " (a year is the calendar year in which a school year ends: 2024 means 2023-24)."
						+ " Figures use data up to " + context.asOf().getYear() + "."
				: "No outcome data is available yet.", false));
		int minimum = (context.plan() != null) ? context.plan().minCellSize() : 10;
		blocks.add(new Paragraph("suppressed: fewer than " + minimum + " young people were measured, or the value was"
				+ " hidden so that a small group cannot be worked out by subtraction, or the source suppressed it."
				+ " Suppressed values are never shown as 0; totals still count every young person.", false));
		blocks.add(new Paragraph("no data: nothing was reported for that cell. Money is shown per currency and never"
				+ " added across currencies. Rates pool counts (young people meeting a milestone over young people"
				+ " measured); they are never an average of rates.", false));
		List<Problem> problems = context.problems();
		if (problems.isEmpty()) {
			blocks.add(new Paragraph("No input problems were found in this run.", false));
		}
		else if (context.isFunder()) {
			blocks.add(new Paragraph(problems.size() + " input problem" + ((problems.size() == 1) ? " was" : "s were")
					+ " found in this run; they are listed for staff in the run's issues file. Figures use only the"
					+ " data that was accepted.", false));
		}
		else {
			List<List<Cell>> rows = new ArrayList<>();
			problems.stream()
				.limit(LISTED)
				.forEach((p) -> rows
					.add(List.of(Cell.text(p.file()), Cell.text((p.line() > 0) ? Long.toString(p.line()) : ""),
							Cell.text((p.column() != null) ? p.column() : ""), Cell.text(p.message()))));
			blocks.add(new Table("Input problems of this run", "Issues",
					List.of(new Column("File", Format.TEXT, 1.6f), new Column("Line", Format.TEXT, 0.5f),
							new Column("Column", Format.TEXT, 0.9f), new Column("Problem", Format.TEXT, 5)),
					rows,
					(problems.size() > LISTED)
							? List.of((problems.size() - LISTED) + " more in the run's issues file (issues.csv).")
							: List.of()));
		}
		return blocks;
	}

	/**
	 * Each total of the report beside the sum of the rows listed in it: the regrants
	 * table adds up to F5, their disbursed column to F6, the paid payments to F2.
	 */
	static List<Block> reconciliation(ReportContext context) {
		List<ReportFacts.Regrant> regrants = context.facts().regrants(context.funderId(), context.asOf());
		List<ReportFacts.Payment> payments = context.facts().payments(context.funderId(), context.asOf());
		List<List<Cell>> rows = new ArrayList<>();
		for (String currency : context.metrics().currencies(context.scope())) {
			BigDecimal regranted = sum(regrants.stream()
				.filter((r) -> r.currency().equals(currency))
				.map(ReportFacts.Regrant::amount)
				.toList());
			BigDecimal disbursed = sum(regrants.stream()
				.filter((r) -> r.currency().equals(currency))
				.map(ReportFacts.Regrant::disbursed)
				.toList());
			BigDecimal received = sum(payments.stream()
				.filter((p) -> p.currency().equals(currency) && "paid".equals(p.status()) && p.paidDate() != null
						&& !p.paidDate().isAfter(context.asOf()))
				.map(ReportFacts.Payment::amount)
				.toList());
			rows.add(row(context, "F2", "Received", currency, received, "paid payments in the schedule"));
			rows.add(row(context, "F5", "Regranted", currency, regranted, "amounts of the regrants listed"));
			rows.add(row(context, "F6", "Disbursed", currency, disbursed, "disbursed column of the regrants listed"));
		}
		return List.of(new Table(
				"Totals beside the rows they add up", "Reconciliation",
				List.of(new Column("Figure", Format.TEXT, 1.4f), new Column("Currency", Format.TEXT, 0.7f),
						new Column("Reported total", Format.MONEY,
								1.6f),
						new Column("Sum of rows", Format.MONEY, 1.6f), new Column("Rows", Format.TEXT, 2.4f),
						new Column("Agrees", Format.TEXT, 0.7f)),
				rows,
				List.of("After writing, Pathway reads this report's workbook and PDF back and checks F1, F2, F5, F6"
						+ " and H1 against the stored metrics; a difference fails the run.")));
	}

	private static List<Cell> row(ReportContext context, String metric, String label, String currency, BigDecimal sum,
			String rows) {
		MetricValue total = context.metrics().money(metric, context.scope(), currency);
		BigDecimal reported = (total != null) ? total.value() : BigDecimal.ZERO;
		return List.of(Cell.text(metric + " " + label), Cell.text(currency), Cell.money(reported, currency),
				Cell.money(sum, currency), Cell.text(rows), Cell.text((reported.compareTo(sum) == 0) ? "yes" : "NO"));
	}

	private static BigDecimal sum(List<BigDecimal> amounts) {
		return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

}
