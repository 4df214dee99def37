package org.pathway.render;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.pathway.report.ReportDocument.Cell;
import org.pathway.report.ReportDocument.Format;

import static org.assertj.core.api.Assertions.assertThat;

/** The text of report values, shared by the PDF and the workbook. */
class ValueTextTests {

	@Test
	void money() {
		assertThat(ValueText.format(Cell.money(new BigDecimal("1500000.25"), "USD"), Format.MONEY))
			.isEqualTo("USD 1,500,000.25");
		assertThat(ValueText.format(Cell.money(new BigDecimal("-2.5"), "EUR"), Format.MONEY)).isEqualTo("EUR -2.50");
		assertThat(ValueText.format(Cell.money(new BigDecimal("0.005"), "USD"), Format.MONEY)).isEqualTo("USD 0.01");
		assertThat(ValueText.format(new Cell(1200L, "CAD", null), Format.MONEY)).isEqualTo("CAD 1,200.00");
	}

	@Test
	void ratesAndChanges() {
		assertThat(ValueText.format(Cell.number(new BigDecimal("0.45")), Format.RATE)).isEqualTo("45.0%");
		assertThat(ValueText.format(Cell.number(new BigDecimal("0.12345")), Format.RATE)).isEqualTo("12.3%");
		assertThat(ValueText.format(Cell.number(new BigDecimal("0.05")), Format.CHANGE)).isEqualTo("+5.0 pts");
		assertThat(ValueText.format(Cell.number(new BigDecimal("-0.012")), Format.CHANGE)).isEqualTo("-1.2 pts");
		assertThat(ValueText.format(Cell.number(new BigDecimal("-0.0004")), Format.CHANGE)).isEqualTo("0.0 pts");
	}

	@Test
	void countsDatesAndText() {
		assertThat(ValueText.format(Cell.number(new BigDecimal("4000000")), Format.COUNT)).isEqualTo("4,000,000");
		assertThat(ValueText.format(Cell.number(new BigDecimal("-1234.6")), Format.COUNT)).isEqualTo("-1,235");
		assertThat(ValueText.format(new Cell(2025, null, null), Format.DATE)).isEqualTo("2025");
		assertThat(ValueText.format(Cell.text("2025-06-30"), Format.DATE)).isEqualTo("2025-06-30");
		assertThat(ValueText.format(Cell.text("=1+1"), Format.TEXT)).isEqualTo("=1+1");
	}

	@Test
	void missingValuesShowTheirNoteNeverZeroOrBlank() {
		assertThat(ValueText.format(Cell.missing("suppressed"), Format.RATE)).isEqualTo("suppressed");
		assertThat(ValueText.format(Cell.missing("no_data"), Format.MONEY)).isEqualTo("no data");
		assertThat(ValueText.format(Cell.missing(null), Format.COUNT)).isEqualTo("no data");
		assertThat(ValueText.format(null, Format.COUNT)).isEqualTo("no data");
	}

	@Test
	void axisTicks() {
		assertThat(ValueText.tick(new BigDecimal("0.4"), Format.RATE)).isEqualTo("40%");
		assertThat(ValueText.tick(new BigDecimal("0.025"), Format.CHANGE)).isEqualTo("+2.5 pts");
		assertThat(ValueText.tick(new BigDecimal("1500000"), Format.MONEY)).isEqualTo("1.5M");
		assertThat(ValueText.tick(new BigDecimal("250000"), Format.COUNT)).isEqualTo("250K");
		assertThat(ValueText.tick(new BigDecimal("2500"), Format.COUNT)).isEqualTo("2,500");
		assertThat(ValueText.tick(BigDecimal.ZERO, Format.MONEY)).isEqualTo("0");
	}

}
