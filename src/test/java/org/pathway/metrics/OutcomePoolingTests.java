package org.pathway.metrics;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roll-ups pool the known counts of their members, never average rates, and skip cells
 * missing at source.
 */
class OutcomePoolingTests {

	@Test
	void aStatePoolsItsMembersKnownCountsAndLeavesOutCellsMissingAtTheSource() {
		List<OutcomeCell> members = List.of(
				new OutcomeCell("member:a", "employment", 2025, "all", "all", 90, 100, false),
				new OutcomeCell("member:b", "employment", 2025, "all", "all", 10, 100, false),
				new OutcomeCell("member:c", "employment", 2025, "all", "all", 0, 0, true),
				new OutcomeCell("member:a", "employment", 2025, "gender", "female", 40, 50, false));
		List<OutcomeCell> cells = OutcomePooling.pool(members,
				Map.of("state:MI", Set.of("member:a", "member:b", "member:c"), "region:x", Set.of("member:b")));
		// (90 + 10) / (100 + 100) = 0.5, not the mean of 0.9 and 0.1 (also 0.5 here) nor
		// with c's unknown counts
		assertThat(cells).contains(new OutcomeCell("state:MI", "employment", 2025, "all", "all", 100, 200, false),
				new OutcomeCell("state:MI", "employment", 2025, "gender", "female", 40, 50, false),
				new OutcomeCell("region:x", "employment", 2025, "all", "all", 10, 100, false));
		assertThat(cells).filteredOn((c) -> c.scope().equals("region:x")).hasSize(1);
		assertThat(cells).containsAll(members);
	}

	@Test
	void aScopeWhoseMembersHaveNoKnownCountsHasNoCells() {
		List<OutcomeCell> cells = OutcomePooling.pool(
				List.of(new OutcomeCell("member:c", "employment", 2025, "all", "all", 0, 0, true)),
				Map.of("kind:state_policy_coalition", Set.of("member:c")));
		assertThat(cells).noneMatch((c) -> c.scope().startsWith("kind:"));
	}

}
