package org.pathway.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipException;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.xmlbeans.XmlException;
import org.xml.sax.SAXException;

/**
 * Says in one plain sentence why POI could not read a workbook, for a person who has
 * never heard of exceptions: a zip bomb, an entity bomb, a renamed CSV, a damaged file.
 */
final class XlsxTrouble {

	private XlsxTrouble() {
	}

	static String reason(Throwable failure) {
		List<Throwable> chain = chain(failure);
		for (Throwable cause : chain) {
			if (cause instanceof EmptyFileException) {
				return "the file is empty";
			}
			if (cause instanceof OLE2NotOfficeXmlFileException) {
				return "it is an old .xls workbook or a password-protected one;"
						+ " save it as an unprotected .xlsx workbook";
			}
			if (cause instanceof ODFNotOfficeXmlFileException) {
				return "it is an OpenDocument spreadsheet; save it as an .xlsx workbook";
			}
			if (cause instanceof NotOfficeXmlFileException) {
				return "it is not a zip package as .xlsx files are (a CSV or other file renamed .xlsx?)";
			}
			if (cause instanceof XlsxRows.Unreadable) {
				return cause.getMessage();
			}
			String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("zip bomb")) {
				return "a part of it would expand to far more data than the file holds (a possible zip bomb)";
			}
			if (message.contains("doctype") || message.contains("dtd") || message.contains("not declared")
					|| message.contains("entity expansion") || message.contains("entityexpansion")) {
				return "it contains XML entity declarations, which are refused (a possible entity-expansion bomb)";
			}
			if (message.contains("strict ooxml")) {
				return "it is saved as Strict Open XML, which is not supported; save it as an ordinary .xlsx workbook";
			}
			if (message.contains("no core document")) {
				return "it is a zip package, but no workbook was found in it"
						+ " (the file is damaged or is another kind of document)";
			}
		}
		for (Throwable cause : chain) {
			if (cause instanceof XMLStreamException || cause instanceof SAXException || cause instanceof XmlException) {
				return "a part of it is not well-formed XML (the file is damaged)";
			}
			if (cause instanceof ZipException) {
				return "its zip structure is damaged";
			}
		}
		return "it is damaged or is not an Excel workbook";
	}

	/**
	 * The failure and its causes, including those StAX and SAX keep outside getCause().
	 */
	private static List<Throwable> chain(Throwable failure) {
		List<Throwable> chain = new ArrayList<>();
		Throwable next = failure;
		while (next != null && chain.size() < 20 && !chain.contains(next)) {
			chain.add(next);
			if (next.getCause() != null) {
				next = next.getCause();
			}
			else if (next instanceof XMLStreamException stax) {
				next = stax.getNestedException();
			}
			else if (next instanceof SAXException sax) {
				next = sax.getException();
			}
			else {
				next = null;
			}
		}
		return chain;
	}

}
