package org.pathway.render.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sheet names Excel accepts, and text that comes back exactly as given. */
class ExcelTextTests {

	@Test
	void sheetNamesAreShortCleanAndUniqueIgnoringCase() {
		SheetNames names = new SheetNames();
		assertThat(names.allocate("Metrics")).isEqualTo("Metrics");
		assertThat(names.allocate("METRICS")).isEqualTo("METRICS (2)");
		assertThat(names.allocate("a/b\\c[d]e:f*g?h")).isEqualTo("a b c d e f g h");
		assertThat(names.allocate("'quoted'")).isEqualTo("quoted");
		String longName = "Outcomes by member and subgroup, 2019-2026";
		assertThat(names.allocate(longName)).isEqualTo("Outcomes by member and subgroup").hasSize(31);
		assertThat(names.allocate(longName)).isEqualTo("Outcomes by member and subg (2)").hasSize(31);
		assertThat(names.allocate("")).isEqualTo("Sheet");
		assertThat(names.allocate("History")).isEqualTo("Sheet (2)");
	}

	@Test
	void textComesBackExactlyFromStreamedAndInMemorySheets() throws IOException {
		String[] texts = { "=1+1", "_x0041_ stays", "tab\tand\nnewline", "  padded  ", "ctrl\u0001char" };
		String[] expected = { "=1+1", "_x0041_ stays", "tab\tand\nnewline", "  padded  ", "ctrl\uFFFDchar" };
		try (XSSFWorkbook memory = new XSSFWorkbook()) {
			var plain = memory.createSheet("plain");
			for (int i = 0; i < texts.length; i++) {
				Cells.text(plain.createRow(i).createCell(0), texts[i]);
			}
			try (SXSSFWorkbook streaming = new SXSSFWorkbook(memory, 10)) {
				var streamed = streaming.createSheet("streamed");
				for (int i = 0; i < texts.length; i++) {
					Cells.text(streamed.createRow(i).createCell(0), texts[i]);
				}
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				streaming.write(out);
				try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
					for (String sheet : new String[] { "plain", "streamed" }) {
						for (int i = 0; i < texts.length; i++) {
							assertThat(back.getSheet(sheet).getRow(i).getCell(0).getStringCellValue()).as(sheet)
								.isEqualTo(expected[i]);
						}
					}
				}
			}
		}
	}

}
