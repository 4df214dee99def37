package org.pathway.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.pathway.metrics.OutcomeTable.Baseline;
import org.pathway.metrics.OutcomeTable.Series;

/**
 * The outcome metrics O1-O7 of domain.md 3.2, with the equity (E1-E3,
 * {@link EquityMetrics}) and headline (H1-H2, {@link HeadlineMetrics}) metrics built on
 * them, as rows of the Metrics sheet (contract.md section 3). Rates are fractions kept
 * exact ({@link Rates}); a value hidden for display ({@link SmallCells}) is a row with no
 * value and the note {@code suppressed}; a value that cannot exist is no row at all.
 * <p>
 * Per series (scope, outcome, dimension, subgroup) of every scope in the cells or the
 * targets:
 * <ul>
 * <li>O1: one row per data year up to the as-of year whose cell has a rate or is hidden
 * (a cell suppressed at the source is hidden); years after the as-of year are not
 * reported at all.</li>
 * <li>O2: for all/all of a scope with a target, the target's baseline rate and year
 * (published, never suppressed); otherwise the figure of the year before the plan's first
 * year; no row without one.</li>
 * <li>O3: the latest year up to the as-of year whose cell has a rate, shown suppressed
 * when that cell is hidden; a cell suppressed at the source has no rate and is passed
 * over (missing data). Without any, all/all gets a {@code no_data} row (no value, no
 * year) and a subgroup no row.</li>
 * <li>O4a (latest minus the year before the latest year) and O4b (latest minus baseline),
 * in the latest year: no row when an input is missing, else suppressed when an input is
 * hidden.</li>
 * <li>O5-O7 for all/all of a scope with a target: see {@link ProgressMetrics}.</li>
 * </ul>
 */
final class OutcomeMetrics {

	static final String NO_DATA = "no_data";

	private final PlanSettings plan;

	private final LocalDate asOf;

	private final Map<String, Set<String>> membersOf;

	/**
	 * @param membersOf every roll-up scope ({@code network}, {@code state:MI},
	 * {@code funder:ballmer}, ...) to the member scopes ({@code member:<id>}) it covers
	 */
	OutcomeMetrics(PlanSettings plan, LocalDate asOf, Map<String, Set<String>> membersOf) {
		this.plan = plan;
		this.asOf = asOf;
		this.membersOf = membersOf;
	}

	/**
	 * Every outcome, equity and headline row, in no particular order (the metrics step
	 * sorts all values by {@link MetricValue#ORDER} once). Outcomes share no cell,
	 * series, target or suppression, so each outcome is a table of its own, and the
	 * tables are built and computed on both cores; the headline sums over all of them.
	 * @param cells the real counts of every scope's cells: member cells as they arrived,
	 * roll-up cells pooled
	 * @param targets the targets, of {@code network} or {@code member:<id>}
	 */
	List<MetricValue> compute(List<OutcomeCell> cells, List<OutcomeTarget> targets) {
		Map<String, List<OutcomeCell>> cellsByOutcome = new TreeMap<>();
		cells.forEach((cell) -> cellsByOutcome.computeIfAbsent(cell.outcome(), (k) -> new ArrayList<>()).add(cell));
		Map<String, List<OutcomeTarget>> targetsByOutcome = new TreeMap<>();
		targets.forEach(
				(target) -> targetsByOutcome.computeIfAbsent(target.outcome(), (k) -> new ArrayList<>()).add(target));
		Set<String> outcomes = new TreeSet<>(cellsByOutcome.keySet());
		outcomes.addAll(targetsByOutcome.keySet());
		List<OutcomeTable> tables = outcomes.parallelStream()
			.map((outcome) -> new OutcomeTable(cellsByOutcome.getOrDefault(outcome, List.of()),
					targetsByOutcome.getOrDefault(outcome, List.of()), this.plan, this.asOf.getYear()))
			.toList();
		List<MetricValue> rows = new ArrayList<>(
				tables.parallelStream().flatMap((table) -> compute(table).stream()).toList());
		rows.addAll(new HeadlineMetrics(this.plan, this.asOf, this.membersOf).compute(tables));
		return rows;
	}

	/** The outcome and equity rows of one outcome's table. */
	private static List<MetricValue> compute(OutcomeTable table) {
		List<MetricValue> rows = new ArrayList<>();
		for (Series series : table.series()) {
			addSeries(table, series, rows);
			OutcomeTarget target = table.target(series);
			if (target != null) {
				ProgressMetrics.add(table, series, target, rows);
			}
		}
		rows.addAll(EquityMetrics.compute(table));
		return rows;
	}

	private static void addSeries(OutcomeTable table, Series series, List<MetricValue> rows) {
		for (int year : table.cells(series).keySet()) {
			Figure rate = table.figure(series, year);
			if (rate != null) {
				rows.add(series.row("O1", year, rate));
			}
		}
		Baseline baseline = table.baseline(series);
		if (baseline != null) {
			rows.add(series.row("O2", baseline.year(), baseline.figure()));
		}
		Integer year = table.latestYear(series);
		if (year == null) {
			if (series.isTotal()) {
				rows.add(series.row("O3", null, null, NO_DATA));
			}
			return;
		}
		Figure latest = table.figure(series, year);
		rows.add(series.row("O3", year, latest));
		Figure before = table.figure(series, year - 1);
		if (before != null) {
			rows.add(series.row("O4a", year, latest.minus(before)));
		}
		if (baseline != null) {
			rows.add(series.row("O4b", year, latest.minus(baseline.figure())));
		}
	}

}
