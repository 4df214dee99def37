package org.pathway.render.excel;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One readable sheet and where its next block goes. Tables and charts are appended one
 * below the other; the first block's header is frozen and filtered (Excel allows one
 * filter per sheet).
 */
final class ReadableSheet {

	static final int GAP = 2;

	final XSSFSheet sheet;

	final Widths widths = new Widths();

	private int nextRow;

	private boolean headerFixed;

	ReadableSheet(XSSFSheet sheet) {
		this.sheet = sheet;
	}

	int nextRow() {
		return this.nextRow;
	}

	/**
	 * The block ends at {@code lastRow}: the next one starts a blank row or two below.
	 */
	void used(int lastRow) {
		this.nextRow = Math.max(this.nextRow, lastRow + GAP);
	}

	/**
	 * Freezes the rows above the first data row and filters the block, for the sheet's
	 * first block only.
	 */
	void fixHeader(int headerRow, int lastRow, int lastColumn) {
		if (this.headerFixed) {
			return;
		}
		this.headerFixed = true;
		this.sheet.createFreezePane(0, headerRow + 1);
		this.sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(lastRow, headerRow + 1), 0, lastColumn));
	}

	void finish() {
		this.widths.apply(this.sheet);
	}

}
