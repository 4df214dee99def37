package org.pathway.io;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV text cells: quoted as RFC 4180 asks, neutralised as OWASP advises, reversibly. */
class CsvCellsTests {

	@Test
	void cellsAFormulaCouldStartWithAreMarkedWithAnApostrophe() {
		assertThat(CsvCells.field("=HYPERLINK(\"http://x.example\",\"r\")"))
			.isEqualTo("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"r\"\")\"");
		assertThat(CsvCells.field("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
		assertThat(CsvCells.field("@SUM(1+1)/grants.csv")).isEqualTo("'@SUM(1+1)/grants.csv");
		assertThat(CsvCells.field("+1")).isEqualTo("'+1");
		assertThat(CsvCells.field("\tx")).isEqualTo("'\tx");
		assertThat(CsvCells.field("\rx")).isEqualTo("\"'\rx\"");
		// ordinary text is written as it is
		assertThat(CsvCells.field("Southeast Michigan")).isEqualTo("Southeast Michigan");
		assertThat(CsvCells.field("'s-Hertogenbosch")).isEqualTo("'s-Hertogenbosch");
		assertThat(CsvCells.field("1-30")).isEqualTo("1-30");
		assertThat(CsvCells.field("a,b")).isEqualTo("\"a,b\"");
		assertThat(CsvCells.field(null)).isEmpty();
	}

	@Test
	void theMarkIsTakenOffAgainSoTheTextReadsBackExactly() {
		for (String text : List.of("=1+1", "'=1+1", "''=1+1", "'", "''", "'s-Hertogenbosch", "-5", "x", "@", "'@a",
				"")) {
			String field = CsvCells.field(text);
			String unquoted = field.startsWith("\"") ? field.substring(1, field.length() - 1).replace("\"\"", "\"")
					: field;
			assertThat(CsvCells.text(unquoted)).as(text).isEqualTo(text);
			assertThat(unquoted).as(text)
				.doesNotStartWith("=")
				.doesNotStartWith("+")
				.doesNotStartWith("-")
				.doesNotStartWith("@");
		}
	}

}
