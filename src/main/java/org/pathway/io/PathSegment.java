package org.pathway.io;

import java.util.Locale;
import java.util.Set;

/**
 * The one rule for an identifier that becomes a file or folder name (a funder's report
 * folder, a member's, a report template's): ASCII letters and digits first, then letters,
 * digits, {@code -}, {@code _} and {@code .}, never two dots in a row nor a dot at the
 * end, at most {@value #MAX_LENGTH} characters, and not a Windows device name
 * ({@code CON}, {@code nul.txt}, {@code COM1}...), so the folder can be created on any
 * system and never climbs out of its parent.
 *
 * <p>
 * Ingest refuses such identifiers when they break the rule; the code that writes files
 * checks again before it writes ({@link #check}). An identifier that legitimately holds
 * other characters (a 360Giving recipient such as
 * {@code 360G-ALWF-ORG:St_Peter's_Church_Pilning}) must never be used as a path as it is:
 * derive its segment with {@link #of}, a sanitised form plus a short hash of the whole
 * identifier. A safe identifier could in principle equal such a derived segment; code
 * that puts both kinds in one folder should refuse that clash.
 */
public final class PathSegment {

	/** The longest identifier that may name a file or folder. */
	public static final int MAX_LENGTH = 100;

	/** What is allowed, as a person reads it; completes "expected ...". */
	public static final String ALLOWED = "letters, digits and - _ . (starting with a letter or digit, no '..',"
			+ " no '.' at the end), at most " + MAX_LENGTH + " characters";

	/** Names Windows keeps for devices, with or without an extension. */
	private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM0", "COM1", "COM2", "COM3",
			"COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6",
			"LPT7", "LPT8", "LPT9");

	private static final int HASH_LENGTH = 8;

	private PathSegment() {
	}

	/** Whether {@code id} may be used as a file or folder name as it is. */
	public static boolean isSafe(String id) {
		return problem(id) == null;
	}

	/**
	 * Why {@code id} may not name a file or folder, as a phrase ("contains '/' at
	 * position 6"), or null when it may.
	 */
	public static String problem(String id) {
		if (id == null || id.isEmpty()) {
			return "is empty";
		}
		if (id.length() > MAX_LENGTH) {
			return "is " + id.length() + " characters long";
		}
		if (!isLetterOrDigit(id.charAt(0))) {
			return "starts with " + shown(id.codePointAt(0));
		}
		for (int i = 0; i < id.length(); i = id.offsetByCodePoints(i, 1)) {
			int c = id.codePointAt(i);
			if (!isLetterOrDigit(c) && c != '-' && c != '_' && c != '.') {
				return "contains " + shown(c) + " at position " + (id.codePointCount(0, i) + 1);
			}
		}
		if (id.contains("..")) {
			return "contains '..'";
		}
		if (id.endsWith(".")) {
			return "ends with '.'";
		}
		int dot = id.indexOf('.');
		String stem = (dot < 0) ? id : id.substring(0, dot);
		if (DEVICES.contains(stem.toUpperCase(Locale.ROOT))) {
			return "is the Windows device name " + stem.toUpperCase(Locale.ROOT);
		}
		return null;
	}

	/**
	 * Returns {@code id} when it may name a file or folder.
	 * @param what what the identifier is, for the message ("funder_id")
	 * @throws IllegalArgumentException saying why not and what is allowed
	 */
	public static String check(String id, String what) {
		String problem = problem(id);
		if (problem != null) {
			throw new IllegalArgumentException(
					what + " " + quoted(id) + " cannot name a file or folder: it " + problem + "; expected " + ALLOWED);
		}
		return id;
	}

	/**
	 * The file or folder name of an identifier: the identifier itself when it is safe;
	 * otherwise its letters, digits, {@code -} and {@code _} (every other run of
	 * characters becomes one {@code _}), cut to fit, then {@code -} and the first
	 * {@value #HASH_LENGTH} hex digits of the SHA-256 of the whole identifier, so that
	 * two identifiers differing only in a removed character still get two names.
	 */
	public static String of(String id) {
		if (isSafe(id)) {
			return id;
		}
		StringBuilder kept = new StringBuilder();
		for (int i = 0; i < id.length(); i = id.offsetByCodePoints(i, 1)) {
			int c = id.codePointAt(i);
			if (isLetterOrDigit(c) || c == '-' || c == '_') {
				kept.append((char) c);
			}
			else if (!kept.isEmpty() && kept.charAt(kept.length() - 1) != '_') {
				kept.append('_');
			}
		}
		while (!kept.isEmpty() && !isLetterOrDigit(kept.charAt(0))) {
			kept.deleteCharAt(0);
		}
		int room = MAX_LENGTH - HASH_LENGTH - 1;
		String stem = kept.isEmpty() ? "id" : kept.substring(0, Math.min(room, kept.length()));
		return stem + "-" + Sha256.hex(id).substring(0, HASH_LENGTH);
	}

	private static boolean isLetterOrDigit(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	private static String shown(int c) {
		if (c > ' ' && c < 0x7F) {
			return "'" + (char) c + "'";
		}
		return String.format("U+%04X", c);
	}

	private static String quoted(String id) {
		if (id == null) {
			return "(none)";
		}
		StringBuilder shown = new StringBuilder("\"");
		id.codePoints().limit(60).forEach((c) -> {
			if (c < ' ' || (c >= 0x7F && c <= 0x9F)) {
				shown.append(String.format("\\u%04X", c));
			}
			else {
				shown.appendCodePoint(c);
			}
		});
		return shown.append((id.codePointCount(0, id.length()) > 60) ? "...\"" : "\"").toString();
	}

}
