package org.pathway.ingest.read;

import java.util.Arrays;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Pulls the rows of one worksheet's XML one at a time with StAX, so a sheet of any length
 * is read in the memory of one row. Keeps only the non-blank cells of a row (empty cells
 * may be absent from the XML, so each cell is placed by its reference), each at most
 * {@value XlsxCells#MAX_TEXT} characters, and notes which cells hold a formula. One class
 * of about 300 lines on purpose: the StAX loop, the row's arrays and the cell placement
 * share state per row, and splitting them would mean passing it around for every cell of
 * a large sheet.
 */
final class XlsxRows {

	private final XMLStreamReader xml;

	private final XlsxCells cells;

	private long number;

	private int count;

	private int[] columns = new int[16];

	private String[] texts = new String[16];

	private int[] formulas = new int[4];

	private int formulaCount;

	private String trouble;

	private String reference;

	XlsxRows(XMLStreamReader xml, XlsxCells cells) {
		this.xml = xml;
		this.cells = cells;
	}

	/**
	 * Moves to the next {@code <row>} of the sheet and reads its cells.
	 * @return false at the end of the sheet
	 * @throws XlsxRows.Unreadable when the XML breaks the worksheet format so badly that
	 * reading cannot go on
	 */
	boolean next() throws XMLStreamException {
		while (this.xml.hasNext()) {
			if (this.xml.next() == XMLStreamConstants.START_ELEMENT && this.xml.getLocalName().equals("row")) {
				readRow();
				return true;
			}
		}
		return false;
	}

	/** The 1-based row number of the current row. */
	long number() {
		return this.number;
	}

	/** How many non-blank cells the current row has. */
	int size() {
		return this.count;
	}

	/** The 0-based column of the current row's i-th non-blank cell. */
	int column(int i) {
		return this.columns[i];
	}

	/** The normalised text of the current row's i-th non-blank cell. */
	String text(int i) {
		return this.texts[i];
	}

	/** How many cells of the current row hold a formula (cached value or not). */
	int formulas() {
		return this.formulaCount;
	}

	/** The 0-based column of the current row's i-th formula cell. */
	int formula(int i) {
		return this.formulas[i];
	}

	/**
	 * Why a cell of the current row could not be read, as a sentence, or null when all
	 * could.
	 */
	String trouble() {
		return this.trouble;
	}

	private void readRow() throws XMLStreamException {
		String r = this.xml.getAttributeValue(null, "r");
		if (r == null) {
			this.number++;
		}
		else {
			try {
				this.number = Long.parseLong(r.trim());
			}
			catch (NumberFormatException ex) {
				throw new Unreadable("a row has the number '" + r + "'");
			}
			if (this.number < 1) {
				throw new Unreadable("a row has the number '" + r + "'");
			}
		}
		this.count = 0;
		this.formulaCount = 0;
		this.trouble = null;
		int column = -1;
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.END_ELEMENT && this.xml.getLocalName().equals("row")) {
				return;
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (this.xml.getLocalName().equals("c")) {
					column = readCell(column);
				}
				else {
					skipElement();
				}
			}
		}
	}

	/** Reads one {@code <c>} element and returns its column. */
	private int readCell(int previous) throws XMLStreamException {
		String reference = this.xml.getAttributeValue(null, "r");
		String type = this.xml.getAttributeValue(null, "t");
		String styleText = this.xml.getAttributeValue(null, "s");
		int column = (reference != null) ? XlsxCells.column(reference) : previous + 1;
		this.reference = (reference != null) ? reference : XlsxCells.letters(previous + 1) + this.number;
		if (column < 0 || column >= XlsxCells.MAX_COLUMNS) {
			noteTrouble(
					(reference != null) ? "a cell has the reference '" + reference + "', which is not a cell of a sheet"
							: "row " + this.number + " has more than " + XlsxCells.MAX_COLUMNS + " columns");
		}
		String value = null;
		StringBuilder inline = null;
		boolean formula = false;
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.END_ELEMENT && this.xml.getLocalName().equals("c")) {
				break;
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			String name = this.xml.getLocalName();
			if (name.equals("v")) {
				value = readText(new StringBuilder());
			}
			else if (name.equals("is")) {
				inline = readInline();
			}
			else {
				// <f>: a formula, whose cached <v> is what Excel last computed
				formula |= name.equals("f");
				skipElement();
			}
		}
		if (column < 0 || column >= XlsxCells.MAX_COLUMNS) {
			return previous + 1;
		}
		if (formula) {
			if (this.formulaCount == this.formulas.length) {
				this.formulas = Arrays.copyOf(this.formulas, this.formulaCount * 2);
			}
			this.formulas[this.formulaCount++] = column;
		}
		String text;
		try {
			text = this.cells.text(type, style(styleText), value, (inline != null) ? inline.toString() : null);
		}
		catch (IllegalArgumentException ex) {
			noteTrouble("cell " + this.reference + " " + ex.getMessage());
			return column;
		}
		if (!text.isBlank()) {
			add(column, text);
		}
		return column;
	}

	private static int style(String text) {
		if (text == null) {
			return 0;
		}
		try {
			return Integer.parseInt(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("has the style '" + text + "', which is not a style number");
		}
	}

	/**
	 * The text of an inline string: its {@code <t>} runs, without phonetic
	 * ({@code <rPh>}) guides.
	 */
	private StringBuilder readInline() throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.END_ELEMENT && this.xml.getLocalName().equals("is")) {
				break;
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (this.xml.getLocalName().equals("t")) {
					readText(text);
				}
				else if (this.xml.getLocalName().equals("rPh")) {
					skipElement();
				}
			}
		}
		return text;
	}

	/**
	 * Appends the text of the current element, up to its end, keeping at most MAX_TEXT
	 * characters.
	 */
	private String readText(StringBuilder text) throws XMLStreamException {
		int depth = 1;
		boolean tooLong = false;
		while (depth > 0 && this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE) {
				int room = XlsxCells.MAX_TEXT - text.length();
				int length = this.xml.getTextLength();
				if (length > room) {
					tooLong = true;
				}
				text.append(this.xml.getTextCharacters(), this.xml.getTextStart(), Math.min(length, Math.max(room, 0)));
			}
		}
		if (tooLong) {
			noteTrouble("cell " + this.reference + " holds more than " + XlsxCells.MAX_TEXT
					+ " characters, more than Excel allows");
		}
		return text.toString();
	}

	private void skipElement() throws XMLStreamException {
		int depth = 1;
		while (depth > 0 && this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	private void add(int column, String text) {
		if (this.count == XlsxCells.MAX_COLUMNS) {
			noteTrouble("row " + this.number + " has more than " + XlsxCells.MAX_COLUMNS + " cells");
			return;
		}
		if (this.count == this.columns.length) {
			int size = Math.min(this.count * 2, XlsxCells.MAX_COLUMNS);
			this.columns = Arrays.copyOf(this.columns, size);
			this.texts = Arrays.copyOf(this.texts, size);
		}
		this.columns[this.count] = column;
		this.texts[this.count] = text;
		this.count++;
	}

	private void noteTrouble(String sentence) {
		if (this.trouble == null) {
			this.trouble = sentence;
		}
	}

	/** The worksheet XML breaks the format so that no more rows can be read. */
	static final class Unreadable extends XMLStreamException {

		Unreadable(String reason) {
			super(reason);
		}

	}

}
