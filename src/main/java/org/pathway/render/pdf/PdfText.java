package org.pathway.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * Reads the text of a PDF back, page after page: for the reconciliation gate and for
 * tests.
 */
public final class PdfText {

	private PdfText() {
	}

	public static String of(Path file) throws IOException {
		return of(Files.readAllBytes(file));
	}

	/**
	 * The text of the first pages, one page at a time, until {@code enough} accepts the
	 * text read so far (or the document ends); returns that text.
	 */
	public static String until(Path file, java.util.function.Predicate<String> enough) throws IOException {
		PdfReader reader = new PdfReader(Files.readAllBytes(file));
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
				if (enough.test(text.toString())) {
					break;
				}
			}
			return text.toString();
		}
		finally {
			reader.close();
		}
	}

	public static String of(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		}
		finally {
			reader.close();
		}
	}

}
