package org.pathway.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.pathway.io.CsvFields;

/**
 * Writes one CSV file the way contract.md section 2 reads it: UTF-8 without BOM, LF line
 * ends, a header line, RFC 4180 quotes only around fields that need them
 * ({@link CsvFields}). Counts the data rows.
 */
final class CsvSink implements Closeable {

	private final Writer out;

	private long rows;

	CsvSink(Path file, int bufferSize, String... header) throws IOException {
		this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
				bufferSize);
		line(header);
	}

	CsvSink(Path file, String... header) throws IOException {
		this(file, 1 << 16, header);
	}

	void row(String... fields) throws IOException {
		line(fields);
		this.rows++;
	}

	/**
	 * The underlying writer, for callers that stream pre-built lines; they report them
	 * with {@link #counted}.
	 */
	Writer writer() {
		return this.out;
	}

	void counted(long lines) {
		this.rows += lines;
	}

	long rows() {
		return this.rows;
	}

	private void line(String... fields) throws IOException {
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				this.out.write(',');
			}
			this.out.write(CsvFields.quote(fields[i]));
		}
		this.out.write('\n');
	}

	@Override
	public void close() throws IOException {
		this.out.close();
	}

}
