package org.pathway.render.excel;

import java.util.Arrays;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths from a sample of the rows written, never {@code autoSizeColumn} (minutes
 * over a big sheet): the longest text seen per column, within sensible bounds.
 */
final class Widths {

	static final int MIN = 8;

	static final int MAX = 60;

	private int[] characters = new int[0];

	void see(int column, int length) {
		if (column >= this.characters.length) {
			this.characters = Arrays.copyOf(this.characters, column + 1);
		}
		this.characters[column] = Math.max(this.characters[column], length);
	}

	void apply(Sheet sheet) {
		for (int column = 0; column < this.characters.length; column++) {
			int width = Math.max(MIN, Math.min(MAX, this.characters[column] + 2));
			sheet.setColumnWidth(column, width * 256);
		}
	}

}
