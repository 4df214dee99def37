package org.pathway.metrics;

import java.math.BigDecimal;
import java.util.List;

import org.pathway.metrics.OutcomeTable.Series;

/**
 * Progress to target, O5-O7 of domain.md 3.2, for the all/all series of a scope with a
 * target. All three are in the latest year (O3's) and are computed from the real counts
 * of the latest cell, so that a status on a band's edge is decided exactly: with latest =
 * n / d, baseline b and target t, {@code O5 = (n - b d) / (d (t - b))} and
 * {@code O5 / O6 = (n - b d) (ty - by) / (d (t - b) (ly - by))}.
 * <p>
 * Edge cases:
 * <ul>
 * <li>no latest value: no O5 and O6 rows, O7 {@code no_data} with no year;</li>
 * <li>latest hidden for display: O6 as usual (it needs only years), O5 and O7
 * {@code suppressed} (a status would give the hidden rate away within a band);</li>
 * <li>target year = baseline year: O6 has no value, note {@code undefined};</li>
 * <li>O6 undefined or &lt;= 0 (the latest year is not after the baseline year): no
 * progress can be judged yet, O7 {@code no_data} in the latest year;</li>
 * <li>target = baseline (the aim is to hold the baseline): O5 has no value, note
 * {@code undefined}; O7 has no value and is {@code on_track} when latest &gt;= target,
 * else {@code off_track}.</li>
 * </ul>
 * O7's value is O5 / O6 otherwise, with the status in its note: &gt;= 0.9
 * {@code on_track}, &gt;= 0.7 {@code at_risk}, below {@code off_track}.
 */
final class ProgressMetrics {

	static final String UNDEFINED = "undefined";

	static final String ON_TRACK = "on_track";

	static final String AT_RISK = "at_risk";

	static final String OFF_TRACK = "off_track";

	private static final BigDecimal ON_TRACK_FROM = new BigDecimal("0.9");

	private static final BigDecimal AT_RISK_FROM = new BigDecimal("0.7");

	private ProgressMetrics() {
	}

	static void add(OutcomeTable table, Series total, OutcomeTarget target, List<MetricValue> rows) {
		Integer year = table.latestYear(total);
		if (year == null) {
			rows.add(total.row("O7", null, null, OutcomeMetrics.NO_DATA));
			return;
		}
		long elapsed = (long) year - target.baselineYear();
		long span = (long) target.targetYear() - target.baselineYear();
		rows.add((span != 0) ? total.row("O6", year, Rates.divide(elapsed, span), null)
				: total.row("O6", year, null, UNDEFINED));
		if (table.figure(total, year).suppressed()) {
			rows.add(total.row("O5", year, Figure.SUPPRESSED));
			rows.add(total.row("O7", year, Figure.SUPPRESSED));
			return;
		}
		OutcomeCell latest = table.cell(total, year);
		BigDecimal numerator = BigDecimal.valueOf(latest.numerator());
		BigDecimal denominator = BigDecimal.valueOf(latest.denominator());
		BigDecimal gained = numerator.subtract(target.baselineRate().multiply(denominator));
		BigDecimal aimed = denominator.multiply(target.targetRate().subtract(target.baselineRate()));
		rows.add((aimed.signum() != 0) ? total.row("O5", year, Rates.divide(gained, aimed), null)
				: total.row("O5", year, null, UNDEFINED));
		if (span == 0 || Long.signum(elapsed) * Long.signum(span) <= 0) {
			rows.add(total.row("O7", year, null, OutcomeMetrics.NO_DATA));
		}
		else if (aimed.signum() == 0) {
			boolean held = numerator.compareTo(target.targetRate().multiply(denominator)) >= 0;
			rows.add(total.row("O7", year, null, held ? ON_TRACK : OFF_TRACK));
		}
		else {
			BigDecimal ratioNumerator = gained.multiply(BigDecimal.valueOf(span));
			BigDecimal ratioDenominator = aimed.multiply(BigDecimal.valueOf(elapsed));
			String status = atLeast(ratioNumerator, ratioDenominator, ON_TRACK_FROM) ? ON_TRACK
					: atLeast(ratioNumerator, ratioDenominator, AT_RISK_FROM) ? AT_RISK : OFF_TRACK;
			rows.add(total.row("O7", year, Rates.divide(ratioNumerator, ratioDenominator), status));
		}
	}

	/**
	 * Whether numerator / denominator &gt;= bound, decided exactly (denominator not 0).
	 */
	private static boolean atLeast(BigDecimal numerator, BigDecimal denominator, BigDecimal bound) {
		return numerator.subtract(bound.multiply(denominator)).signum() * denominator.signum() >= 0;
	}

}
