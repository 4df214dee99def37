package org.pathway.render.excel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.pathway.report.ReportDocument;
import org.pathway.report.ReportDocument.Block;
import org.pathway.report.ReportDocument.Chart;
import org.pathway.report.ReportDocument.Section;
import org.pathway.report.ReportDocument.Table;

/**
 * The readable sheets: every table and chart of the document that names a sheet, in
 * document order; blocks naming the same sheet go one below the other on it.
 */
final class ReadableSheets {

	private final XSSFWorkbook workbook;

	private final SheetNames names;

	private final Styles styles;

	private final Map<String, ReadableSheet> byWish = new LinkedHashMap<>();

	ReadableSheets(XSSFWorkbook workbook, SheetNames names, Styles styles) {
		this.workbook = workbook;
		this.names = names;
		this.styles = styles;
	}

	/**
	 * Writes every block that names a sheet; returns the names of the sheets, in order.
	 */
	List<String> write(ReportDocument document) {
		ReportDocument.Branding branding = document.branding();
		String primary = (branding != null) ? branding.primaryColour() : null;
		String accent = (branding != null) ? branding.accentColour() : null;
		for (Section section : document.sections()) {
			for (Block block : section.blocks()) {
				if (block instanceof Table table && table.sheet() != null) {
					TableBlock.write(sheet(table.sheet()), table, this.styles, false);
				}
				else if (block instanceof Chart chart && chart.sheet() != null) {
					ChartBlock.write(sheet(chart.sheet()), chart, this.styles, primary, accent);
				}
			}
		}
		List<String> written = new ArrayList<>();
		for (ReadableSheet sheet : this.byWish.values()) {
			sheet.finish();
			written.add(sheet.sheet.getSheetName());
		}
		return written;
	}

	private ReadableSheet sheet(String wish) {
		return this.byWish.computeIfAbsent(wish,
				(w) -> new ReadableSheet(this.workbook.createSheet(this.names.allocate(w))));
	}

}
