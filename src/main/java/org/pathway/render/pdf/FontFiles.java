package org.pathway.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import com.lowagie.text.pdf.BaseFont;

/**
 * The TrueType files shipped in {@code /fonts} (with their licences beside them): read
 * once per JVM, parsed into a fresh embedded, subset font per document.
 */
final class FontFiles {

	private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

	private FontFiles() {
	}

	/**
	 * A new Identity-H font of {@code file}, whose subset tag is the same on every run.
	 */
	static BaseFont parse(String file) {
		byte[] bytes = FILES.computeIfAbsent(file, FontFiles::read);
		try {
			BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
			font.setSecureRandom(new FixedPrefix(file));
			return font;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] read(String file) {
		try (InputStream in = FontFiles.class.getResourceAsStream("/fonts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("font /fonts/" + file + " is missing from the class path");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * OpenPDF draws the six letters of a subset tag ({@code ABCDEF+DejaVuSans}) from a
	 * SecureRandom; this one is seeded by the file name, so equal input makes equal
	 * bytes.
	 */
	private static final class FixedPrefix extends SecureRandom {

		private static final long serialVersionUID = 1L;

		private final transient Random random;

		FixedPrefix(String file) {
			this.random = new Random(file.hashCode());
		}

		@Override
		public double nextDouble() {
			return this.random.nextDouble();
		}

	}

}
