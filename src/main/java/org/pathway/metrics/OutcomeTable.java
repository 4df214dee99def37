package org.pathway.metrics;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.pathway.domain.Scope;

/**
 * The outcome cells of a run indexed by series (scope, outcome, dimension, subgroup) and
 * data year, with what may be shown of each and the latest and baseline year of each
 * series: the common ground of the outcome, equity and headline metrics. Cells of years
 * after the as-of year are left out: the run does not know them.
 */
final class OutcomeTable {

	static final String ALL = "all";

	static final String NETWORK = Scope.NETWORK.toString();

	static final String MEMBER_PREFIX = Scope.Kind.MEMBER.prefix();

	private final Map<Series, NavigableMap<Integer, OutcomeCell>> series = new HashMap<>();

	private final Map<Series, OutcomeTarget> targets = new HashMap<>();

	private final SmallCells smallCells;

	/**
	 * Each cell's figure once computed: O1, O3, O4, E1 and E2 ask for the same cells'
	 * rates, each an exact division.
	 */
	private final Map<OutcomeCell, Figure> figures;

	private final int yearBeforePlan;

	/**
	 * Indexes the cells of years up to {@code asOfYear} and the targets. Every (scope,
	 * outcome) of a cell or of a target gets an all/all series, even one without any
	 * cell.
	 * @throws IllegalArgumentException when two cells have the same scope, outcome, year,
	 * dimension and subgroup
	 */
	OutcomeTable(List<OutcomeCell> cells, List<OutcomeTarget> targets, PlanSettings plan, int asOfYear) {
		this.yearBeforePlan = plan.firstYear() - 1;
		this.figures = new IdentityHashMap<>(cells.size());
		for (OutcomeCell cell : cells) {
			Series key = new Series(cell.scope(), cell.outcome(), cell.dimension(), cell.subgroup());
			NavigableMap<Integer, OutcomeCell> years = this.series.computeIfAbsent(key, (k) -> new TreeMap<>());
			this.series.computeIfAbsent(key.total(), (k) -> new TreeMap<>());
			if (cell.year() <= asOfYear && years.put(cell.year(), cell) != null) {
				throw new IllegalArgumentException("two outcome cells for " + key + " in " + cell.year());
			}
		}
		for (OutcomeTarget target : targets) {
			Series total = new Series(target.scope(), target.outcome(), ALL, ALL);
			this.targets.put(total, target);
			this.series.computeIfAbsent(total, (k) -> new TreeMap<>());
		}
		this.smallCells = new SmallCells(this.series.values().stream().flatMap((y) -> y.values().stream()).toList(),
				plan.minCellSize());
	}

	Set<Series> series() {
		return Collections.unmodifiableSet(this.series.keySet());
	}

	/** The cells of a series by year, up to the as-of year. */
	NavigableMap<Integer, OutcomeCell> cells(Series series) {
		return Collections.unmodifiableNavigableMap(this.series.getOrDefault(series, Collections.emptyNavigableMap()));
	}

	/** The cell with its real counts, or null. */
	OutcomeCell cell(Series series, int year) {
		NavigableMap<Integer, OutcomeCell> years = this.series.get(series);
		return (years != null) ? years.get(year) : null;
	}

	/**
	 * What may be shown of a cell's rate: the rate, suppressed (hidden), or null when it
	 * has no rate.
	 */
	Figure figure(Series series, int year) {
		OutcomeCell cell = cell(series, year);
		return (cell != null) ? this.figures.computeIfAbsent(cell, this::figureOf) : null;
	}

	private Figure figureOf(OutcomeCell cell) {
		if (this.smallCells.isHidden(cell)) {
			return Figure.SUPPRESSED;
		}
		return cell.hasRate() ? Figure.of(Rates.divide(cell.numerator(), cell.denominator())) : null;
	}

	/**
	 * The latest year up to the as-of year whose cell has a rate (shown or hidden), or
	 * null (O3).
	 */
	Integer latestYear(Series series) {
		for (OutcomeCell cell : cells(series).descendingMap().values()) {
			if (cell.hasRate()) {
				return cell.year();
			}
		}
		return null;
	}

	/** The target of an all/all series, or null. */
	OutcomeTarget target(Series series) {
		return this.targets.get(series);
	}

	/**
	 * The baseline year (O2): the target's for an all/all series with a target, else the
	 * year before the plan.
	 */
	int baselineYear(Series series) {
		OutcomeTarget target = target(series);
		return (target != null) ? target.baselineYear() : this.yearBeforePlan;
	}

	/**
	 * The baseline (O2): the target's published rate, else the figure of the year before
	 * the plan, or null.
	 */
	Baseline baseline(Series series) {
		OutcomeTarget target = target(series);
		if (target != null) {
			return new Baseline(target.baselineYear(), Figure.of(target.baselineRate()));
		}
		Figure figure = figure(series, this.yearBeforePlan);
		return (figure != null) ? new Baseline(this.yearBeforePlan, figure) : null;
	}

	/**
	 * One series of cells: a scope, an outcome, a dimension and a subgroup, over the data
	 * years.
	 */
	record Series(String scope, String outcome, String dimension, String subgroup) {

		/**
		 * Written out, as is {@link #hashCode}: a record's generated ones run through
		 * method handles, slow until the JIT compiles them, and a fresh JVM looks series
		 * up for every cell and value.
		 */
		@Override
		public boolean equals(Object other) {
			return other instanceof Series series && Objects.equals(this.scope, series.scope)
					&& Objects.equals(this.outcome, series.outcome) && Objects.equals(this.dimension, series.dimension)
					&& Objects.equals(this.subgroup, series.subgroup);
		}

		@Override
		public int hashCode() {
			return ((Objects.hashCode(this.scope) * 31 + Objects.hashCode(this.outcome)) * 31
					+ Objects.hashCode(this.dimension)) * 31 + Objects.hashCode(this.subgroup);
		}

		boolean isTotal() {
			return ALL.equals(this.dimension);
		}

		Series total() {
			return new Series(this.scope, this.outcome, ALL, ALL);
		}

		MetricValue row(String metric, Integer year, Figure figure) {
			return row(metric, year, figure.value(), figure.note());
		}

		MetricValue row(String metric, Integer year, BigDecimal value, String note) {
			return new MetricValue(metric, this.scope, this.outcome, this.dimension, this.subgroup, year, null, value,
					note);
		}

	}

	/** A baseline: its year and what may be shown of its rate. */
	record Baseline(int year, Figure figure) {
	}

}
