package org.pathway.ingest.read;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A file's format from its name, in any case; everything else is OTHER. */
class InputFormatTests {

	@Test
	void theExtensionDecidesTheFormat() {
		assertThat(InputFormat.of("grants-2025.CSV")).isEqualTo(InputFormat.CSV);
		assertThat(InputFormat.of("grants.xlsx")).isEqualTo(InputFormat.XLSX);
		assertThat(InputFormat.of("grants.xlsm")).isEqualTo(InputFormat.XLSX);
		assertThat(InputFormat.of("grants.xls")).isEqualTo(InputFormat.XLS);
		assertThat(InputFormat.of("plan.yml")).isEqualTo(InputFormat.YAML);
		assertThat(InputFormat.of("plan.YAML")).isEqualTo(InputFormat.YAML);
		assertThat(InputFormat.of("grantnav.json")).isEqualTo(InputFormat.JSON);
		assertThat(InputFormat.of("grants.csv.bak")).isEqualTo(InputFormat.OTHER);
		assertThat(InputFormat.of("grants")).isEqualTo(InputFormat.OTHER);
		assertThat(InputFormat.of("notes.txt")).isEqualTo(InputFormat.OTHER);
	}

	@Test
	void onlyCsvAndWorkbooksAreReadAsRecords() {
		assertThat(InputFormat.values()).filteredOn(InputFormat::tabular)
			.containsExactly(InputFormat.CSV, InputFormat.XLSX);
	}

	@Test
	void theExtensionAsAMessageNamesIt() {
		assertThat(InputFormat.extension("Grants.XLS")).isEqualTo("xls");
		assertThat(InputFormat.extension("grants")).isEmpty();
		assertThat(InputFormat.extension("a.b.txt")).isEqualTo("txt");
	}

}
