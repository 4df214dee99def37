package org.pathway.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which outcome cells are hidden for display (domain.md 3.5): cells suppressed at the
 * source, cells whose denominator is above 0 but below the plan's minimum cell size, and
 * the complementary cells hidden beside them so that no hidden value can be derived from
 * a shown all/all total by subtraction.
 * <p>
 * Complementary suppression, the same for every scope: for a (scope, outcome, year) whose
 * all/all cell is shown, within each dimension other than {@code all}, when exactly one
 * subgroup cell is hidden, the shown subgroup with the smallest denominator (ties: the
 * first subgroup name) is hidden too. A cell with denominator 0 (and not suppressed at
 * the source) has no rate: it is missing, neither hidden nor shown, and never chosen as
 * the complementary cell. Hiding is for display only: the counts stay real.
 */
final class SmallCells {

	private static final String ALL = "all";

	private final Set<Key> hidden = new HashSet<>();

	SmallCells(Collection<OutcomeCell> cells, int minCellSize) {
		Map<Key, OutcomeCell> totals = new HashMap<>();
		Map<Key, Map<String, List<OutcomeCell>>> dimensions = new HashMap<>();
		for (OutcomeCell cell : cells) {
			if (cell.sourceSuppressed() || (cell.denominator() > 0 && cell.denominator() < minCellSize)) {
				this.hidden.add(Key.of(cell));
			}
			Key table = new Key(cell.scope(), cell.outcome(), cell.year(), ALL, ALL);
			if (ALL.equals(cell.dimension())) {
				totals.put(table, cell);
			}
			else {
				dimensions.computeIfAbsent(table, (k) -> new HashMap<>())
					.computeIfAbsent(cell.dimension(), (k) -> new ArrayList<>())
					.add(cell);
			}
		}
		dimensions.forEach((table, subgroupsByDimension) -> {
			OutcomeCell total = totals.get(table);
			if (total != null && isShown(total)) {
				subgroupsByDimension.values().forEach(this::hideComplement);
			}
		});
	}

	/** Whether the value of this cell is to be shown as {@code suppressed}. */
	boolean isHidden(OutcomeCell cell) {
		return this.hidden.contains(Key.of(cell));
	}

	/** Whether the cell has a rate that may be displayed. */
	boolean isShown(OutcomeCell cell) {
		return cell.hasRate() && !isHidden(cell);
	}

	private void hideComplement(List<OutcomeCell> subgroups) {
		if (subgroups.stream().filter(this::isHidden).count() != 1) {
			return;
		}
		subgroups.stream()
			.filter(this::isShown)
			.min(Comparator.comparingLong(OutcomeCell::denominator).thenComparing(OutcomeCell::subgroup))
			.ifPresent((next) -> this.hidden.add(Key.of(next)));
	}

	private record Key(String scope, String outcome, int year, String dimension, String subgroup) {

		static Key of(OutcomeCell cell) {
			return new Key(cell.scope(), cell.outcome(), cell.year(), cell.dimension(), cell.subgroup());
		}

		/**
		 * Written out, as is {@link #hashCode}: a record's generated ones run through
		 * method handles, slow until the JIT compiles them.
		 */
		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && this.year == key.year && Objects.equals(this.scope, key.scope)
					&& Objects.equals(this.outcome, key.outcome) && Objects.equals(this.dimension, key.dimension)
					&& Objects.equals(this.subgroup, key.subgroup);
		}

		@Override
		public int hashCode() {
			return (((Objects.hashCode(this.scope) * 31 + Objects.hashCode(this.outcome)) * 31 + this.year) * 31
					+ Objects.hashCode(this.dimension)) * 31 + Objects.hashCode(this.subgroup);
		}

	}

}
