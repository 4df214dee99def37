package org.pathway.render.pdf;

import java.math.BigDecimal;
import java.util.List;

import org.pathway.report.ReportDocument.Chart;
import org.pathway.report.ReportDocument.Format;
import org.pathway.report.ReportDocument.Series;

/**
 * Vertical bars grouped per category, one bar per series; a missing value leaves a gap.
 */
final class BarChart {

	static final float HEIGHT = 220;

	private static final float MAX_BAR = 44;

	private BarChart() {
	}

	static void draw(ChartCanvas canvas, Chart chart) {
		List<Series> series = chart.series();
		List<String> categories = chart.categories();
		ChartScale scale = ChartScale.of(series, null, whole(chart));
		float left = 46;
		float right = canvas.width() - 4;
		float slot = (right - left) / Math.max(1, categories.size());
		boolean turned = canvas.crowded(categories, slot);
		float bottom = turned ? 78 : 18;
		float top = canvas.legend(series) - 10;
		canvas.valueAxis(scale, chart, left, bottom, right, top);
		canvas.noData(series, left, bottom, right, top);
		float bar = Math.min(MAX_BAR, slot * 0.72f / Math.max(1, series.size()));
		float group = bar * series.size();
		float zero = scale.zero(bottom, top);
		for (int c = 0; c < categories.size(); c++) {
			float x = left + slot * c + (slot - group) / 2;
			for (int s = 0; s < series.size(); s++) {
				BigDecimal value = value(series.get(s), c);
				if (value == null) {
					continue;
				}
				float y = scale.at(value, bottom, top);
				canvas.box(x + bar * s + bar * 0.08f, Math.min(zero, y), bar * 0.84f, Math.abs(y - zero),
						canvas.palette.seriesColour(s));
			}
		}
		canvas.categoryAxis(categories, left, slot, bottom, turned);
	}

	/** Counts and money are drawn on whole-number gridlines. */
	static boolean whole(Chart chart) {
		return chart.format() == Format.COUNT || chart.format() == Format.MONEY;
	}

	/** The value of a series at a category, or null when it has none. */
	static BigDecimal value(Series series, int index) {
		return (index < series.values().size()) ? series.values().get(index) : null;
	}

}
