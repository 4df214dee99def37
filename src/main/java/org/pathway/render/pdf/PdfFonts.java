package org.pathway.render.pdf;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Unicode fonts of one document and the per-character choice among them
 * (DejaVu Sans for Latin, Vietnamese, Greek, Cyrillic and Arabic; Droid Sans Fallback for
 * Chinese), made once per document because font objects are costly. A character no font
 * has is shown as U+FFFD and logged, never dropped.
 */
final class PdfFonts {

	/**
	 * Longest text of a table cell, label or name as shown; the rest becomes an ellipsis.
	 */
	static final int CELL_LIMIT = 500;

	/** Longest running paragraph as shown. */
	static final int PARAGRAPH_LIMIT = 20_000;

	static final String REPLACEMENT = "\uFFFD";

	private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);

	private final List<BaseFont> regular;

	private final List<BaseFont> bold;

	private final Map<TextStyle, Font[]> fonts = new HashMap<>();

	private final Set<Integer> reported = new HashSet<>();

	private PdfFonts(List<BaseFont> regular, List<BaseFont> bold) {
		this.regular = regular;
		this.bold = bold;
	}

	/** Parses the shipped fonts for one document. */
	static PdfFonts load() {
		BaseFont sans = FontFiles.parse("DejaVuSans.ttf");
		BaseFont sansBold = FontFiles.parse("DejaVuSans-Bold.ttf");
		BaseFont cjk = FontFiles.parse("DroidSansFallback.ttf");
		return new PdfFonts(List.of(sans, cjk), List.of(sansBold, sans, cjk));
	}

	/**
	 * The text in {@code style}, split into chunks by the font that has each character.
	 */
	Phrase phrase(String text, TextStyle style, int limit) {
		String shown = Normalizer.normalize(cap((text != null) ? text : "", limit), Normalizer.Form.NFC)
			.replace("\r\n", "\n")
			.replace('\r', '\n');
		List<BaseFont> chain = style.bold() ? this.bold : this.regular;
		Font[] styled = this.fonts.computeIfAbsent(style,
				(s) -> chain.stream().map((f) -> new Font(f, s.size(), Font.NORMAL, s.colour())).toArray(Font[]::new));
		Phrase phrase = new Phrase(style.size() * 1.25f);
		StringBuilder run = new StringBuilder();
		int runFont = 0;
		for (int i = 0; i < shown.length();) {
			int cp = shown.codePointAt(i);
			i += Character.charCount(cp);
			String piece = Character.toString(cp);
			int index = (cp == '\n') ? runFont : find(chain, cp);
			if (index < 0) {
				if (cp == '\t') {
					piece = " ";
				}
				else if (Character.getType(cp) == Character.FORMAT) {
					continue;
				}
				else {
					report(cp, shown);
					piece = REPLACEMENT;
				}
				index = 0;
			}
			if (index != runFont && run.length() > 0) {
				phrase.add(new Chunk(run.toString(), styled[runFont]));
				run.setLength(0);
			}
			runFont = index;
			run.append(piece);
		}
		phrase.add(new Chunk(run.toString(), styled[runFont]));
		return phrase;
	}

	/**
	 * The text on one line no wider than {@code width}, cut with an ellipsis when it is
	 * wider.
	 */
	Phrase fit(String text, TextStyle style, float width) {
		String shown = cap((text != null) ? text : "", CELL_LIMIT);
		Phrase phrase = phrase(shown, style, CELL_LIMIT);
		int length = shown.length();
		while (length > 1 && ColumnText.getWidth(phrase) > width) {
			length = Math.max(1, Math.min(length - 1, (int) (length * width / ColumnText.getWidth(phrase))));
			phrase = phrase(cap(shown, length), style, length);
		}
		return phrase;
	}

	/**
	 * The text on one line in {@code style}, made smaller (down to {@code smallest}
	 * points) until it fits.
	 */
	Phrase shrink(String text, TextStyle style, float width, float smallest) {
		Phrase phrase = phrase(text, style, CELL_LIMIT);
		float size = style.size();
		while (size > smallest && ColumnText.getWidth(phrase) > width) {
			size = Math.max(smallest, size - 0.5f);
			phrase = phrase(text, style.sized(size), CELL_LIMIT);
		}
		return phrase;
	}

	/**
	 * The text in {@code style}, made smaller (down to {@code smallest} points) until its
	 * longest word fits {@code width}, so that narrow columns wrap between words rather
	 * than inside them.
	 */
	Phrase words(String text, TextStyle style, float width, float smallest) {
		String shown = (text != null) ? cap(text, CELL_LIMIT) : "";
		Phrase phrase = phrase(shown, style, CELL_LIMIT);
		float widest = 0;
		for (String word : shown.split("\\s+")) {
			if (!word.isEmpty()) {
				widest = Math.max(widest, ColumnText.getWidth(phrase(word, style, CELL_LIMIT)));
			}
		}
		if (widest <= width) {
			return phrase;
		}
		float size = Math.max(smallest, (float) Math.floor(style.size() * width / widest * 2) / 2);
		return phrase(shown, style.sized(size), CELL_LIMIT);
	}

	/** The main font, for text drawn directly (the page footer). */
	BaseFont sans() {
		return this.regular.get(0);
	}

	/**
	 * At most {@code limit} characters, the last an ellipsis when cut; surrogate pairs
	 * stay whole.
	 */
	static String cap(String text, int limit) {
		if (text.length() <= limit) {
			return text;
		}
		int end = limit - 1;
		if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "\u2026";
	}

	private static int find(List<BaseFont> chain, int cp) {
		for (int i = 0; i < chain.size(); i++) {
			if (chain.get(i).charExists(cp)) {
				return i;
			}
		}
		return -1;
	}

	private void report(int cp, String text) {
		if (this.reported.add(cp)) {
			log.warn("No embedded font has U+{} ({}), shown as U+FFFD in \"{}\"", String.format("%04X", cp),
					Character.getName(cp), cap(text, 80));
		}
	}

}
