package org.pathway.metrics;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.pathway.domain.Scope;

import static org.assertj.core.api.Assertions.assertThat;

/** A key finds exactly the value it names. */
class MetricKeyTests {

	private static final MetricValue ASIAN_2025 = new MetricValue("O1", "funder:ballmer", "early_grade_reading",
			"race_ethnicity", "asian", 2025, null, new BigDecimal("0.5"), null);

	@Test
	void aKeyMatchesOnlyWhatItNames() {
		MetricKey outcome = MetricKey.outcome("O1", Scope.funder("ballmer"), "early_grade_reading");
		assertThat(outcome.in("race_ethnicity", "asian").matches(ASIAN_2025)).isTrue();
		assertThat(outcome.in("race_ethnicity", "asian").year(2025).matches(ASIAN_2025)).isTrue();
		assertThat(outcome.in("race_ethnicity", "asian").year(2024).matches(ASIAN_2025)).isFalse();
		assertThat(outcome.matches(ASIAN_2025)).as("all/all").isFalse();
		assertThat(outcome.in("race_ethnicity", "white").matches(ASIAN_2025)).isFalse();
		assertThat(outcome.in("race_ethnicity", "asian").currency("USD").matches(ASIAN_2025)).isFalse();

		MetricValue committed = MetricValue.money("F1", "funder:ballmer", "USD", new BigDecimal("100.00"));
		assertThat(MetricKey.money("F1", Scope.funder("ballmer"), "USD").matches(committed)).isTrue();
		assertThat(MetricKey.money("F1", Scope.funder("ballmer"), "CAD").matches(committed)).isFalse();
		assertThat(MetricKey.total("F1", Scope.funder("ballmer")).matches(committed)).as("no currency").isFalse();
		assertThat(MetricKey.total("H1", Scope.NETWORK).scope()).isEqualTo("network");
	}

}
