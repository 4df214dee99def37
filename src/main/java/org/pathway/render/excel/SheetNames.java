package org.pathway.render.excel;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel accepts: at most 31 characters, none of {@code []:*?/\}, not starting
 * or ending with an apostrophe, and unique ignoring case (a clash gets {@code " (2)"},
 * {@code " (3)"}, ...).
 */
final class SheetNames {

	static final int MAX_LENGTH = 31;

	private final Set<String> taken = new HashSet<>();

	/** A unique name as close to the wish as Excel allows. */
	String allocate(String wish) {
		String base = clean(wish);
		String name = base;
		for (int n = 2; this.taken.contains(key(name)); n++) {
			String suffix = " (" + n + ")";
			name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())).strip() + suffix;
		}
		this.taken.add(key(name));
		return name;
	}

	static String clean(String wish) {
		String name = (wish != null) ? wish.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}\\s]+", " ").strip() : "";
		name = name.replaceAll("^'+|'+$", "").strip();
		if (name.length() > MAX_LENGTH) {
			int end = MAX_LENGTH;
			if (Character.isHighSurrogate(name.charAt(end - 1))) {
				end--;
			}
			name = name.substring(0, end).strip();
		}
		name = name.replaceAll("'+$", "");
		return (name.isEmpty() || "history".equalsIgnoreCase(name)) ? "Sheet" : name;
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
