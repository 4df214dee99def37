package org.pathway.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored form of a run's values: groups of one metric in one scope, whose text reads
 * back to exactly the values reports used to read from one row per value.
 */
class MetricGroupTests {

	private static final List<MetricValue> VALUES = List.of(
			MetricValue.money("F1", "funder:a", "CAD", new BigDecimal("2500000.00")),
			MetricValue.money("F1", "funder:a", "USD", new BigDecimal("175000000")),
			MetricValue.money("F1", "network", "USD", new BigDecimal("12.5")),
			new MetricValue("F5", "network", null, "member", "org, \"quoted\"\nacross lines", null, "USD",
					new BigDecimal("-3.10"), null),
			new MetricValue("O1", "member:x", "reading", "gender", "female", 2024, null,
					new BigDecimal("0.52785224903212345"), null),
			new MetricValue("O1", "member:x", "reading", "gender", "male", 2024, null, null, "suppressed"),
			new MetricValue("O3", "region:South, East", "reading", "all", "all", null, null, null, "no_data"));

	@Test
	void valuesInAnyOrderAreGroupedByMetricAndScopeInTheStableOrder() {
		List<MetricValue> shuffled = new ArrayList<>(VALUES);
		Collections.shuffle(shuffled, new Random(7));
		List<MetricGroup> groups = MetricGroup.of(shuffled);
		assertThat(groups).extracting((group) -> group.metric() + " " + group.scope() + " " + group.rows().size())
			.containsExactly("F1 funder:a 2", "F1 network 1", "F5 network 1", "O1 member:x 2",
					"O3 region:South, East 1");
		assertThat(groups.get(0).text()).isEqualTo(",all,all,,CAD,2500000.00,\n,all,all,,USD,175000000.00,\n");
		assertThat(groups.get(3).text())
			.isEqualTo("reading,gender,female,2024,,0.527852249032,\n" + "reading,gender,male,2024,,,suppressed\n");
	}

	@Test
	void groupedInOrderTheyAreTheValuesSortedByTheStableOrder() {
		List<MetricValue> values = new ArrayList<>();
		for (String metric : List.of("O1", "E1", "F10", "F2", "H1", "O4a")) {
			for (String scope : List.of("network", "member:b", "member:a")) {
				for (String subgroup : List.of("male", "female")) {
					for (Integer year : Arrays.asList(2025, null, 2024)) {
						values.add(new MetricValue(metric, scope, "reading", "gender", subgroup, year, null,
								BigDecimal.ONE, null));
					}
				}
			}
		}
		Collections.shuffle(values, new Random(11));
		List<MetricValue> read = new ArrayList<>();
		for (MetricGroup group : MetricGroup.of(values)) {
			MetricsCsv.read(group.metric(), group.scope(), group.text(), read);
		}
		values.sort(MetricValue.ORDER);
		assertThat(read).isEqualTo(values);
	}

	@Test
	void theStoredTextReadsBackAsTheValuesRoundedAsStored() {
		List<MetricValue> read = new ArrayList<>();
		for (MetricGroup group : MetricGroup.of(VALUES)) {
			MetricsCsv.read(group.metric(), group.scope(), group.text(), read);
		}
		List<MetricValue> expected = VALUES.stream()
			.map((v) -> new MetricValue(v.metric(), v.scope(), v.outcome(), v.dimension(), v.subgroup(), v.year(),
					v.currency(), Rates.stored(v.value()), v.note()))
			.toList();
		assertThat(read).isEqualTo(expected);
		assertThat(read.get(1).value()).isEqualTo(new BigDecimal("175000000"));
		assertThat(read.get(3).subgroup()).isEqualTo("org, \"quoted\"\nacross lines");
	}

	@Test
	void aGroupLongerThanTheColumnContinuesInTheNextOfTheSameMetricAndScope() {
		List<MetricValue> many = new ArrayList<>();
		String subgroup = "s".repeat(290);
		for (int i = 0; i < 4000; i++) {
			many.add(new MetricValue("O1", "network", "reading", "race_ethnicity", subgroup + i, 2024, null,
					BigDecimal.ONE, null));
		}
		List<MetricGroup> groups = MetricGroup.of(many);
		assertThat(groups).hasSize(2);
		assertThat(groups).allSatisfy((group) -> {
			assertThat(group.metric()).isEqualTo("O1");
			assertThat(group.scope()).isEqualTo("network");
			assertThat(group.text().length()).isLessThanOrEqualTo(MetricGroup.MAX_CHARS);
		});
		List<MetricValue> read = new ArrayList<>();
		for (MetricGroup group : groups) {
			MetricsCsv.read(group.metric(), group.scope(), group.text(), read);
		}
		many.sort(MetricValue.ORDER);
		assertThat(read).isEqualTo(many);
	}

}
