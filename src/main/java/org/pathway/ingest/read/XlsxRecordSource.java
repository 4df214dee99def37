package org.pathway.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Streams the records of one sheet of an .xlsx workbook, one row at a time, in the memory
 * of one row plus the workbook's shared strings and styles. Opens the file read-only,
 * keeps POI's zip-bomb and XML-entity limits on, and reports an unreadable or hostile
 * file as a problem instead of throwing. A formula cell is refused, cached value or not:
 * only values are data.
 */
public final class XlsxRecordSource implements RecordSource {

	/**
	 * Why a formula cell is refused: its cached value is only what Excel last computed,
	 * and may be stale or absent.
	 */
	private static final String FORMULA = "is a formula: save values only"
			+ " (in Excel: copy, then Paste Special > Values)";

	private final Problems problems;

	private final XMLInputFactory factory = XMLHelper.newXMLInputFactory();

	private List<String> header = List.of();

	private long linesRead;

	private OPCPackage pkg;

	private InputStream sheet;

	private XMLStreamReader xml;

	private XlsxRows rows;

	private boolean date1904;

	/**
	 * Opens the sheet and reads its header; any problem (no such sheet, not a workbook, a
	 * hostile file) is added to {@code problems} and the source then has no header and no
	 * records.
	 * @param file the .xlsx file, never modified
	 * @param sheetName the sheet to read, matched ignoring case and surrounding spaces;
	 * null for the first sheet (360Giving workbooks name theirs freely)
	 * @param problems where problems of this file go
	 */
	public XlsxRecordSource(Path file, String sheetName, Problems problems) {
		this.problems = problems;
		try {
			open(file, (sheetName != null) ? sheetName.strip() : null);
		}
		catch (Exception ex) {
			fail(ex);
		}
	}

	@Override
	public List<String> header() {
		return this.header;
	}

	@Override
	public RawRecord next() throws IOException {
		if (this.rows == null) {
			return null;
		}
		try {
			while (this.rows.next()) {
				RawRecord record = record();
				if (record != null) {
					return record;
				}
			}
		}
		catch (XMLStreamException | RuntimeException ex) {
			fail(ex);
		}
		release();
		return null;
	}

	/**
	 * Whether the workbook counts date serials from 1904 (old Mac workbooks), for a
	 * number that a column says is a date but whose cell has no date format.
	 */
	public boolean date1904() {
		return this.date1904;
	}

	@Override
	public long linesRead() {
		return this.linesRead;
	}

	@Override
	public void close() throws IOException {
		release();
	}

	private void open(Path file, String wanted) throws Exception {
		if (!Files.isRegularFile(file) || !Files.isReadable(file) || Files.size(file) == 0) {
			String reason = !Files.exists(file) ? "the file does not exist"
					: !Files.isRegularFile(file) ? "it is not a file"
							: !Files.isReadable(file) ? "the file may not be read (permissions)" : "the file is empty";
			this.problems.file("not a readable Excel workbook: " + reason);
			return;
		}
		this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		XSSFReader reader = new XSSFReader(this.pkg);
		XlsxWorkbookPart workbook = XlsxWorkbookPart.read(reader, this.factory);
		this.date1904 = workbook.date1904();
		ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(this.pkg, false);
		XlsxCells cells = new XlsxCells(strings, reader.getStylesTable(), this.date1904);
		List<String> names = workbook.names();
		if (wanted == null) {
			wanted = names.isEmpty() ? "" : names.get(0).strip();
		}
		String relation = workbook.relation(wanted);
		if (relation == null) {
			String there = names.isEmpty() ? "the workbook has no sheets"
					: "the workbook has: " + String.join(", ", names);
			this.problems.file("no sheet named '" + wanted + "' (" + there + ")");
			release();
			return;
		}
		this.sheet = reader.getSheet(relation);
		this.xml = this.factory.createXMLStreamReader(this.sheet);
		this.rows = new XlsxRows(this.xml, cells);
		readHeader(wanted);
	}

	/** The header is the first row with a non-blank cell. */
	private void readHeader(String sheetName) throws XMLStreamException {
		while (this.rows.next()) {
			long row = this.rows.number();
			this.linesRead = Math.max(this.linesRead, row);
			if (this.rows.trouble() != null) {
				this.problems.line(row, this.rows.trouble());
			}
			for (int i = 0; i < this.rows.formulas(); i++) {
				this.problems.line(row, "cell " + XlsxCells.letters(this.rows.formula(i)) + row + " " + FORMULA);
			}
			if (this.rows.size() == 0) {
				continue;
			}
			int width = 0;
			for (int i = 0; i < this.rows.size(); i++) {
				width = Math.max(width, this.rows.column(i) + 1);
			}
			String[] names = new String[width];
			Arrays.fill(names, "");
			for (int i = 0; i < this.rows.size(); i++) {
				names[this.rows.column(i)] = this.rows.text(i).strip();
			}
			checkHeader(row, names);
			this.header = List.of(names);
			return;
		}
		this.problems.file("the sheet '" + sheetName + "' is empty: it has no header row");
		release();
	}

	private void checkHeader(long row, String[] names) {
		Map<String, Integer> seen = new HashMap<>();
		for (int column = 0; column < names.length; column++) {
			if (names[column].isEmpty()) {
				this.problems.line(row, "the header of column " + XlsxCells.letters(column) + " is empty");
				continue;
			}
			Integer first = seen.putIfAbsent(names[column].toLowerCase(Locale.ROOT), column);
			if (first != null) {
				this.problems.line(row, "the column name '" + names[column] + "' appears more than once (columns "
						+ XlsxCells.letters(first) + " and " + XlsxCells.letters(column) + ")");
			}
		}
	}

	/**
	 * The record of the current row, or null when the row is blank or reported and
	 * skipped.
	 */
	private RawRecord record() {
		long row = this.rows.number();
		this.linesRead = Math.max(this.linesRead, row);
		for (int i = 0; i < this.rows.formulas(); i++) {
			int column = this.rows.formula(i);
			this.problems.cell(row, columnName(column), "cell " + XlsxCells.letters(column) + row + " " + FORMULA);
		}
		if (this.rows.trouble() != null) {
			this.problems.line(row, this.rows.trouble());
			return null;
		}
		if (this.rows.formulas() > 0) {
			return null;
		}
		if (this.rows.size() == 0) {
			return null;
		}
		String[] values = new String[this.header.size()];
		Arrays.fill(values, "");
		int beyond = Integer.MAX_VALUE;
		for (int i = 0; i < this.rows.size(); i++) {
			int column = this.rows.column(i);
			if (column < values.length) {
				values[column] = this.rows.text(i);
			}
			else {
				beyond = Math.min(beyond, column);
			}
		}
		if (beyond != Integer.MAX_VALUE) {
			this.problems.line(row, "row " + row + " has a value in column " + XlsxCells.letters(beyond)
					+ ", beyond the header's " + values.length + " columns");
			return null;
		}
		return new RawRecord(row, values);
	}

	/** A column's header name, or its letters when it has none. */
	private String columnName(int column) {
		boolean named = column < this.header.size() && !this.header.get(column).isEmpty();
		return named ? this.header.get(column) : XlsxCells.letters(column);
	}

	private void fail(Exception failure) {
		this.problems.file("not a readable Excel workbook: " + XlsxTrouble.reason(failure));
		release();
	}

	/** Frees the file; reverting, never saving, as the package is open read-only. */
	private void release() {
		this.rows = null;
		try {
			if (this.xml != null) {
				this.xml.close();
			}
		}
		catch (XMLStreamException ex) {
			// nothing was written; closing a reader cannot lose data
		}
		this.xml = null;
		try {
			if (this.sheet != null) {
				this.sheet.close();
			}
		}
		catch (IOException ex) {
			// as above
		}
		this.sheet = null;
		if (this.pkg != null) {
			this.pkg.revert();
			this.pkg = null;
		}
	}

}
