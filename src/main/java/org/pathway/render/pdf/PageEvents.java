package org.pathway.render.pdf;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The footer of every page (the branding's footer text and "Page N of M", M filled in
 * when the document closes) and one bookmark per section, placed where the section's
 * heading is drawn.
 */
final class PageEvents extends PdfPageEventHelper {

	private static final float SIZE = 8;

	private final PdfFonts fonts;

	private final String footer;

	private final Map<String, String> bookmarks;

	private final Set<String> placed = new HashSet<>();

	private PdfTemplate total;

	/**
	 * @param bookmarks the bookmark title of each heading's generic tag
	 */
	PageEvents(PdfFonts fonts, String footer, Map<String, String> bookmarks) {
		this.fonts = fonts;
		this.footer = (footer != null) ? footer : "";
		this.bookmarks = bookmarks;
	}

	@Override
	public void onOpenDocument(PdfWriter writer, Document document) {
		this.total = writer.getDirectContent().createTemplate(60, SIZE + 4);
	}

	@Override
	public void onEndPage(PdfWriter writer, Document document) {
		PdfContentByte canvas = writer.getDirectContent();
		float y = document.bottomMargin() - 30;
		canvas.saveState();
		canvas.setColorStroke(Palette.RULE);
		canvas.setLineWidth(0.5f);
		canvas.moveTo(document.left(), y + SIZE + 6);
		canvas.lineTo(document.right(), y + SIZE + 6);
		canvas.stroke();
		canvas.restoreState();
		String page = " Page " + writer.getPageNumber() + " of";
		float pageWidth = this.fonts.sans().getWidthPoint(page, SIZE);
		float right = document.right() - this.fonts.sans().getWidthPoint(" 000", SIZE);
		ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
				this.fonts.fit(this.footer, TextStyle.small(), right - pageWidth - document.left() - 12),
				document.left(), y, 0, PdfWriter.RUN_DIRECTION_LTR, 0);
		ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, this.fonts.phrase(page, TextStyle.small(), 100),
				right - pageWidth, y, 0, PdfWriter.RUN_DIRECTION_LTR, 0);
		canvas.addTemplate(this.total, right, y - 2);
	}

	@Override
	public void onCloseDocument(PdfWriter writer, Document document) {
		BaseFont font = this.fonts.sans();
		this.total.beginText();
		this.total.setFontAndSize(font, SIZE);
		this.total.setColorFill(TextStyle.GREY);
		this.total.setTextMatrix(0, 2);
		this.total.showText(" " + (writer.getPageNumber() - 1));
		this.total.endText();
	}

	@Override
	public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
		String title = this.bookmarks.get(tag);
		if (title != null && this.placed.add(tag)) {
			new PdfOutline(writer.getRootOutline(),
					new PdfDestination(PdfDestination.XYZ, document.left(), rect.getTop() + 20, 0), title);
		}
	}

}
