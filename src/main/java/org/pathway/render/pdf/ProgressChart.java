package org.pathway.render.pdf;

import java.math.BigDecimal;
import java.util.List;

import com.lowagie.text.Element;
import org.pathway.render.ValueText;
import org.pathway.report.ReportDocument.Cell;
import org.pathway.report.ReportDocument.Chart;
import org.pathway.report.ReportDocument.Series;

/**
 * Horizontal progress bars, one row per category: series 0 (achieved) as a thick bar,
 * series 1 (expected) as a thin bar below it, on a track from zero to the larger of one
 * and the highest value.
 */
final class ProgressChart {

	private static final float ROW = 30;

	private ProgressChart() {
	}

	static float height(Chart chart) {
		return 24 + ROW * Math.max(1, chart.categories().size());
	}

	static void draw(ChartCanvas canvas, Chart chart) {
		List<Series> series = chart.series();
		List<String> categories = chart.categories();
		ChartScale scale = ChartScale.of(series, BigDecimal.ONE, false);
		float labels = Math.min(150, canvas.width() * 0.28f);
		float values = 150;
		float left = labels + 8;
		float right = canvas.width() - values;
		float top = canvas.legend(series) - 8;
		for (int c = 0; c < categories.size(); c++) {
			float y = top - ROW * (c + 1) + 8;
			canvas.label(categories.get(c), Element.ALIGN_RIGHT, labels, y + 5, labels);
			canvas.box(left, y, right - left, 13, Palette.TRACK);
			BigDecimal achieved = (series.size() > 0) ? BarChart.value(series.get(0), c) : null;
			BigDecimal expected = (series.size() > 1) ? BarChart.value(series.get(1), c) : null;
			float zero = scale.zero(left, right);
			if (achieved != null) {
				bar(canvas, scale, achieved, zero, left, right, y + 5, 8, 0);
			}
			if (expected != null) {
				bar(canvas, scale, expected, zero, left, right, y + 1, 3, 1);
			}
			canvas.label(describe(series, achieved, expected, chart), Element.ALIGN_LEFT, right + 6, y + 4, values - 8);
		}
	}

	private static void bar(ChartCanvas canvas, ChartScale scale, BigDecimal value, float zero, float left, float right,
			float y, float height, int series) {
		float x = Math.max(left, Math.min(right, scale.at(value, left, right)));
		canvas.box(Math.min(zero, x), y, Math.abs(x - zero), height, canvas.palette.seriesColour(series));
	}

	private static String describe(List<Series> series, BigDecimal achieved, BigDecimal expected, Chart chart) {
		String text = shown(achieved, chart);
		if (series.size() > 1) {
			text += " vs " + shown(expected, chart);
		}
		return text;
	}

	private static String shown(BigDecimal value, Chart chart) {
		return ValueText.format((value != null) ? Cell.number(value) : Cell.missing("no_data"), chart.format());
	}

}
