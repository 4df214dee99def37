package org.pathway.metrics;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A value knows how it reads from its metric's catalog entry: money, rates, changes of
 * rates, counts and statuses, whatever columns it carries.
 */
class MetricCatalogTests {

	@Test
	void eachFamilyReadsAsItsDefinitionSays() {
		assertThat(MetricValue.money("F1", "network", "USD", BigDecimal.ONE).kind()).isEqualTo(MetricKind.MONEY);
		assertThat(value("F9", "USD").kind()).isEqualTo(MetricKind.MONEY);
		assertThat(value("H1", null).kind()).isEqualTo(MetricKind.COUNT);
		assertThat(value("H2", null).kind()).isEqualTo(MetricKind.RATE);
		assertThat(value("O3", null).kind()).isEqualTo(MetricKind.RATE);
		assertThat(value("O4a", null).kind()).isEqualTo(MetricKind.CHANGE);
		assertThat(value("E2", null).kind()).isEqualTo(MetricKind.CHANGE);
		assertThat(value("O7", null).kind()).isEqualTo(MetricKind.STATUS);
	}

	@Test
	void aRateWithACurrencyIsStillARate() {
		// F10 (pace) is regranted / pool per currency: it carries the currency, and is a
		// fraction
		assertThat(value("F10", "CAD").kind()).isEqualTo(MetricKind.RATE);
		assertThat(value("F10", null).kind()).isEqualTo(MetricKind.RATE);
	}

	@Test
	void aMetricMissingFromTheCatalogIsNamedWithWhereToAddIt() {
		assertThatThrownBy(() -> value("Z9", null).kind()).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("the metric Z9 has no kind: add it to org.pathway.metrics.MetricCatalog");
	}

	private static MetricValue value(String metric, String currency) {
		return new MetricValue(metric, "network", null, "all", "all", null, currency, new BigDecimal("0.5"), null);
	}

}
