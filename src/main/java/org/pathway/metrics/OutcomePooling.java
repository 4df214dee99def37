package org.pathway.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Pools member cells into roll-up scopes (domain.md 3.2): for each scope and cell, the
 * sum of the members' known numerators over the sum of their known denominators, never a
 * mean of rates. A member cell missing at the source is left out of the pool.
 * <p>
 * Each cell (outcome, year, dimension, subgroup) is looked up once and numbered; a
 * roll-up then adds its members' counts by number. A metrics step in a fresh JVM pools
 * some 300,000 member cells into the roll-ups, most of them before the JIT has compiled
 * anything: one hash look-up per member cell instead of one per member cell and roll-up.
 */
final class OutcomePooling {

	private OutcomePooling() {
	}

	/**
	 * The member cells followed by one pooled cell per roll-up scope and cell that has
	 * data.
	 */
	static List<OutcomeCell> pool(List<OutcomeCell> memberCells, Map<String, Set<String>> membersOf) {
		Map<CellKey, Integer> numbers = new HashMap<>();
		List<OutcomeCell> numbered = new ArrayList<>();
		Map<String, List<Known>> byMember = new HashMap<>();
		for (OutcomeCell cell : memberCells) {
			if (!cell.sourceSuppressed()) {
				CellKey key = new CellKey(cell.outcome(), cell.year(), cell.dimension(), cell.subgroup());
				Integer number = numbers.get(key);
				if (number == null) {
					number = numbered.size();
					numbers.put(key, number);
					numbered.add(cell);
				}
				byMember.computeIfAbsent(cell.scope(), (k) -> new ArrayList<>())
					.add(new Known(number, cell.numerator(), cell.denominator()));
			}
		}
		List<OutcomeCell> cells = new ArrayList<>(memberCells);
		membersOf.forEach((scope, members) -> {
			long[] numerators = new long[numbered.size()];
			long[] denominators = new long[numbered.size()];
			boolean[] pooled = new boolean[numbered.size()];
			for (String member : members) {
				for (Known known : byMember.getOrDefault(member, List.of())) {
					numerators[known.number()] += known.numerator();
					denominators[known.number()] += known.denominator();
					pooled[known.number()] = true;
				}
			}
			for (int number = 0; number < pooled.length; number++) {
				if (pooled[number]) {
					OutcomeCell like = numbered.get(number);
					cells.add(new OutcomeCell(scope, like.outcome(), like.year(), like.dimension(), like.subgroup(),
							numerators[number], denominators[number], false));
				}
			}
		});
		return cells;
	}

	/** The known counts of a member cell, and the number of its cell. */
	private record Known(int number, long numerator, long denominator) {
	}

	/**
	 * A cell of any scope. Equality and hash code are written out: a record's generated
	 * ones run through method handles, slow until the JIT compiles them.
	 */
	private record CellKey(String outcome, int year, String dimension, String subgroup) {

		@Override
		public boolean equals(Object other) {
			return other instanceof CellKey key && this.year == key.year && Objects.equals(this.outcome, key.outcome)
					&& Objects.equals(this.dimension, key.dimension) && Objects.equals(this.subgroup, key.subgroup);
		}

		@Override
		public int hashCode() {
			return ((Objects.hashCode(this.outcome) * 31 + this.year) * 31 + Objects.hashCode(this.dimension)) * 31
					+ Objects.hashCode(this.subgroup);
		}

	}

}
