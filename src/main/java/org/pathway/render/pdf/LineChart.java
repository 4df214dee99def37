package org.pathway.render.pdf;

import java.math.BigDecimal;
import java.util.List;

import org.pathway.report.ReportDocument.Chart;
import org.pathway.report.ReportDocument.Series;

/**
 * One line per series across the categories, with a point at each value; a missing value
 * breaks the line.
 */
final class LineChart {

	static final float HEIGHT = 220;

	private LineChart() {
	}

	static void draw(ChartCanvas canvas, Chart chart) {
		List<Series> series = chart.series();
		List<String> categories = chart.categories();
		ChartScale scale = ChartScale.of(series, null, BarChart.whole(chart));
		float left = 46;
		float right = canvas.width() - 4;
		float slot = (right - left) / Math.max(1, categories.size());
		boolean turned = canvas.crowded(categories, slot);
		float bottom = turned ? 78 : 18;
		float top = canvas.legend(series) - 10;
		canvas.valueAxis(scale, chart, left, bottom, right, top);
		canvas.noData(series, left, bottom, right, top);
		var pdf = canvas.template;
		for (int s = 0; s < series.size(); s++) {
			pdf.setColorStroke(canvas.palette.seriesColour(s));
			pdf.setColorFill(canvas.palette.seriesColour(s));
			pdf.setLineWidth(1.6f);
			boolean drawing = false;
			boolean drawn = false;
			for (int c = 0; c < categories.size(); c++) {
				BigDecimal value = BarChart.value(series.get(s), c);
				if (value == null) {
					drawing = false;
					continue;
				}
				float x = left + slot * (c + 0.5f);
				float y = scale.at(value, bottom, top);
				if (drawing) {
					pdf.lineTo(x, y);
				}
				else {
					pdf.moveTo(x, y);
				}
				drawing = true;
				drawn = true;
			}
			if (drawn) {
				pdf.stroke();
			}
			for (int c = 0; c < categories.size(); c++) {
				BigDecimal value = BarChart.value(series.get(s), c);
				if (value != null) {
					pdf.circle(left + slot * (c + 0.5f), scale.at(value, bottom, top), 2.4f);
					pdf.fill();
				}
			}
		}
		canvas.categoryAxis(categories, left, slot, bottom, turned);
	}

}
