package org.pathway.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.pathway.report.ReportDocument;

/**
 * The document's metadata (title, subject, author, creator, language) and what makes its
 * bytes reproducible: dates fixed to the as-of date at 00:00 UTC and a file ID derived
 * from the content instead of OpenPDF's random one.
 */
final class DocumentInfo {

	static final String CREATOR = "Pathway";

	private DocumentInfo() {
	}

	/** Before the document opens: the metadata that goes through the Document. */
	static void describe(Document pdf, ReportDocument report) {
		pdf.addTitle(text(report.title()));
		pdf.addSubject(text(report.subject()));
		if (report.branding() != null) {
			pdf.addAuthor(text(report.branding().organisation()));
		}
		pdf.addCreator(CREATOR);
	}

	/**
	 * After the document opens: language, fixed dates and the file ID, written when it
	 * closes.
	 */
	static void fix(PdfWriter writer, ReportDocument report) {
		String language = (report.language() != null && !report.language().isBlank()) ? report.language() : "en-US";
		writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
		Calendar midnight = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
		midnight.clear();
		midnight.set(report.asOf().getYear(), report.asOf().getMonthValue() - 1, report.asOf().getDayOfMonth());
		writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(midnight));
		writer.getInfo().put(PdfName.MODDATE, new PdfDate(midnight));
		byte[] permanent = digest(report.reportId() + "|" + report.scope() + "|" + report.asOf());
		byte[] content = digest(fingerprint(report));
		writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(permanent, content));
	}

	/**
	 * Everything the reader sees, as text: records print their values; the logo is hashed
	 * separately.
	 */
	private static String fingerprint(ReportDocument report) {
		StringBuilder text = new StringBuilder();
		text.append(report.title()).append('|').append(report.subject()).append('|').append(report.language());
		if (report.branding() != null) {
			ReportDocument.Branding b = report.branding();
			text.append('|')
				.append(b.organisation())
				.append('|')
				.append(b.primaryColour())
				.append('|')
				.append(b.accentColour())
				.append('|')
				.append(b.footer())
				.append('|')
				.append((b.logo() != null) ? Arrays.hashCode(b.logo()) : 0);
		}
		return text.append('|').append(report.sections()).toString();
	}

	private static byte[] digest(String text) {
		try {
			return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)),
					16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
