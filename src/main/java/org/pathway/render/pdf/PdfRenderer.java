package org.pathway.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import org.pathway.metrics.MetricValue;
import org.pathway.render.Discrepancy;
import org.pathway.render.ReportFormat;
import org.pathway.render.ReportRenderer;
import org.pathway.report.ReportDocument;
import org.pathway.report.ReportDocument.Section;

import org.springframework.stereotype.Component;

/**
 * Writes a report as a PDF for funders to read: US Letter, a cover, one section a
 * bookmark, embedded Unicode fonts, tables and vector charts. The same report always
 * gives the same bytes.
 */
@Component
public class PdfRenderer implements ReportRenderer {

	private static final ReportFormat FORMAT = new ReportFormat("pdf", "pdf", "application/pdf", "to read");

	private static final float MARGIN = 54;

	private static final float FOOTER_MARGIN = 64;

	@Override
	public ReportFormat format() {
		return FORMAT;
	}

	/** Writes {@code document} to {@code out}, which is left open. */
	@Override
	public void render(ReportDocument document, OutputStream out) throws IOException {
		Document pdf = new Document(PageSize.LETTER, MARGIN, MARGIN, MARGIN, FOOTER_MARGIN);
		try {
			PdfWriter writer = PdfWriter.getInstance(pdf, out);
			writer.setCloseStream(false);
			writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
			PdfFonts fonts = PdfFonts.load();
			Palette palette = Palette.of(document.branding());
			List<Section> sections = document.sections();
			Map<String, String> bookmarks = new LinkedHashMap<>();
			for (int i = 0; i < sections.size(); i++) {
				bookmarks.put("section-" + i, SectionWriter.title(sections.get(i)));
			}
			String footer = (document.branding() != null) ? document.branding().footer() : null;
			writer.setPageEvent(new PageEvents(fonts, footer, bookmarks));
			DocumentInfo.describe(pdf, document);
			pdf.open();
			DocumentInfo.fix(writer, document);
			Cover.write(pdf, document, fonts, palette);
			SectionWriter sectionWriter = new SectionWriter(pdf, fonts, palette,
					new ChartWriter(writer, fonts, palette));
			for (int i = 0; i < sections.size(); i++) {
				if (i > 0) {
					pdf.newPage();
				}
				sectionWriter.write(sections.get(i), "section-" + i);
			}
			pdf.close();
		}
		catch (DocumentException ex) {
			throw new IOException("could not lay out the PDF of " + document.reportId() + ": " + ex.getMessage(), ex);
		}
		catch (ExceptionConverter ex) {
			if (ex.getException() instanceof IOException io) {
				throw io;
			}
			throw ex;
		}
	}

	/** The PDF's text shows every value a block of the document shows, formatted. */
	@Override
	public List<Discrepancy> reconcile(ReportDocument document, List<MetricValue> values, Path file)
			throws IOException {
		return PdfReadBack.reconcile(document, values, file);
	}

}
