package org.pathway.render.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.pathway.report.ReportDocument.Branding;

/**
 * The colours of one report: the branding's primary and accent, and a fixed palette for
 * chart series.
 */
record Palette(Color primary, Color accent, List<Color> series) {

	static final Color RULE = new Color(0xD0, 0xD0, 0xD0);

	static final Color ZEBRA = new Color(0xF3, 0xF4, 0xF6);

	static final Color TRACK = new Color(0xE6, 0xE6, 0xE6);

	private static final Pattern HEX = Pattern.compile("#?[0-9A-Fa-f]{6}");

	private static final Color DEFAULT_PRIMARY = new Color(0x1F, 0x3A, 0x5F);

	private static final Color DEFAULT_ACCENT = new Color(0xE0, 0x7A, 0x1F);

	private static final List<Color> FIXED = List.of(new Color(0x4C, 0x78, 0xA8), new Color(0x9D, 0x9D, 0x9D),
			new Color(0x59, 0xA1, 0x4F), new Color(0xB0, 0x7A, 0xA1), new Color(0xED, 0xC9, 0x48),
			new Color(0x76, 0xB7, 0xB2), new Color(0xE1, 0x57, 0x59), new Color(0x9C, 0x75, 0x5F));

	static Palette of(Branding branding) {
		Color primary = colour((branding != null) ? branding.primaryColour() : null, DEFAULT_PRIMARY);
		Color accent = colour((branding != null) ? branding.accentColour() : null, DEFAULT_ACCENT);
		List<Color> series = new ArrayList<>();
		series.add(accent);
		FIXED.stream().filter((c) -> !c.equals(accent)).forEach(series::add);
		return new Palette(primary, accent, List.copyOf(series));
	}

	/**
	 * The colour of series {@code index}: the accent first, then the fixed palette, round
	 * again if needed.
	 */
	Color seriesColour(int index) {
		return this.series.get(index % this.series.size());
	}

	/** {@code #RRGGBB} as a colour; a colour that does not parse is a template error. */
	static Color colour(String hex, Color fallback) {
		if (hex == null || hex.isBlank()) {
			return fallback;
		}
		if (!HEX.matcher(hex.strip()).matches()) {
			throw new IllegalArgumentException("branding colour '" + hex + "' is not #RRGGBB");
		}
		String digits = hex.strip().replace("#", "");
		return new Color(Integer.parseInt(digits, 16));
	}

}
