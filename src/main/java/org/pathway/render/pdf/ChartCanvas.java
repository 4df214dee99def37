package org.pathway.render.pdf;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.pathway.render.ValueText;
import org.pathway.report.ReportDocument.Chart;
import org.pathway.report.ReportDocument.Series;

/**
 * What every chart draws on its vector canvas: text, the legend, gridlines with labelled
 * ticks of the value axis, and the category labels (turned when they do not fit side by
 * side).
 */
final class ChartCanvas {

	static final float LABEL = 7.5f;

	final PdfTemplate template;

	final PdfFonts fonts;

	final Palette palette;

	ChartCanvas(PdfTemplate template, PdfFonts fonts, Palette palette) {
		this.template = template;
		this.fonts = fonts;
		this.palette = palette;
	}

	float width() {
		return this.template.getWidth();
	}

	float height() {
		return this.template.getHeight();
	}

	void text(Phrase phrase, int alignment, float x, float y, float rotation) {
		ColumnText.showTextAligned(this.template, alignment, phrase, x, y, rotation, PdfWriter.RUN_DIRECTION_LTR, 0);
	}

	void label(String text, int alignment, float x, float y, float maxWidth) {
		text(this.fonts.fit(text, TextStyle.small().sized(LABEL), maxWidth), alignment, x, y, 0);
	}

	void box(float x, float y, float w, float h, Color colour) {
		this.template.setColorFill(colour);
		this.template.rectangle(x, y, w, h);
		this.template.fill();
	}

	/**
	 * Swatches and series names in rows along the top edge; returns the lowest baseline
	 * used.
	 */
	float legend(List<Series> series) {
		float x = 0;
		float y = height() - 9;
		for (int i = 0; i < series.size(); i++) {
			Phrase name = this.fonts.fit(series.get(i).name(), TextStyle.body().sized(8), 160);
			float item = 11 + ColumnText.getWidth(name) + 14;
			if (x > 0 && x + item > width()) {
				x = 0;
				y -= 12;
			}
			box(x, y, 8, 8, this.palette.seriesColour(i));
			text(name, Element.ALIGN_LEFT, x + 11, y + 1, 0);
			x += item;
		}
		return y;
	}

	/** Horizontal gridlines with tick labels at the left of the plot area. */
	void valueAxis(ChartScale scale, Chart chart, float left, float bottom, float right, float top) {
		this.template.setLineWidth(0.4f);
		for (var tick : scale.ticks()) {
			float y = scale.at(tick, bottom, top);
			this.template.setColorStroke((tick.signum() == 0) ? TextStyle.GREY : Palette.RULE);
			this.template.moveTo(left, y);
			this.template.lineTo(right, y);
			this.template.stroke();
			label(ValueText.tick(tick, chart.format()), Element.ALIGN_RIGHT, left - 4, y - 2.5f, left - 6);
		}
	}

	/** Says "no data" in the middle of the plot area when no series has a value. */
	void noData(List<Series> series, float left, float bottom, float right, float top) {
		boolean any = series.stream().anyMatch((s) -> s.values().stream().anyMatch((v) -> v != null));
		if (!any) {
			label("no data", Element.ALIGN_CENTER, (left + right) / 2, (bottom + top) / 2, right - left);
		}
	}

	/**
	 * True when the category labels must be turned to fit under groups {@code slot} wide.
	 */
	boolean crowded(List<String> categories, float slot) {
		for (String category : categories) {
			if (ColumnText.getWidth(this.fonts.phrase(category, TextStyle.small().sized(LABEL), 60)) > slot - 4) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The category labels centred under their slots, or turned 40 degrees when crowded.
	 */
	void categoryAxis(List<String> categories, float left, float slot, float bottom, boolean turned) {
		for (int i = 0; i < categories.size(); i++) {
			float centre = left + slot * (i + 0.5f);
			if (turned) {
				Phrase label = this.fonts.fit(categories.get(i), TextStyle.small().sized(LABEL), bottom * 1.4f);
				text(label, Element.ALIGN_RIGHT, centre + 3, bottom - 10, 40);
			}
			else {
				label(categories.get(i), Element.ALIGN_CENTER, centre, bottom - 11, slot - 4);
			}
		}
	}

}
