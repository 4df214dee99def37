package org.pathway.render.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.pathway.metrics.MetricValue;
import org.pathway.report.ReportDocument;
import org.pathway.report.ReportDocument.Branding;
import org.pathway.report.ReportDocument.Cell;
import org.pathway.report.ReportDocument.Chart;
import org.pathway.report.ReportDocument.ChartKind;
import org.pathway.report.ReportDocument.Column;
import org.pathway.report.ReportDocument.Figure;
import org.pathway.report.ReportDocument.Format;
import org.pathway.report.ReportDocument.KeyFigures;
import org.pathway.report.ReportDocument.Paragraph;
import org.pathway.report.ReportDocument.Section;
import org.pathway.report.ReportDocument.Series;
import org.pathway.report.ReportDocument.Table;

/**
 * A report document with every kind of block and hostile text, and as many metric values
 * as asked.
 */
final class ExcelFixtures {

	static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

	static final String FORMULA_NAME = "=HYPERLINK(\"http://x\",\"y\")";

	static final List<String> HOSTILE = List.of(FORMULA_NAME, "+1", "@SUM(A1)", "-2+3", "=1+1");

	static final String LONG_NAME = "L" + "o".repeat(39_998) + "ng";

	static final String PRIMARY = "#0B5394";

	private ExcelFixtures() {
	}

	static ReportDocument document(int metricRows) {
		Branding branding = new Branding("Northern Lights Collective", PRIMARY, "#E69138", null, "Confidential");
		Section overview = new Section(
				"overview", "Overview", List.of(
						new KeyFigures(
								List.of(new Figure("Committed", Cell.money(new BigDecimal("1500000.25"), "USD"),
										Format.MONEY, "all funders"),
										new Figure("Members", new Cell(12L, null, null), Format.COUNT, "with data"),
										new Figure("Progress to goal", Cell.number(new BigDecimal("0.45")), Format.RATE,
												"of 10,000 young people"))),
						new Paragraph("The network's year.", false)));
		Table money = new Table("Money by funder", "Money",
				List.of(new Column("Funder", Format.TEXT, 3), new Column("Committed", Format.MONEY, 2),
						new Column("Received", Format.MONEY, 2), new Column("Pace", Format.RATE, 1)),
				moneyRows(), List.of("Amounts in the currency of the grant.", FORMULA_NAME));
		Table outcomes = new Table("Outcomes", "Outcomes/2025: [draft]",
				List.of(new Column("Member", Format.TEXT, 3), new Column("Year", Format.DATE, 1),
						new Column("Rate", Format.RATE, 1), new Column("Change", Format.CHANGE, 1),
						new Column("Young people", Format.COUNT, 1)),
				List.of(List.of(Cell.text("member one"), Cell.text("2025"), Cell.number(new BigDecimal("0.4567")),
						Cell.number(new BigDecimal("-0.0525")), new Cell(1234L, null, null)),
						List.of(Cell.text("member two"), Cell.text("2025"), Cell.missing("suppressed"),
								Cell.missing("suppressed"), Cell.missing("suppressed")),
						List.of(Cell.text("member three"), new Cell(2025, null, null), new Cell(null, null, null),
								Cell.number(new BigDecimal("0.05")), new Cell(7, null, null))),
				List.of("suppressed: fewer young people than the minimum cell size."));
		Table equity = new Table("Equity", "Outcomes/2025: [draft]",
				List.of(new Column("Dimension", Format.TEXT, 2), new Column("Widest gap", Format.CHANGE, 1)),
				List.of(List.of(Cell.text("race_ethnicity"), Cell.number(new BigDecimal("0.12")))), List.of());
		Chart bars = new Chart("Rate by year", ChartKind.BAR, Format.RATE, List.of("2023", "2024", "2025"), List.of(
				new Series("member one",
						List.of(new BigDecimal("0.40"), new BigDecimal("0.42"), new BigDecimal("0.4567"))),
				new Series("network", java.util.Arrays.asList(new BigDecimal("0.38"), null, new BigDecimal("0.41")))),
				"Outcomes/2025: [draft]");
		Chart progress = new Chart("Progress", ChartKind.PROGRESS, Format.RATE, List.of("Regranted", "Young people"),
				List.of(new Series("achieved", List.of(new BigDecimal("0.55"), new BigDecimal("0.45"))),
						new Series("expected", List.of(new BigDecimal("0.60"), new BigDecimal("0.60")))),
				"Progress");
		Chart trend = new Chart("Committed by year", ChartKind.LINE, Format.MONEY, List.of("2024", "2025", "2026"),
				List.of(new Series("USD",
						List.of(new BigDecimal("100000"), new BigDecimal("250000.5"), new BigDecimal("400000")))),
				"Trend");
		Table pdfOnly = new Table("PDF only", null, List.of(new Column("x", Format.TEXT, 1)),
				List.of(List.of(Cell.text("not in the workbook"))), List.of());
		Table clash = new Table("Clash", "metrics", List.of(new Column("x", Format.TEXT, 1)),
				List.of(List.of(Cell.text("not the Metrics sheet"))), List.of());
		Section details = new Section("details", "Details",
				List.of(money, outcomes, bars, equity, progress, trend, pdfOnly, clash));
		return new ReportDocument("funder-report", "funder:f1", AS_OF, "Funder report: Acme Foundation",
				"Grants and outcomes to 30 September 2026", "en-US", branding, List.of(overview, details),
				metrics(metricRows));
	}

	private static List<List<Cell>> moneyRows() {
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(List.of(Cell.text("Acme Foundation"), Cell.money(new BigDecimal("1500000.25"), "USD"),
				Cell.money(new BigDecimal("750000.10"), "USD"), Cell.number(new BigDecimal("0.5"))));
		rows.add(List.of(Cell.text("Maple Trust"), Cell.money(new BigDecimal("200000.00"), "CAD"),
				Cell.money(new BigDecimal("0.01"), "CAD"), Cell.missing("no_pool")));
		for (String name : HOSTILE) {
			rows.add(List.of(Cell.text(name), Cell.money(BigDecimal.ONE, "USD"), Cell.money(BigDecimal.ZERO, "USD"),
					Cell.number(BigDecimal.ZERO)));
		}
		rows.add(List.of(Cell.text(LONG_NAME), Cell.money(BigDecimal.TEN, "EUR"), Cell.missing("no_data"),
				Cell.missing("no_data")));
		return rows;
	}

	/**
	 * Metric values cycling through money, rates, changes, counts, statuses and
	 * suppressed values; value {@code i} of each kind differs so that a misplaced row
	 * shows.
	 */
	static List<MetricValue> metrics(int count) {
		List<MetricValue> values = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String member = "m" + (i % 97);
			String subgroup = switch (i) {
				case 7 -> FORMULA_NAME;
				case 14 -> LONG_NAME;
				default -> "all";
			};
			BigDecimal n = BigDecimal.valueOf(i);
			values.add(switch (i % 7) {
				case 0 -> new MetricValue("F5", "funder:f" + i, null, "all".equals(subgroup) ? "all" : "member",
						subgroup, null, "USD", new BigDecimal("1234567890.12").add(n.movePointLeft(2)), null);
				case 1 -> new MetricValue("O3", "member:" + member, "kindergarten", "all", "all", 2025, null,
						new BigDecimal("0.123456789012").add(n.movePointLeft(12)), null);
				case 2 -> new MetricValue("O3", "member:" + member, "kindergarten", "race_ethnicity", "black", 2025,
						null, null, "suppressed");
				case 3 -> new MetricValue("O4b", "member:" + member, "kindergarten", "all", "all", 2025, null,
						new BigDecimal("-0.0525").subtract(n.movePointLeft(7)), null);
				case 4 -> new MetricValue("O7", "member:" + member, "kindergarten", "all", "all", 2025, null, null,
						"on_track");
				case 5 -> new MetricValue("H1", "network", null, "all", "all", null, null, n.add(new BigDecimal("0.5")),
						null);
				default -> new MetricValue("F10", "funder:f" + i, null, "all", "all", null, "CAD",
						new BigDecimal("0.333333333333"), null);
			});
		}
		return values;
	}

}
