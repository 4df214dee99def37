package org.pathway.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pools member cells into roll-up scopes (domain.md 3.2): for each scope and cell, the
 * sum of the members' known numerators over the sum of their known denominators, never a
 * mean of rates. A member cell missing at the source is left out of the pool.
 */
final class OutcomePooling {

	private OutcomePooling() {
	}

	/**
	 * The member cells followed by one pooled cell per roll-up scope and cell that has
	 * data.
	 */
	static List<OutcomeCell> pool(List<OutcomeCell> memberCells, Map<String, Set<String>> membersOf) {
		Map<String, List<OutcomeCell>> byMember = new HashMap<>();
		for (OutcomeCell cell : memberCells) {
			if (!cell.sourceSuppressed()) {
				byMember.computeIfAbsent(cell.scope(), (k) -> new ArrayList<>()).add(cell);
			}
		}
		List<OutcomeCell> cells = new ArrayList<>(memberCells);
		membersOf.forEach((scope, members) -> {
			Map<List<Object>, long[]> sums = new HashMap<>();
			for (String member : members) {
				for (OutcomeCell cell : byMember.getOrDefault(member, List.of())) {
					long[] sum = sums.computeIfAbsent(
							List.of(cell.outcome(), cell.year(), cell.dimension(), cell.subgroup()),
							(k) -> new long[2]);
					sum[0] += cell.numerator();
					sum[1] += cell.denominator();
				}
			}
			sums.forEach((key, sum) -> cells.add(new OutcomeCell(scope, (String) key.get(0), (Integer) key.get(1),
					(String) key.get(2), (String) key.get(3), sum[0], sum[1], false)));
		});
		return cells;
	}

}
