package org.pathway.render.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.pathway.metrics.MetricValue;

/**
 * The {@code Metrics} sheet of contract.md section 3, streamed so that 200,000 rows stay
 * in bounded memory: one row per value, {@code value} a number cell holding the plain
 * fraction or amount.
 */
final class MetricsSheet {

	static final String NAME = "Metrics";

	static final List<String> HEADER = List.of("metric", "scope", "outcome", "dimension", "subgroup", "year",
			"currency", "value", "note");

	static final int SAMPLE_ROWS = 1_000;

	private static final int YEAR = 5;

	private static final int VALUE = 7;

	private MetricsSheet() {
	}

	static void write(SXSSFWorkbook workbook, Styles styles, List<MetricValue> values) {
		int limit = workbook.getSpreadsheetVersion().getLastRowIndex();
		if (values.size() > limit) {
			throw new IllegalArgumentException(
					"the " + NAME + " sheet holds at most " + limit + " values, the report has " + values.size()
							+ " (metrics.csv holds them all): narrow the report's scope");
		}
		SXSSFSheet sheet = workbook.createSheet(NAME);
		Widths widths = new Widths();
		Row header = sheet.createRow(0);
		for (int column = 0; column < HEADER.size(); column++) {
			header.createCell(column).setCellValue(HEADER.get(column));
			header.getCell(column).setCellStyle(styles.header);
			widths.see(column, HEADER.get(column).length());
		}
		int number = 1;
		for (MetricValue value : values) {
			Row row = sheet.createRow(number);
			String[] texts = { value.metric(), value.scope(), value.outcome(), value.dimension(), value.subgroup(),
					null, value.currency(), null, value.note() };
			for (int column = 0; column < texts.length; column++) {
				if (texts[column] != null) {
					Cells.text(row.createCell(column), texts[column]);
				}
			}
			if (value.year() != null) {
				row.createCell(YEAR).setCellValue(value.year());
				row.getCell(YEAR).setCellStyle(styles.year);
			}
			if (value.value() != null) {
				Cells.number(row.createCell(VALUE), value.value());
				row.getCell(VALUE).setCellStyle(style(styles, value));
			}
			if (number <= SAMPLE_ROWS) {
				for (int column = 0; column < texts.length; column++) {
					widths.see(column, Cells.length(texts[column]));
				}
				widths.see(VALUE, (value.value() != null) ? value.value().toPlainString().length() + 4 : 0);
			}
			number++;
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(values.size(), 1), 0, HEADER.size() - 1));
		widths.apply(sheet);
	}

	/**
	 * Display only, the cell keeps the exact value: money {@code #,##0.00} (its currency
	 * is a column), rates and changes of rates as percentages of the fraction, counts
	 * whole; the value's kind says which.
	 */
	static CellStyle style(Styles styles, MetricValue value) {
		return switch (value.kind()) {
			case MONEY -> styles.money;
			case RATE -> styles.exactRate;
			case CHANGE -> styles.exactChange;
			case COUNT -> styles.count;
			case STATUS -> styles.general;
		};
	}

}
