package org.pathway.giving360;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.pathway.ingest.giving360.Giving360Field;

/**
 * Writes regrants as a 360Giving spreadsheet: one sheet, a row per grant under the
 * standard's column titles (the same titles the import reads). Amounts are number cells,
 * dates ISO text; text from the input is always a text cell, never a formula.
 */
final class Spreadsheet {

	private static final List<Giving360Field> COLUMNS = List.of(Giving360Field.ID, Giving360Field.TITLE,
			Giving360Field.DESCRIPTION, Giving360Field.CURRENCY, Giving360Field.AMOUNT, Giving360Field.AWARD_DATE,
			Giving360Field.START_DATE, Giving360Field.END_DATE, Giving360Field.RECIPIENT_ID,
			Giving360Field.RECIPIENT_NAME, Giving360Field.FUNDER_ID, Giving360Field.FUNDER_NAME,
			Giving360Field.RELATED_ACTIVITY, Giving360Field.REGRANT_TYPE, Giving360Field.AMOUNT_DISBURSED);

	private Spreadsheet() {
	}

	static void write(List<Regrant360> regrants, Giving360Export.Intermediary intermediary, OutputStream out)
			throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet("grants");
			Row header = sheet.createRow(0);
			for (int c = 0; c < COLUMNS.size(); c++) {
				header.createCell(c).setCellValue(COLUMNS.get(c).title());
			}
			int r = 1;
			for (Regrant360 regrant : regrants) {
				Row row = sheet.createRow(r++);
				Object[] values = { regrant.id(), regrant.title(), regrant.description(intermediary.name()),
						regrant.currency(), regrant.amount(), regrant.awardDate(), regrant.start(), regrant.end(),
						regrant.memberId(), regrant.memberName(), intermediary.id(), intermediary.name(),
						regrant.grantId(), regrant.regrantType(), regrant.disbursed() };
				for (int c = 0; c < values.length; c++) {
					if (values[c] instanceof BigDecimal amount) {
						// at most 15 significant digits: exact as a double, read back
						// exactly
						row.createCell(c).setCellValue(amount.doubleValue());
					}
					else if (values[c] instanceof LocalDate date) {
						row.createCell(c).setCellValue(date.toString());
					}
					else if (values[c] != null) {
						row.createCell(c).setCellValue((String) values[c]);
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

}
