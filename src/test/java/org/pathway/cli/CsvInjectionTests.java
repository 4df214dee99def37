package org.pathway.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.support.TinyInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text from the input that a spreadsheet would run as a formula (OWASP's CSV injection)
 * reaches metrics.csv and issues.csv marked with an apostrophe, and the workbooks as
 * plain text cells.
 */
class CsvInjectionTests {

	private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"r\")";

	private static final String CALC = "-2+3+cmd|' /C calc'!A0";

	@TempDir
	Path work;

	@Test
	void noCellOfACsvOutputStartsAFormulaAndTheWorkbookKeepsTheTextAsText() throws Exception {
		Path input = TinyInput.write(this.work.resolve("input"));
		TinyInput.write(input, "members.csv",
				TinyInput.MEMBERS.replace("Southeast Michigan", "\"" + HYPERLINK.replace("\"", "\"\"") + "\"")
					.replace("Los Angeles County", CALC));
		TinyInput.write(input, "@SUM(1+1)/targets-extra.csv", "scope,outcome\nnetwork,nosuch\n");
		Path output = this.work.resolve("output");
		int exit = new Console().run("run", "--input", input.toString(), "--output", output.toString(), "--data",
				this.work.resolve("data").toString(), "--as-of", "2026-09-30");
		assertThat(exit).isEqualTo(1);

		List<List<String>> metrics = parse(output.resolve("2026-09-30/metrics.csv"));
		List<List<String>> issues = parse(output.resolve("2026-09-30/issues.csv"));
		assertThat(metrics).anySatisfy((row) -> assertThat(row).containsSubsequence("region", "'" + HYPERLINK));
		assertThat(metrics).anySatisfy((row) -> assertThat(row).containsSubsequence("region", "'" + CALC));
		assertThat(issues).anySatisfy((row) -> assertThat(row.get(0)).isEqualTo("'@SUM(1+1)/targets-extra.csv"));
		for (List<List<String>> table : List.of(metrics, issues)) {
			for (List<String> row : table) {
				for (int i = 0; i < row.size(); i++) {
					String cell = row.get(i);
					boolean number = cell.matches("-?\\d+(\\.\\d+)?");
					assertThat(number || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0)
						.as("cell %s of %s", i, row)
						.isTrue();
				}
			}
		}

		// the workbook's Metrics sheet has the text as it was given, in a text cell
		try (InputStream in = Files
			.newInputStream(output.resolve("2026-09-30/strategic-plan/network/strategic-plan-2026-09-30.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("Metrics");
			List<Cell> regions = new ArrayList<>();
			for (Row row : sheet) {
				Cell subgroup = row.getCell(4);
				if (subgroup != null && subgroup.getCellType() != CellType.FORMULA
						&& HYPERLINK.equals(subgroup.getStringCellValue())) {
					regions.add(subgroup);
				}
			}
			assertThat(regions).isNotEmpty()
				.allSatisfy((cell) -> assertThat(cell.getCellType()).isEqualTo(CellType.STRING));
			for (Sheet any : workbook) {
				for (Row row : any) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).as(any.getSheetName()).isNotEqualTo(CellType.FORMULA);
					}
				}
			}
		}
	}

	/** RFC 4180, as a spreadsheet reads it. */
	static List<List<String>> parse(Path file) throws Exception {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
		}
		return rows;
	}

}
