package org.pathway.render.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.pathway.report.ReportDocument;
import org.pathway.report.ReportDocument.Figure;
import org.pathway.report.ReportDocument.KeyFigures;

/**
 * The first sheet: title, scope, as-of date, the document's key figures and a short note
 * on how the workbook is laid out and what its notes ({@code suppressed},
 * {@code no_data}) mean.
 */
final class SummarySheet {

	static final String NAME = "Summary";

	private final XSSFSheet sheet;

	private final Styles styles;

	private int next;

	SummarySheet(XSSFSheet sheet, Styles styles) {
		this.sheet = sheet;
		this.styles = styles;
	}

	void write(ReportDocument document, List<String> readableSheets) {
		line(document.title(), this.styles.title);
		if (document.subject() != null) {
			line(document.subject(), this.styles.text);
		}
		this.next++;
		pair("Scope", document.scope());
		pair("As of", document.asOf().toString());
		if (document.branding() != null && document.branding().organisation() != null) {
			pair("Prepared by", document.branding().organisation());
		}
		List<Figure> figures = document.sections()
			.stream()
			.flatMap((s) -> s.blocks().stream())
			.filter(KeyFigures.class::isInstance)
			.flatMap((b) -> ((KeyFigures) b).figures().stream())
			.toList();
		if (!figures.isEmpty()) {
			this.next++;
			line("Key figures", this.styles.heading);
			figures.forEach(this::figure);
		}
		this.next++;
		line("About this workbook", this.styles.heading);
		if (!readableSheets.isEmpty()) {
			line("Sheets " + String.join(", ", readableSheets) + ": the report's tables and the data of its charts.",
					this.styles.text);
			line("There, changes of rates show in percentage points with a % sign: +5.0% is 5 points.",
					this.styles.text);
		}
		line("Sheet " + MetricsSheet.NAME + ": one row per value (the columns of metrics.csv), to filter and pivot.",
				this.styles.text);
		line("Its values are exact: money in currency units, rates and changes of rates as fractions (0.05 = 5%).",
				this.styles.text);
		line("suppressed: too few young people to show (below the minimum cell size), hidden for privacy; not zero.",
				this.styles.text);
		line("no_data: no value was reported for that period.", this.styles.text);
		this.sheet.setColumnWidth(0, 30 * 256);
		this.sheet.setColumnWidth(1, 24 * 256);
		this.sheet.setColumnWidth(2, 60 * 256);
	}

	private void line(String text, CellStyle style) {
		Cell cell = this.sheet.createRow(this.next++).createCell(0);
		Cells.text(cell, text);
		cell.setCellStyle(style);
	}

	private void pair(String label, String value) {
		Row row = this.sheet.createRow(this.next++);
		Cells.text(row.createCell(0), label);
		row.getCell(0).setCellStyle(this.styles.label);
		Cells.text(row.createCell(1), value);
	}

	private void figure(Figure figure) {
		Row row = this.sheet.createRow(this.next++);
		Cells.text(row.createCell(0), figure.label());
		row.getCell(0).setCellStyle(this.styles.label);
		TableBlock.write(row.createCell(1), figure.value(), figure.format(), this.styles, false);
		if (figure.detail() != null) {
			Cells.text(row.createCell(2), figure.detail());
		}
	}

}
