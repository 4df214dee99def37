package org.pathway.render.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.pathway.report.ReportDocument;
import org.pathway.report.ReportDocument.Chart;
import org.pathway.report.ReportDocument.ChartKind;
import org.pathway.report.ReportDocument.Column;
import org.pathway.report.ReportDocument.Format;

/**
 * A {@link Chart} on a readable sheet: its data as a small table and, beside it, a native
 * Excel chart drawn from those cells (bars, lines, or horizontal bars for progress, top
 * to bottom).
 */
final class ChartBlock {

	static final String GAP_NOTE = "Blank: no value (a gap in the chart).";

	static final int WIDTH_COLUMNS = 8;

	static final int HEIGHT_ROWS = 16;

	private ChartBlock() {
	}

	static void write(ReadableSheet target, Chart chart, Styles styles, String primary, String accent) {
		int top = target.nextRow();
		List<Column> columns = new ArrayList<>();
		columns.add(new Column("", Format.TEXT, 1));
		chart.series().forEach((s) -> columns.add(new Column(s.name(), chart.format(), 1)));
		List<List<ReportDocument.Cell>> rows = new ArrayList<>();
		boolean gaps = false;
		for (int i = 0; i < chart.categories().size(); i++) {
			List<ReportDocument.Cell> row = new ArrayList<>();
			row.add(ReportDocument.Cell.text(chart.categories().get(i)));
			for (ReportDocument.Series series : chart.series()) {
				BigDecimal value = (i < series.values().size()) ? series.values().get(i) : null;
				gaps |= (value == null);
				row.add(new ReportDocument.Cell(value, null, null));
			}
			rows.add(row);
		}
		List<String> footnotes = gaps ? List.of(GAP_NOTE) : List.of();
		int headerRow = TableBlock.write(target,
				new ReportDocument.Table(chart.caption(), chart.sheet(), columns, rows, footnotes), styles, true);
		if (!rows.isEmpty() && !chart.series().isEmpty()) {
			int left = columns.size() + 1;
			draw(target, chart, headerRow, new XDDFColor[] { colour(accent), colour(primary) }, left, top);
			target.used(top + HEIGHT_ROWS);
		}
	}

	private static void draw(ReadableSheet target, Chart chart, int headerRow, XDDFColor[] colours, int left, int top) {
		XSSFDrawing drawing = target.sheet.createDrawingPatriarch();
		XSSFChart xlsx = drawing
			.createChart(drawing.createAnchor(0, 0, 0, 0, left, top, left + WIDTH_COLUMNS, top + HEIGHT_ROWS));
		if (chart.caption() != null) {
			xlsx.setTitleText(Cells.safe(chart.caption()));
			xlsx.setTitleOverlay(false);
		}
		xlsx.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis categories = xlsx.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis values = xlsx.createValueAxis(AxisPosition.LEFT);
		values.setCrosses(AxisCrosses.AUTO_ZERO);
		values.setNumberFormat(axisFormat(chart.format()));
		boolean line = chart.kind() == ChartKind.LINE;
		XDDFChartData data = xlsx.createData(line ? ChartTypes.LINE : ChartTypes.BAR, categories, values);
		data.setVaryColors(false);
		if (data instanceof XDDFBarChartData bars) {
			bars.setBarDirection((chart.kind() == ChartKind.PROGRESS) ? BarDirection.BAR : BarDirection.COL);
			bars.setBarGrouping(BarGrouping.CLUSTERED);
		}
		if (chart.kind() == ChartKind.PROGRESS) {
			categories.setOrientation(AxisOrientation.MAX_MIN);
		}
		int first = headerRow + 1;
		int last = headerRow + chart.categories().size();
		var labels = XDDFDataSourcesFactory.fromStringCellRange(target.sheet, new CellRangeAddress(first, last, 0, 0));
		for (int s = 0; s < chart.series().size(); s++) {
			var numbers = XDDFDataSourcesFactory.fromNumericCellRange(target.sheet,
					new CellRangeAddress(first, last, s + 1, s + 1));
			XDDFChartData.Series series = data.addSeries(labels, numbers);
			series.setTitle(Cells.safe(chart.series().get(s).name()),
					new CellReference(target.sheet.getSheetName(), headerRow, s + 1, true, true));
			XDDFColor colour = (s < colours.length) ? colours[s] : XDDFColor.from(PresetColor.GRAY);
			XDDFSolidFillProperties fill = new XDDFSolidFillProperties(colour);
			if (line) {
				XDDFLineProperties stroke = new XDDFLineProperties(fill);
				stroke.setWidth(2.0);
				series.setLineProperties(stroke);
			}
			else {
				series.setFillProperties(fill);
			}
		}
		xlsx.plot(data);
	}

	private static String axisFormat(Format format) {
		return switch (format) {
			case RATE -> "0%";
			case CHANGE -> "+0%;-0%;0%";
			case MONEY, COUNT -> "#,##0";
			case TEXT, DATE -> "General";
		};
	}

	private static XDDFColor colour(String hex) {
		return XDDFColor.from(Styles.rgb(hex));
	}

}
