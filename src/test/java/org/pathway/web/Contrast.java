package org.pathway.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WCAG 2's contrast ratio of two colours as a browser reports them
 * ({@code rgb(r, g, b)}).
 */
final class Contrast {

	private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)");

	private Contrast() {
	}

	static double ratio(String a, String b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double luminance(String css) {
		Matcher rgb = RGB.matcher(css);
		if (!rgb.find()) {
			throw new IllegalArgumentException("not an rgb() colour: " + css);
		}
		double[] weights = { 0.2126, 0.7152, 0.0722 };
		double luminance = 0;
		for (int i = 0; i < 3; i++) {
			double c = Integer.parseInt(rgb.group(i + 1)) / 255.0;
			luminance += weights[i] * ((c <= 0.03928) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
		}
		return luminance;
	}

}
