package org.pathway.render.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of a workbook's {@code Metrics} sheet with POI's event API, in the
 * memory of one row (the strategic plan's sheet has over 100,000 rows), until the caller
 * has seen enough. Numbers come as written in the file, never through a cell format; a
 * formula, a header other than {@link MetricsSheet#HEADER} or a value beyond its columns
 * means the file is not what the renderer wrote.
 */
final class MetricsSheetReader {

	private MetricsSheetReader() {
	}

	/**
	 * Passes each row after the header to {@code enough}, as the texts of the header's
	 * columns ({@code ""} for an empty cell), until it returns true or the sheet ends.
	 * @throws IllegalStateException when the sheet cannot be read back
	 */
	static void read(Path file, Predicate<String[]> enough) throws IOException {
		String trouble = "it has no sheet named " + MetricsSheet.NAME;
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
			XSSFReader.SheetIterator sheets = new XSSFReader(pkg).getSheetIterator();
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					if (MetricsSheet.NAME.equals(sheets.getSheetName())) {
						trouble = null;
						parse(sheet, new ReadOnlySharedStringsTable(pkg, false), new Rows(enough));
						break;
					}
				}
			}
		}
		catch (Enough ex) {
			// the caller has what it needs: the rest of the sheet is not read
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			trouble = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		}
		finally {
			if (pkg != null) {
				pkg.revert();
			}
		}
		if (trouble != null) {
			throw new IllegalStateException(
					"reconciliation: the workbook " + file.getFileName() + " cannot be read back: " + trouble);
		}
	}

	private static void parse(InputStream sheet, ReadOnlySharedStringsTable strings, Rows rows)
			throws IOException, SAXException, ParserConfigurationException {
		XMLReader xml = XMLHelper.newXMLReader();
		xml.setContentHandler(new ValuesOnly(strings, rows));
		xml.parse(new InputSource(sheet));
	}

	/** Stops the parser once the caller has seen enough. */
	private static final class Enough extends SAXException {

		Enough() {
			super("enough rows read");
		}

	}

	/**
	 * POI's sheet handler without styles, so that a number is the text of its
	 * {@code <v>}; a formula is refused, since only values are what the renderer wrote.
	 */
	private static final class ValuesOnly extends XSSFSheetXMLHandler {

		private final Rows rows;

		private String cell;

		ValuesOnly(ReadOnlySharedStringsTable strings, Rows rows) {
			super(null, strings, rows, new DataFormatter(), true);
			this.rows = rows;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			if ("c".equals(localName)) {
				this.cell = attributes.getValue("r");
			}
			else if ("f".equals(localName)) {
				throw new SAXException("cell " + this.cell + " of " + MetricsSheet.NAME + " is a formula");
			}
			super.startElement(uri, localName, qName, attributes);
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			super.endElement(uri, localName, qName);
			if (this.rows.trouble != null) {
				throw new SAXException(this.rows.trouble);
			}
			if ("row".equals(localName) && this.rows.done) {
				throw new Enough();
			}
		}

	}

	/** Collects one row's cells by column and hands each complete row on. */
	private static final class Rows implements SheetContentsHandler {

		private final Predicate<String[]> enough;

		private final String[] cells = new String[MetricsSheet.HEADER.size()];

		private boolean header = true;

		private boolean done;

		/** Why the sheet is not what the renderer wrote, or null. */
		private String trouble;

		Rows(Predicate<String[]> enough) {
			this.enough = enough;
		}

		@Override
		public void startRow(int row) {
			Arrays.fill(this.cells, "");
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = new CellReference(reference).getCol();
			if (column >= this.cells.length) {
				this.trouble = "cell " + reference + " of " + MetricsSheet.NAME + " is beyond its " + this.cells.length
						+ " columns";
				return;
			}
			this.cells[column] = (value != null) ? value : "";
		}

		@Override
		public void endRow(int row) {
			if (this.header) {
				this.header = false;
				if (!Arrays.asList(this.cells).equals(MetricsSheet.HEADER)) {
					this.trouble = "the header of " + MetricsSheet.NAME + " is " + List.of(this.cells) + ", not "
							+ MetricsSheet.HEADER;
				}
				return;
			}
			if (this.trouble != null || Arrays.stream(this.cells).allMatch(String::isEmpty)) {
				return;
			}
			this.done = this.enough.test(this.cells.clone());
		}

	}

}
