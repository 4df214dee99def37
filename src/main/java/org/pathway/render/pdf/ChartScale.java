package org.pathway.render.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.pathway.report.ReportDocument.Series;

/**
 * The value axis of a chart: a range that includes zero, rounded out to a "nice" step (1,
 * 2, 2.5 or 5 times a power of ten) so that there are about four gridlines with readable
 * labels.
 */
record ChartScale(BigDecimal low, BigDecimal high, List<BigDecimal> ticks) {

	private static final double[] STEPS = { 1, 2, 2.5, 5, 10 };

	/**
	 * A scale over every non-null value of the series, with zero always on it;
	 * {@code whole} keeps the step at one or more (counts and money have no fractional
	 * gridlines).
	 */
	static ChartScale of(List<Series> series, BigDecimal atLeast, boolean whole) {
		BigDecimal min = BigDecimal.ZERO;
		BigDecimal max = (atLeast != null) ? atLeast : BigDecimal.ZERO;
		for (Series s : series) {
			for (BigDecimal v : s.values()) {
				if (v != null) {
					min = min.min(v);
					max = max.max(v);
				}
			}
		}
		if (max.compareTo(min) == 0) {
			max = min.add(BigDecimal.ONE);
		}
		BigDecimal step = step((max.doubleValue() - min.doubleValue()) / 4);
		if (whole && step.compareTo(BigDecimal.ONE) < 0) {
			step = BigDecimal.ONE;
		}
		BigDecimal low = snap(min, step, false);
		BigDecimal high = snap(max, step, true);
		List<BigDecimal> ticks = new ArrayList<>();
		for (BigDecimal t = low; t.compareTo(high) <= 0; t = t.add(step)) {
			ticks.add(t);
		}
		return new ChartScale(low, high, List.copyOf(ticks));
	}

	/** Where {@code value} falls between {@code from} (low) and {@code to} (high). */
	float at(BigDecimal value, float from, float to) {
		double share = (value.doubleValue() - this.low.doubleValue())
				/ (this.high.doubleValue() - this.low.doubleValue());
		return (float) (from + share * (to - from));
	}

	/** The position of zero, where bars start. */
	float zero(float from, float to) {
		return at(BigDecimal.ZERO, from, to);
	}

	private static BigDecimal step(double raw) {
		int exponent = (int) Math.floor(Math.log10(raw));
		double magnitude = Math.pow(10, exponent);
		for (double factor : STEPS) {
			if (raw <= factor * magnitude * 1.0000001) {
				return BigDecimal.valueOf(factor).scaleByPowerOfTen(exponent).stripTrailingZeros();
			}
		}
		return BigDecimal.TEN.scaleByPowerOfTen(exponent);
	}

	private static BigDecimal snap(BigDecimal value, BigDecimal step, boolean up) {
		return value.divide(step, 0, up ? RoundingMode.CEILING : RoundingMode.FLOOR).multiply(step);
	}

}
