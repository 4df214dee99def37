package org.pathway.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
 * Report documents built in code for the PDF tests: every block kind, names in four
 * scripts, long tables.
 */
final class PdfFixtures {

	static final List<String> NAMES = List.of("Coöperativa Ñandú", "Đồng Tâm Học Tập", "学习共同体", "مؤسسة التعليم");

	static final String HEADER = "Young people";

	private PdfFixtures() {
	}

	static byte[] render(ReportDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PdfRenderer().render(document, out);
		return out.toByteArray();
	}

	static ReportDocument sample(int memberRows, String extraName, byte[] logo) {
		List<Section> sections = new ArrayList<>();
		sections.add(new Section("summary", "Summary", List.of(new KeyFigures(List.of(
				new Figure("Committed", Cell.money(new BigDecimal("1500000.25"), "USD"), Format.MONEY,
						"grants awarded"),
				new Figure("Share of the goal", Cell.number(new BigDecimal("0.45")), Format.RATE, "of 4,000,000"),
				new Figure("Change since baseline", Cell.number(new BigDecimal("0.05")), Format.CHANGE, "all outcomes"),
				new Figure("Kindergarten readiness", Cell.missing("suppressed"), Format.RATE, "fewer than 10"))),
				new Paragraph("This report covers the grants of the funder and what changed for young people in the"
						+ " communities that the money reached, as of the date on the cover.", false),
				new Chart("Progress toward the goal, beside the time elapsed", ChartKind.PROGRESS, Format.RATE,
						List.of("The network", "Coöperativa Ñandú partnership", "No data yet"),
						List.of(new Series("Share of the goal",
								Arrays.asList(new BigDecimal("0.45"), new BigDecimal("0.8"), null)),
								new Series("Plan period elapsed",
										Arrays.asList(new BigDecimal("0.571"), new BigDecimal("0.571"), null))),
						null),
				new Paragraph("Young people on a path: latest numerator minus baseline rate times latest denominator.",
						true))));
		sections.add(new Section("members", "Members reached", List.of(members(memberRows, extraName))));
		sections.add(new Section("outcomes", "Outcomes by year", List.of(
				new Chart(
						"Regranted by year", ChartKind.BAR, Format.MONEY, List.of("2024", "2025", "2026"), List.of(
								new Series("Regranted",
										List.of(new BigDecimal("1200000"), new BigDecimal("2500000"),
												new BigDecimal("900000"))),
								new Series("Disbursed",
										Arrays.asList(new BigDecimal("800000"), null, new BigDecimal("400000")))),
						"Money"),
				new Chart("Early grade reading rate", ChartKind.LINE, Format.RATE,
						List.of("2022", "2023", "2024", "2025", "2026"), List.of(
								new Series("Network",
										List.of(new BigDecimal("0.41"), new BigDecimal("0.43"), new BigDecimal("0.44"),
												new BigDecimal("0.47"), new BigDecimal("0.48"))),
								new Series("Đồng Tâm Học Tập",
										Arrays.asList(new BigDecimal("0.35"), null, new BigDecimal("0.39"),
												new BigDecimal("0.42"), new BigDecimal("0.45")))),
						null),
				new Chart("Change since baseline by member", ChartKind.BAR, Format.CHANGE, members(12),
						List.of(new Series("Change", changes(12))), null),
				new Paragraph("A gap in a line or a missing bar means no data for that year, not zero.", true))));
		sections.add(new Section("notes", "Notes",
				List.of(new Paragraph(
						"suppressed: fewer than 10 young people were measured. no data: nothing was reported.",
						false))));
		Branding branding = new Branding("StriveTogether Network", "#1F4E79", "#E07A1F", logo,
				"Confidential: prepared for Ballmer Group program officers");
		return new ReportDocument("funder-report", "funder:ballmer", LocalDate.of(2026, 9, 30),
				"Funder report: Ballmer Group", "Grants, regrants and outcomes of Ballmer Group's funding", "en-US",
				branding, sections, List.of());
	}

	static Table members(int rows, String extraName) {
		List<Column> columns = List.of(new Column("Member", Format.TEXT, 3), new Column("State", Format.TEXT, 0.8f),
				new Column("Regranted", Format.MONEY, 2), new Column("Rate", Format.RATE, 1),
				new Column("Change", Format.CHANGE, 1.1f), new Column(HEADER, Format.COUNT, 1.3f));
		List<List<Cell>> cells = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			String name = (i < NAMES.size()) ? NAMES.get(i) : String.format("Member %03d", i);
			Cell rate = (i == 1) ? Cell.missing("suppressed")
					: Cell.number(new BigDecimal(30 + i % 40).movePointLeft(2));
			Cell change = (i == 2) ? Cell.missing("no_data")
					: Cell.number(new BigDecimal((i % 2 == 0) ? "0.05" : "-0.012"));
			cells.add(List.of(Cell.text(name), Cell.text("MI"),
					Cell.money(new BigDecimal("1500000.25").add(BigDecimal.valueOf(i)), "USD"), rate, change,
					new Cell(1234L + i, null, null)));
		}
		if (extraName != null) {
			cells.add(List.of(Cell.text(extraName), Cell.text("WA"), Cell.missing("no_data"),
					Cell.missing("suppressed"), Cell.missing("no_data"), Cell.missing("suppressed")));
		}
		return new Table("Members and what they received", "Members", columns, cells,
				List.of("Rates are pooled counts; suppressed cells hide fewer than 10 young people."));
	}

	private static List<String> members(int count) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			names.add((i < NAMES.size()) ? NAMES.get(i) : "Cradle to Career Partnership " + i);
		}
		return names;
	}

	private static List<BigDecimal> changes(int count) {
		List<BigDecimal> values = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			values.add((i == 3) ? null : new BigDecimal((i * 7) % 11 - 4).movePointLeft(2));
		}
		return values;
	}

}
