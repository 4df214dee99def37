package org.pathway.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pathway.io.CsvFields;

/**
 * Streams a strict RFC 4180 CSV file in UTF-8. Decodes the bytes itself
 * ({@link StrictDecoder}) so that a bad byte, a ragged row or a stray quote is reported
 * with its line and the record skipped, never silently misread.
 *
 * <p>
 * Hand-written, not a library's tokenizer, for what we promise: exact line and column of
 * every problem, records capped in characters and lines (bounded memory), and the field
 * rule of {@link CsvFields} applied to a stream. It is over 300 lines because it is one
 * state machine over one buffer (position, line count, record start, the quote that is
 * open): split, every character would cross a call to reach its buffer, the hot loop of
 * every CSV input file.
 */
public final class CsvRecordSource implements RecordSource {

	private static final char SEPARATOR = CsvFields.SEPARATOR;

	private static final char QUOTE = CsvFields.QUOTE;

	static final int MAX_RECORD_CHARS = 1 << 20;

	static final int MAX_RECORD_LINES = 10_000;

	private static final int BUFFER = 1 << 16;

	private static final String EMPTY = "the file is empty: expected a header line naming the columns";

	private static final Stop STOP = new Stop();

	private final Problems problems;

	private final char[] buf = new char[BUFFER];

	private final StrictDecoder decoder;

	private final StringBuilder text = new StringBuilder();

	private final List<String> header;

	private String[] row = new String[16];

	/** Where the next bad byte of the buffer is ({@link StrictDecoder#nextBadAt}). */
	private int nextBadAt = Integer.MAX_VALUE;

	private int pos;

	private int lim;

	private char carried = '\n';

	private long before;

	private boolean inputDone;

	private boolean eof;

	private boolean ended;

	private long linesDone;

	private long recordLine;

	private long recordStart;

	private long quoteLine;

	private int width;

	private int field;

	private int badField;

	private int quoteField;

	public CsvRecordSource(Path file, Problems problems) throws IOException {
		this(Files.newInputStream(file), problems);
	}

	/** Reads from {@code in}, which {@link #close()} closes. */
	public CsvRecordSource(InputStream in, Problems problems) throws IOException {
		this(in, StandardCharsets.UTF_8, problems);
	}

	/**
	 * Reads text in another encoding (a 360Giving file found to be Windows-1252); bytes
	 * that encoding does not define are still reported, never decoded into U+FFFD.
	 */
	public CsvRecordSource(InputStream in, Charset charset, Problems problems) throws IOException {
		this.problems = problems;
		this.decoder = new StrictDecoder(in, charset, this.buf);
		try {
			this.header = readHeader();
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
	}

	private List<String> readHeader() throws IOException {
		if (fill() && this.buf[0] == '\uFEFF') {
			this.pos = 1;
		}
		if (!skipBlankLines()) {
			this.problems.file(EMPTY);
			this.ended = true;
			return List.of();
		}
		int count;
		try {
			count = readRecord();
		}
		catch (Stop stop) {
			return List.of();
		}
		String[] names = new String[count];
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < count; i++) {
			names[i] = this.row[i].strip();
			Integer first = seen.putIfAbsent(names[i].toLowerCase(Locale.ROOT), i);
			if (names[i].isEmpty()) {
				this.problems.line(this.recordLine, "column " + (i + 1) + " has no name in the header");
			}
			else if (first != null) {
				this.problems.line(this.recordLine, "the column name \"" + names[i] + "\" appears twice in the header"
						+ " (columns " + (first + 1) + " and " + (i + 1) + "; case does not matter)");
			}
		}
		this.width = count;
		this.row = new String[Math.max(count, 1)];
		return List.of(names);
	}

	@Override
	public List<String> header() {
		return this.header;
	}

	@Override
	public RawRecord next() throws IOException {
		try {
			while (!this.ended && skipBlankLines()) {
				int count = readRecord();
				if (count != this.width) {
					this.problems.line(this.recordLine,
							"line " + this.recordLine + " has " + count + " fields, the header has " + this.width);
				}
				else if (this.badField < 0 && this.quoteField < 0) {
					return new RawRecord(this.recordLine, Arrays.copyOf(this.row, count));
				}
			}
		}
		catch (Stop stop) {
			// reported where it was found; the stream has ended
		}
		this.ended = true;
		return null;
	}

	@Override
	public long linesRead() {
		char last = (this.pos > 0) ? this.buf[this.pos - 1] : this.carried;
		return this.linesDone + ((last == '\n' || last == '\r') ? 0 : 1);
	}

	@Override
	public void close() throws IOException {
		this.ended = true;
		this.decoder.close();
	}

	private boolean skipBlankLines() throws IOException {
		while (this.pos < this.lim || fill()) {
			char c = this.buf[this.pos];
			if (c != '\n' && c != '\r') {
				return true;
			}
			this.pos++;
			endLine(c);
		}
		return false;
	}

	private void endLine(char c) throws IOException {
		this.linesDone++;
		if (c == '\r' && (this.pos < this.lim || fill()) && this.buf[this.pos] == '\n') {
			this.pos++;
		}
	}

	/**
	 * Reads one record, starting on a character that is not a line end, and returns its
	 * field count.
	 */
	private int readRecord() throws IOException {
		this.recordLine = this.linesDone + 1;
		this.recordStart = this.before + this.pos;
		this.badField = -1;
		this.quoteField = -1;
		int count = 0;
		while (true) {
			this.field = count;
			boolean quoted = (this.pos < this.lim || more()) && this.buf[this.pos] == QUOTE;
			String value = quoted ? quoted() : unquoted(false);
			if (count < this.row.length) {
				this.row[count] = value;
			}
			else if (this.width == 0) {
				this.row = Arrays.copyOf(this.row, count * 2);
				this.row[count] = value;
			}
			count++;
			if (this.pos >= this.lim && !more()) {
				return count;
			}
			char c = this.buf[this.pos++];
			if (c != SEPARATOR) {
				endLine(c);
				return count;
			}
		}
	}

	/**
	 * Reads up to the next comma or line end; with {@code partial}, appends to what
	 * {@link #text} holds.
	 */
	private String unquoted(boolean partial) throws IOException {
		while (true) {
			char[] b = this.buf;
			int start = this.pos;
			int end = this.lim;
			int i = start;
			while (i < end) {
				char c = b[i];
				// CsvFields.special, unrolled: this order measured 10-20% faster
				if (c > SEPARATOR) {
					i++;
				}
				else if (c == SEPARATOR || c == '\n' || c == '\r') {
					break;
				}
				else {
					if (c == QUOTE && this.quoteField != this.field) {
						this.quoteField = this.field;
						problem("a quote (\") inside a value that does not start with one;"
								+ " put the whole value in quotes and write the quote twice (\"\")");
					}
					i++;
				}
			}
			if (i < end) {
				this.pos = i;
				checkBad(i);
				return partial ? this.text.append(b, start, i - start).toString() : new String(b, start, i - start);
			}
			if (!partial) {
				this.text.setLength(0);
				partial = true;
			}
			this.text.append(b, start, end - start);
			this.pos = end;
			if (!more()) {
				return this.text.toString();
			}
		}
	}

	private String quoted() throws IOException {
		this.quoteLine = this.linesDone + 1;
		this.pos++;
		this.text.setLength(0);
		while (true) {
			char[] b = this.buf;
			int start = this.pos;
			int end = this.lim;
			int i = start;
			for (; i < end && b[i] != QUOTE; i++) {
				char c = b[i];
				if (c <= '\r' && (c == '\r' || c == '\n' && ((i > 0) ? b[i - 1] : this.carried) != '\r')
						&& ++this.linesDone + 2 - this.recordLine > MAX_RECORD_LINES) {
					this.pos = i + 1;
					unclosed("it runs on for more than " + String.format("%,d", MAX_RECORD_LINES) + " lines");
				}
			}
			this.text.append(b, start, i - start);
			this.pos = i;
			if (i == end) {
				if (!more()) {
					unclosed("the file ends inside it");
				}
				continue;
			}
			this.pos++;
			if ((this.pos < this.lim || more()) && this.buf[this.pos] == QUOTE) {
				this.text.append(QUOTE);
				this.pos++;
				continue;
			}
			break;
		}
		this.quoteLine = 0;
		checkBad(this.pos);
		// not a quote (that one would have been doubled): a separator, a line end or
		// stray text
		if ((this.pos < this.lim || more()) && !CsvFields.special(this.buf[this.pos])) {
			this.quoteField = this.field;
			problem("text after the closing quote; a quoted value must be followed by a comma or the end of the line");
			return unquoted(true);
		}
		return this.text.toString();
	}

	/**
	 * Refills in the middle of a record, ending the stream if the record has grown past
	 * the cap (checked once per buffer, so a record may exceed it by less than one
	 * buffer).
	 */
	private boolean more() throws IOException {
		if (this.before + this.lim - this.recordStart > MAX_RECORD_CHARS) {
			String size = String.format("%,d", MAX_RECORD_CHARS) + " characters";
			if (this.quoteLine > 0) {
				unclosed("it runs on for more than " + size);
			}
			this.problems.line(this.recordLine, "the line is longer than " + size + "; nothing after it was read");
			throw stop();
		}
		return fill();
	}

	private void unclosed(String why) {
		this.problems.line(this.quoteLine, "a quoted field opened here is never closed (column " + column() + "): "
				+ why + "; nothing after it was read");
		throw stop();
	}

	private Stop stop() {
		this.ended = true;
		return STOP;
	}

	private void checkBad(int end) {
		while (this.nextBadAt < end) {
			int bad = this.decoder.takeBad();
			this.nextBadAt = this.decoder.nextBadAt();
			if (this.badField != this.field) {
				this.badField = this.field;
				problem(String.format("byte 0x%02X is not valid " + this.decoder.charsetName()
						+ "; save the file as UTF-8 (CSV UTF-8 in Excel)", bad));
			}
		}
	}

	private void problem(String message) {
		if (this.field < this.width) {
			this.problems.cell(this.recordLine, column(), message);
		}
		else {
			this.problems.line(this.recordLine, "column " + column() + ": " + message);
		}
	}

	private String column() {
		boolean named = this.field < this.width && !this.header.get(this.field).isEmpty();
		return named ? this.header.get(this.field) : String.valueOf(this.field + 1);
	}

	/**
	 * Decodes the next characters into {@link #buf}; returns false at the end of the
	 * input.
	 */
	private boolean fill() throws IOException {
		checkBad(Integer.MAX_VALUE);
		if (this.eof) {
			return false;
		}
		if (this.lim > 0) {
			this.carried = this.buf[this.lim - 1];
		}
		this.before += this.lim;
		this.pos = 0;
		this.lim = this.decoder.fill();
		this.nextBadAt = this.decoder.nextBadAt();
		this.eof = this.lim == 0;
		return !this.eof;
	}

	/** Ends reading without a stack trace; the problem has been reported. */
	private static final class Stop extends RuntimeException {

		Stop() {
			super(null, null, false, false);
		}

	}

}
