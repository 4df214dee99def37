package org.pathway.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.pathway.metrics.OutcomeTable.Series;

/**
 * The equity metrics E1-E3 of domain.md 3.4: each subgroup's gap to all/all (E1), the
 * widest gap between the reportable subgroups of a dimension (E2), and how that widest
 * gap changed since the baseline year (E3).
 * <p>
 * E1 is in every year of the plan period where both rates exist, from the baseline year
 * on (earlier years stay in O1, whose rates they would only repeat), suppressed when
 * either is hidden. E2 (dimension set, subgroup {@code all}) needs two or more subgroups
 * with a shown rate; hidden ones are left out. E3 is E2 in the latest year of all/all
 * (O3's) minus E2 in the baseline year of all/all (O2's: the target's, else the year
 * before the plan), in the latest year; no row when either E2 is missing.
 */
final class EquityMetrics {

	private EquityMetrics() {
	}

	static List<MetricValue> compute(OutcomeTable table) {
		List<MetricValue> rows = new ArrayList<>();
		Map<Series, NavigableMap<Integer, List<BigDecimal>>> reportable = new HashMap<>();
		for (Series series : table.series()) {
			if (series.isTotal()) {
				continue;
			}
			Series total = series.total();
			Series dimension = new Series(series.scope(), series.outcome(), series.dimension(), OutcomeTable.ALL);
			int from = table.baselineYear(total);
			for (int year : table.cells(series).keySet()) {
				if (year < from) {
					continue;
				}
				Figure rate = table.figure(series, year);
				Figure all = table.figure(total, year);
				if (rate != null && all != null) {
					rows.add(series.row("E1", year, rate.minus(all)));
				}
				if (rate != null && !rate.suppressed()) {
					reportable.computeIfAbsent(dimension, (k) -> new TreeMap<>())
						.computeIfAbsent(year, (k) -> new ArrayList<>())
						.add(rate.value());
				}
			}
		}
		reportable.forEach((dimension, years) -> {
			Map<Integer, BigDecimal> widest = new HashMap<>();
			years.forEach((year, rates) -> {
				if (rates.size() >= 2) {
					BigDecimal gap = rates.stream()
						.reduce(BigDecimal::max)
						.get()
						.subtract(rates.stream().reduce(BigDecimal::min).get(), Rates.CONTEXT);
					widest.put(year, gap);
					rows.add(dimension.row("E2", year, gap, null));
				}
			});
			Series total = dimension.total();
			Integer latestYear = table.latestYear(total);
			if (latestYear != null) {
				BigDecimal latest = widest.get(latestYear);
				BigDecimal baseline = widest.get(table.baselineYear(total));
				if (latest != null && baseline != null) {
					rows.add(dimension.row("E3", latestYear, latest.subtract(baseline, Rates.CONTEXT), null));
				}
			}
		});
		return rows;
	}

}
