package org.pathway.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the analyst-readable queries in {@code src/main/resources/sql/metrics/}. */
final class SqlFiles {

	private SqlFiles() {
	}

	static String read(String name) {
		try (InputStream in = SqlFiles.class.getResourceAsStream("/sql/metrics/" + name)) {
			if (in == null) {
				throw new IllegalStateException("missing query sql/metrics/" + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
