package org.pathway.render.pdf;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfPTable;
import org.pathway.report.ReportDocument;

/**
 * The top of the first page: logo, title, subtitle (scope and as-of date), subject and
 * organisation. The first section follows on the same page, so its key figures are the
 * first numbers a reader sees.
 */
final class Cover {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

	private Cover() {
	}

	static void write(Document pdf, ReportDocument report, PdfFonts fonts, Palette palette)
			throws DocumentException, IOException {
		ReportDocument.Branding branding = report.branding();
		if (branding != null && branding.logo() != null && branding.logo().length > 0) {
			pdf.add(logo(branding.logo()));
		}
		PdfPTable title = TextBlocks.block(TextBlocks.cell(fonts.phrase(report.title(),
				TextStyle.strong().sized(26).coloured(palette.primary()), PdfFonts.CELL_LIMIT), Element.ALIGN_LEFT), 36,
				8);
		pdf.add(title);
		pdf.add(TextBlocks.block(TextBlocks
			.cell(fonts.phrase(subtitle(report), TextStyle.body().sized(13), PdfFonts.CELL_LIMIT), Element.ALIGN_LEFT),
				0, 4));
		if (report.subject() != null && !report.subject().isBlank()) {
			pdf.add(TextBlocks.paragraph(fonts, report.subject(), false));
		}
		if (branding != null && branding.organisation() != null) {
			pdf.add(TextBlocks.block(
					TextBlocks.cell(
							fonts.phrase(branding.organisation(),
									TextStyle.strong().sized(12).coloured(palette.accent()), PdfFonts.CELL_LIMIT),
							Element.ALIGN_LEFT),
					14, 28));
		}
	}

	/** "Funder ballmer · as of September 30, 2026" or "Network · as of ...". */
	static String subtitle(ReportDocument report) {
		String scope = (report.scope() != null) ? report.scope() : "";
		int colon = scope.indexOf(':');
		String shown = (colon > 0)
				? Character.toUpperCase(scope.charAt(0)) + scope.substring(1, colon) + " " + scope.substring(colon + 1)
				: scope.isEmpty() ? "" : Character.toUpperCase(scope.charAt(0)) + scope.substring(1);
		String date = "as of " + report.asOf().format(DATE);
		return shown.isEmpty() ? date : shown + " \u00B7 " + date;
	}

	private static Image logo(byte[] bytes) throws IOException, BadElementException {
		Image image = Image.getInstance(bytes);
		image.scaleToFit(180, 72);
		image.setAlignment(Element.ALIGN_LEFT);
		return image;
	}

}
