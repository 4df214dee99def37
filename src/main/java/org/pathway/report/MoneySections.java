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
import org.pathway.report.ReportDocument.Column;
import org.pathway.report.ReportDocument.Format;
import org.pathway.report.ReportDocument.Paragraph;
import org.pathway.report.ReportDocument.Series;
import org.pathway.report.ReportDocument.Table;

/**
 * Sections about money: the flow from grant to disbursement, regrants, schedule,
 * deployment.
 */
final class MoneySections {

	private static final String[][] FLOW = { { "F1", "Committed (grants awarded)" }, { "F2", "Received" },
			{ "F3", "Outstanding" }, { "F4", "Regrant pool" }, { "F5", "Regranted" }, { "F6", "Disbursed" },
			{ "F7", "Pool available" }, { "F8", "Disbursements scheduled" }, { "F9", "Of which overdue" } };

	private MoneySections() {
	}

	static List<Block> flow(ReportContext context) {
		List<String> currencies = context.metrics().currencies(context.scope());
		List<Column> columns = new ArrayList<>();
		columns.add(new Column("Measure", Format.TEXT, 3));
		currencies.forEach((currency) -> columns.add(new Column(currency, Format.MONEY, 2)));
		List<List<Cell>> rows = new ArrayList<>();
		for (String[] measure : FLOW) {
			List<Cell> row = new ArrayList<>();
			row.add(Cell.text(measure[0] + " " + measure[1]));
			for (String currency : currencies) {
				MetricValue value = context.metrics().money(measure[0], context.scope(), currency);
				row.add((value != null) ? new Cell(value.value(), currency, value.note()) : Cell.missing("no_data"));
			}
			rows.add(row);
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Table("Money flow from grant to disbursement", "Money", columns, rows, List.of()));
		List<BigDecimal> share = new ArrayList<>();
		List<BigDecimal> elapsed = new ArrayList<>();
		MetricValue pace = context.metrics().find(MetricKey.total("F10", context.scope()).in("pace", "period_elapsed"));
		for (String currency : currencies) {
			share.add(MetricIndex.valueOf(context.metrics().money("F10", context.scope(), currency)));
			elapsed.add(MetricIndex.valueOf(pace));
		}
		blocks.add(new Chart("Regranted share of the regrant pool, beside the share of the plan period elapsed",
				ChartKind.PROGRESS, Format.RATE, currencies.stream().map((c) -> "Pool in " + c).toList(),
				List.of(new Series("Regranted (F10)", share), new Series("Plan period elapsed", elapsed)), null));
		return blocks;
	}

	static List<Block> regrants(ReportContext context) {
		List<ReportFacts.Regrant> regrants = context.facts().regrants(context.funderId(), context.asOf());
		List<List<Cell>> rows = new ArrayList<>();
		for (ReportFacts.Regrant r : regrants) {
			rows.add(List.of(Cell.text(r.regrantId()), Cell.text(r.memberName()), Cell.text(r.state()),
					Cell.text(r.awardDate().toString()), Cell.text((r.regrantType() != null) ? r.regrantType() : ""),
					Cell.money(r.amount(), r.currency()), Cell.money(r.disbursed(), r.currency())));
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Paragraph(regrants.size() + " regrants to " + context.memberScopes().size()
				+ " members, awarded by " + context.asOf() + ".", false));
		blocks.add(breakdown(context, "state", "State", "Regranted and disbursed by state", "By state"));
		blocks.add(new Table("Every regrant", "Regrants",
				List.of(new Column("Regrant", Format.TEXT, 1.2f), new Column("Member", Format.TEXT, 3),
						new Column("State", Format.TEXT, 0.6f), new Column("Awarded", Format.DATE, 1.1f),
						new Column("Type", Format.TEXT, 0.8f), new Column("Amount", Format.MONEY, 1.7f),
						new Column("Disbursed", Format.MONEY, 1.7f)),
				rows, List.of("Disbursed: paid disbursements dated on or before " + context.asOf() + ".")));
		blocks.add(breakdownChart(context, "state", "Regranted by state"));
		return blocks;
	}

	static List<Block> deployment(ReportContext context) {
		List<Block> blocks = new ArrayList<>();
		blocks
			.add(breakdown(context, "award_year", "Award year", "Regrant pool deployment by year of award", "By year"));
		blocks.add(breakdownChart(context, "award_year", "Regranted by year of award"));
		blocks.add(breakdown(context, "state", "State", "Regrant pool deployment by state", "By state"));
		blocks.add(breakdown(context, "kind", "Member kind", "By kind of member", null));
		return blocks;
	}

	static List<Block> schedule(ReportContext context) {
		List<List<Cell>> payments = new ArrayList<>();
		for (ReportFacts.Payment p : context.facts().payments(context.funderId(), context.asOf())) {
			payments.add(List.of(Cell.text(p.paymentId()), Cell.text(p.grantId()), Cell.text(p.dueDate().toString()),
					Cell.money(p.amount(), p.currency()), Cell.text(p.status()),
					Cell.text((p.paidDate() != null) ? p.paidDate().toString() : "")));
		}
		List<String> currencies = context.metrics().currencies(context.scope());
		List<Column> overdueColumns = new ArrayList<>();
		overdueColumns.add(new Column("Days overdue", Format.TEXT, 2));
		currencies.forEach((currency) -> overdueColumns.add(new Column(currency, Format.MONEY, 2)));
		List<List<Cell>> overdue = new ArrayList<>();
		for (String bucket : List.of("1-30", "31-60", "61+", "all")) {
			List<Cell> row = new ArrayList<>();
			row.add(Cell.text("all".equals(bucket) ? "Total overdue" : bucket + " days"));
			for (String currency : currencies) {
				MetricValue value = "all".equals(bucket) ? context.metrics().money("F9", context.scope(), currency)
						: context.metrics()
							.find(MetricKey.money("F9", context.scope(), currency).in("overdue_days", bucket));
				row.add((value != null) ? Cell.money(value.value(), currency) : Cell.missing("no_data"));
			}
			overdue.add(row);
		}
		List<List<Cell>> disbursements = new ArrayList<>();
		for (ReportFacts.Disbursement d : context.facts().disbursements(context.funderId(), context.asOf())) {
			long late = ("scheduled".equals(d.status()) && d.date().isBefore(context.asOf()))
					? context.asOf().toEpochDay() - d.date().toEpochDay() : 0;
			disbursements
				.add(List.of(Cell.text(d.disbursementId()), Cell.text(d.regrantId()), Cell.text(d.memberName()),
						Cell.text(d.date().toString()), Cell.money(d.amount(), d.currency()), Cell.text(d.status()),
						(late > 0) ? new Cell(BigDecimal.valueOf(late), null, null) : Cell.text("")));
		}
		return List.of(
				new Table("Grant payment schedule", "Payments",
						List.of(new Column("Payment", Format.TEXT, 1), new Column("Grant", Format.TEXT, 1.5f),
								new Column("Due", Format.DATE, 1), new Column("Amount", Format.MONEY, 1.6f),
								new Column("Status", Format.TEXT, 1), new Column("Paid on", Format.DATE, 1)),
						payments, List.of()),
				new Table("Overdue disbursements by age (F9)", null, overdueColumns, overdue,
						List.of("Scheduled disbursements dated before " + context.asOf() + ".")),
				new Table("Disbursements of these regrants", "Disbursements",
						List.of(new Column("Disbursement", Format.TEXT, 1.1f), new Column("Regrant", Format.TEXT, 1.1f),
								new Column("Member", Format.TEXT, 3), new Column("Date", Format.DATE, 1),
								new Column("Amount", Format.MONEY, 1.6f), new Column("Status", Format.TEXT, 1),
								new Column("Days overdue", Format.COUNT, 0.9f)),
						disbursements, List.of()));
	}

	/** F5 and F6 by one breakdown of F11, one pair of money columns per currency. */
	private static Table breakdown(ReportContext context, String dimension, String header, String caption,
			String sheet) {
		List<String> currencies = context.metrics().currencies(context.scope());
		List<Column> columns = new ArrayList<>();
		columns.add(new Column(header, Format.TEXT, 2));
		for (String currency : currencies) {
			columns.add(new Column("Regranted " + currency, Format.MONEY, 2));
			columns.add(new Column("Disbursed " + currency, Format.MONEY, 2));
		}
		List<String> keys = context.metrics()
			.of("F5", context.scope())
			.stream()
			.filter((v) -> v.dimension().equals(dimension))
			.map(MetricValue::subgroup)
			.distinct()
			.sorted()
			.toList();
		List<List<Cell>> rows = new ArrayList<>();
		for (String key : keys) {
			List<Cell> row = new ArrayList<>();
			row.add(Cell.text(key));
			for (String currency : currencies) {
				for (String metric : List.of("F5", "F6")) {
					MetricValue value = context.metrics()
						.find(MetricKey.money(metric, context.scope(), currency).in(dimension, key));
					row.add((value != null) ? Cell.money(value.value(), currency) : Cell.missing("none"));
				}
			}
			rows.add(row);
		}
		return new Table(caption, (sheet != null) ? sheet : null, columns, rows, List.of());
	}

	private static Chart breakdownChart(ReportContext context, String dimension, String caption) {
		// the chart shows the scope's main currency: the one with the most committed
		String currency = context.metrics()
			.of("F1", context.scope())
			.stream()
			.filter((v) -> v.dimension().equals("all"))
			.max(java.util.Comparator.comparing(MetricValue::value))
			.map(MetricValue::currency)
			.orElse(null);
		List<MetricValue> regranted = context.metrics()
			.of("F5", context.scope())
			.stream()
			.filter((v) -> v.dimension().equals(dimension) && java.util.Objects.equals(v.currency(), currency))
			.toList();
		List<BigDecimal> disbursed = new ArrayList<>();
		for (MetricValue v : regranted) {
			disbursed.add(MetricIndex.valueOf(context.metrics()
				.find(MetricKey.money("F6", context.scope(), currency).in(dimension, v.subgroup()))));
		}
		return new Chart(caption + ((currency != null) ? " (" + currency + ")" : ""), ChartKind.BAR, Format.MONEY,
				regranted.stream().map(MetricValue::subgroup).toList(),
				List.of(new Series("Regranted", regranted.stream().map(MetricValue::value).toList()),
						new Series("Disbursed", disbursed)),
				null);
	}

}
