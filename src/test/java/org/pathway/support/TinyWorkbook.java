package org.pathway.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a one-sheet .xlsx workbook of text cells, as a person would type them; a cell
 * written {@code =...} is a formula, saved with its computed value as Excel does.
 */
public final class TinyWorkbook {

	private TinyWorkbook() {
	}

	public static Path write(Path file, String sheetName, String[]... rows) {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet(sheetName);
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					String value = rows[r][c];
					if (value.startsWith("=")) {
						row.createCell(c).setCellFormula(value.substring(1));
					}
					else if (!value.isEmpty()) {
						row.createCell(c).setCellValue(value);
					}
				}
			}
			book.getCreationHelper().createFormulaEvaluator().evaluateAll();
			Files.createDirectories(file.getParent());
			try (OutputStream out = Files.newOutputStream(file)) {
				book.write(out);
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The rows of a CSV text (no quoted commas), for {@link #write}. */
	public static String[][] rows(String csv) {
		return csv.lines().map((line) -> line.split(",", -1)).toArray(String[][]::new);
	}

}
