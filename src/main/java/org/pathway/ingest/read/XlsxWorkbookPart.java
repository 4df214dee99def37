package org.pathway.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * The workbook part of an .xlsx package, read with StAX: the sheets' names in order, the
 * relation id of each, and whether dates count from 1904 (old Mac workbooks).
 */
record XlsxWorkbookPart(List<String> names, Map<String, String> relations, boolean date1904) {

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	static XlsxWorkbookPart read(XSSFReader reader, XMLInputFactory factory)
			throws IOException, XMLStreamException, InvalidFormatException {
		boolean date1904 = false;
		List<String> names = new ArrayList<>();
		Map<String, String> relations = new HashMap<>();
		try (InputStream in = reader.getWorkbookData()) {
			XMLStreamReader workbook = factory.createXMLStreamReader(in);
			try {
				while (workbook.hasNext()) {
					if (workbook.next() != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					if (workbook.getLocalName().equals("workbookPr")) {
						String flag = workbook.getAttributeValue(null, "date1904");
						date1904 = "1".equals(flag) || "true".equalsIgnoreCase(flag);
					}
					else if (workbook.getLocalName().equals("sheet")) {
						String name = workbook.getAttributeValue(null, "name");
						String id = workbook.getAttributeValue(RELATIONSHIPS, "id");
						if (name != null && id != null) {
							names.add(name);
							relations.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), id);
						}
					}
				}
			}
			finally {
				workbook.close();
			}
		}
		return new XlsxWorkbookPart(List.copyOf(names), Map.copyOf(relations), date1904);
	}

	/**
	 * The relation id of the sheet of this name, matched ignoring case and surrounding
	 * spaces, or null.
	 */
	String relation(String name) {
		return this.relations.get(name.strip().toLowerCase(Locale.ROOT));
	}

}
