package org.pathway.ingest.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Locale;

/**
 * Decodes a byte stream into a reader's char buffer, a buffer at a time, without ever
 * passing a bad byte on as text: a byte the charset does not define is decoded as U+FFFD
 * and remembered with its place in the buffer, so that {@link CsvRecordSource} reports it
 * in its line and column.
 */
final class StrictDecoder implements Closeable {

	private static final int BUFFER = 1 << 16;

	private final InputStream in;

	private final CharsetDecoder decoder;

	private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();

	private final CharBuffer chars;

	private int[] badAt = new int[8];

	private byte[] badByte = new byte[8];

	private int badCount;

	private int badNext;

	private boolean inputDone;

	/** Decodes {@code in} into {@code buffer}; {@link #close()} closes {@code in}. */
	StrictDecoder(InputStream in, Charset charset, char[] buffer) {
		this.in = in;
		this.decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		this.chars = CharBuffer.wrap(buffer);
	}

	/**
	 * Decodes the next characters into the buffer, from its start; returns how many, 0 at
	 * the end of the input. Forgets the bad bytes of the buffer before.
	 */
	int fill() throws IOException {
		this.badCount = 0;
		this.badNext = 0;
		this.chars.clear();
		while (true) {
			CoderResult result = this.decoder.decode(this.bytes, this.chars, this.inputDone);
			if (result.isError()) {
				if (!this.chars.hasRemaining()) {
					break;
				}
				if (this.badCount == this.badAt.length) {
					this.badAt = Arrays.copyOf(this.badAt, this.badCount * 2);
					this.badByte = Arrays.copyOf(this.badByte, this.badCount * 2);
				}
				this.badAt[this.badCount] = this.chars.position();
				this.badByte[this.badCount++] = this.bytes.get(this.bytes.position());
				this.bytes.position(this.bytes.position() + result.length());
				this.chars.put('\uFFFD');
			}
			else if (result.isOverflow() || this.chars.position() > 0) {
				break;
			}
			else if (this.inputDone) {
				this.decoder.flush(this.chars);
				break;
			}
			else {
				this.bytes.compact();
				int n = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
				this.inputDone = n < 0;
				this.bytes.position(this.bytes.position() + Math.max(n, 0)).flip();
			}
		}
		return this.chars.position();
	}

	/**
	 * Where in the buffer the next bad byte not yet taken was decoded (as U+FFFD), or
	 * {@link Integer#MAX_VALUE} when there is none.
	 */
	int nextBadAt() {
		return (this.badNext < this.badCount) ? this.badAt[this.badNext] : Integer.MAX_VALUE;
	}

	/** Takes the next bad byte ({@link #nextBadAt}), from 0 to 255. */
	int takeBad() {
		return this.badByte[this.badNext++] & 0xFF;
	}

	/** The charset's name, for a message. */
	String charsetName() {
		return this.decoder.charset().displayName(Locale.ROOT);
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
