package org.pathway.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.pathway.domain.Vocabulary;

/**
 * The fast path for a well-formed youth-level CSV file: reads bytes, not strings, in one
 * part per core, and aggregates as it goes. It accepts only the plainest form of the
 * format (printable ASCII, no quotes, no control characters, exactly the known values)
 * and gives up at the first thing it does not recognise; the caller then reads the file
 * with the exact path, which reports every problem with its line. A file without a single
 * quote has no quoted newline, so splitting it at any newline is safe.
 */
final class YouthFastReader {

	private static final int BUFFER = 1 << 20;

	/** Files are split into parts of at least this many bytes. */
	static final long MIN_PART = 16 << 20;

	private final Path file;

	private final byte[][] members;

	private final int[] memberSlots;

	private final long minPart;

	private int[] at;

	private int fields;

	/** Thrown inside the reader when the file needs the exact path. */
	private static final class NotSimple extends Exception {

		NotSimple() {
			super(null, null, false, false);
		}

	}

	YouthFastReader(Path file, List<String> memberIds) {
		this(file, memberIds, MIN_PART);
	}

	YouthFastReader(Path file, List<String> memberIds, long minPart) {
		this.file = file;
		this.minPart = minPart;
		this.members = new byte[memberIds.size()][];
		this.memberSlots = new int[Integer.highestOneBit(Math.max(16, memberIds.size() * 4)) * 2];
		java.util.Arrays.fill(this.memberSlots, -1);
		for (int i = 0; i < this.members.length; i++) {
			this.members[i] = memberIds.get(i).getBytes(StandardCharsets.UTF_8);
			int slot = hash(this.members[i], 0, this.members[i].length) & (this.memberSlots.length - 1);
			while (this.memberSlots[slot] >= 0) {
				slot = (slot + 1) & (this.memberSlots.length - 1);
			}
			this.memberSlots[slot] = i;
		}
	}

	/** The counts of the whole file, or null when the file needs the exact path. */
	YouthCounts read() throws IOException {
		try (FileChannel channel = FileChannel.open(this.file, StandardOpenOption.READ)) {
			long dataStart = header(channel);
			if (dataStart < 0) {
				return null;
			}
			long size = channel.size();
			List<long[]> parts = split(channel, dataStart, size, this.minPart);
			ExecutorService pool = Executors.newFixedThreadPool(parts.size());
			try {
				List<Future<YouthCounts>> futures = new ArrayList<>();
				for (long[] part : parts) {
					futures.add(pool.submit(() -> readPart(channel, part[0], part[1], size)));
				}
				YouthCounts total = null;
				for (Future<YouthCounts> future : futures) {
					YouthCounts counts = future.get();
					if (total == null) {
						total = counts;
					}
					else {
						total.merge(counts);
					}
				}
				return total;
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof NotSimple) {
					return null;
				}
				if (ex.getCause() instanceof IOException io) {
					throw io;
				}
				throw new IllegalStateException(ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted", ex);
			}
			finally {
				pool.shutdownNow();
			}
		}
	}

	/**
	 * Reads the header line; returns where the data starts, or -1 when it is not the
	 * plain form.
	 */
	private long header(FileChannel channel) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
		channel.read(buffer, 0);
		byte[] bytes = buffer.array();
		int length = buffer.position();
		int start = (length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) ? 3
				: 0;
		int end = start;
		while (end < length && bytes[end] != '\n') {
			if (bytes[end] < 0 || bytes[end] == '"') {
				return -1;
			}
			end++;
		}
		if (end == length) {
			return -1;
		}
		String[] names = new String(bytes, start, end - start, StandardCharsets.US_ASCII).strip().split(",", -1);
		this.fields = names.length;
		this.at = new int[YouthFile.COLUMNS.size()];
		java.util.Arrays.fill(this.at, -1);
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (int i = 0; i < names.length; i++) {
			String name = names[i].strip().toLowerCase(Locale.ROOT);
			if (name.isEmpty() || !seen.add(name)) {
				return -1;
			}
			int column = YouthFile.COLUMNS.indexOf(name);
			if (column >= 0) {
				if (this.at[column] >= 0) {
					return -1;
				}
				this.at[column] = i;
			}
		}
		for (int position : this.at) {
			if (position < 0) {
				return -1;
			}
		}
		return end + 1;
	}

	/** One part per core, each starting just after a newline. */
	private static List<long[]> split(FileChannel channel, long dataStart, long size, long minPart) throws IOException {
		int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
		int count = (int) Math.max(1, Math.min(cores, (size - dataStart) / minPart));
		List<long[]> parts = new ArrayList<>();
		long from = dataStart;
		for (int i = 1; i <= count; i++) {
			long to = (i == count) ? size : nextLineStart(channel, dataStart + (size - dataStart) * i / count, size);
			if (to > from) {
				parts.add(new long[] { from, to });
			}
			from = to;
		}
		return parts;
	}

	private static long nextLineStart(FileChannel channel, long position, long size) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(4096);
		while (position < size) {
			buffer.clear();
			int n = channel.read(buffer, position);
			for (int i = 0; i < n; i++) {
				if (buffer.get(i) == '\n') {
					return position + i + 1;
				}
			}
			position += n;
		}
		return size;
	}

	private YouthCounts readPart(FileChannel channel, long from, long to, long size) throws IOException, NotSimple {
		YouthCounts counts = new YouthCounts(this.members.length, (to - from) / 60);
		byte[] bytes = new byte[BUFFER];
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		int[] starts = new int[this.fields + 1];
		long position = from;
		int carried = 0;
		while (position < to) {
			buffer.clear().position(carried);
			buffer.limit((int) Math.min(BUFFER, carried + (to - position)));
			int n = channel.read(buffer, position);
			if (n <= 0) {
				break;
			}
			position += n;
			int filled = carried + n;
			int lineStart = 0;
			for (int i = 0; i < filled; i++) {
				if (bytes[i] == '\n') {
					line(bytes, lineStart, i, starts, counts);
					lineStart = i + 1;
				}
			}
			carried = filled - lineStart;
			if (carried == BUFFER) {
				throw new NotSimple();
			}
			System.arraycopy(bytes, lineStart, bytes, 0, carried);
		}
		if (carried > 0) {
			line(bytes, 0, carried, starts, counts);
		}
		return counts;
	}

	private void line(byte[] bytes, int from, int to, int[] starts, YouthCounts counts) throws NotSimple {
		if (to > from && bytes[to - 1] == '\r') {
			to--;
		}
		if (to == from) {
			return;
		}
		int field = 0;
		starts[0] = from;
		for (int i = from; i < to; i++) {
			byte b = bytes[i];
			if (b == ',') {
				if (++field >= this.fields) {
					throw new NotSimple();
				}
				starts[field] = i + 1;
			}
			// below 0x20, 0x7F (DEL) and above (not ASCII) in one comparison
			else if ((byte) (b + 1) <= 0x20 || b == '"') {
				throw new NotSimple();
			}
		}
		if (field != this.fields - 1) {
			throw new NotSimple();
		}
		starts[this.fields] = to + 1;
		int member = member(bytes, starts[this.at[0]], starts[this.at[0] + 1] - 1);
		int youthFrom = starts[this.at[1]];
		int youthTo = starts[this.at[1] + 1] - 1;
		int outcome = match(bytes, starts[this.at[2]], starts[this.at[2] + 1] - 1, OUTCOMES);
		int year = year(bytes, starts[this.at[3]], starts[this.at[3] + 1] - 1);
		int race = match(bytes, starts[this.at[4]], starts[this.at[4] + 1] - 1, RACES);
		int lowIncome = bit(bytes, starts[this.at[5]], starts[this.at[5] + 1] - 1);
		int gender = match(bytes, starts[this.at[6]], starts[this.at[6] + 1] - 1, GENDERS);
		int met = bit(bytes, starts[this.at[7]], starts[this.at[7] + 1] - 1);
		if (youthTo <= youthFrom || youthTo - youthFrom > 100 || bytes[youthFrom] == ' ' || bytes[youthTo - 1] == ' ') {
			throw new NotSimple();
		}
		counts.add(member, outcome, year, race, lowIncome, gender, met,
				YouthCounts.fingerprint(member, outcome, year, bytes, youthFrom, youthTo));
	}

	private int member(byte[] bytes, int from, int to) throws NotSimple {
		int slot = hash(bytes, from, to) & (this.memberSlots.length - 1);
		while (this.memberSlots[slot] >= 0) {
			byte[] candidate = this.members[this.memberSlots[slot]];
			if (java.util.Arrays.equals(candidate, 0, candidate.length, bytes, from, to)) {
				return this.memberSlots[slot];
			}
			slot = (slot + 1) & (this.memberSlots.length - 1);
		}
		throw new NotSimple();
	}

	private static final byte[][] OUTCOMES = ascii(Vocabulary.OUTCOMES);

	private static final byte[][] RACES = ascii(Vocabulary.RACE_ETHNICITY);

	private static final byte[][] GENDERS = ascii(Vocabulary.GENDER);

	private static int match(byte[] bytes, int from, int to, byte[][] values) throws NotSimple {
		for (int i = 0; i < values.length; i++) {
			if (java.util.Arrays.equals(values[i], 0, values[i].length, bytes, from, to)) {
				return i;
			}
		}
		throw new NotSimple();
	}

	private static int year(byte[] bytes, int from, int to) throws NotSimple {
		if (to - from != 4) {
			throw new NotSimple();
		}
		int year = 0;
		for (int i = from; i < to; i++) {
			if (bytes[i] < '0' || bytes[i] > '9') {
				throw new NotSimple();
			}
			year = year * 10 + (bytes[i] - '0');
		}
		if (year < YouthCounts.FIRST_YEAR || year >= YouthCounts.FIRST_YEAR + YouthCounts.YEARS) {
			throw new NotSimple();
		}
		return year;
	}

	private static int bit(byte[] bytes, int from, int to) throws NotSimple {
		if (to - from != 1 || (bytes[from] != '0' && bytes[from] != '1')) {
			throw new NotSimple();
		}
		return bytes[from] - '0';
	}

	private static int hash(byte[] bytes, int from, int to) {
		int hash = 0x811c9dc5;
		for (int i = from; i < to; i++) {
			hash = (hash ^ bytes[i]) * 0x01000193;
		}
		return hash ^ (hash >>> 16);
	}

	private static byte[][] ascii(List<String> values) {
		byte[][] bytes = new byte[values.size()][];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = values.get(i).getBytes(StandardCharsets.US_ASCII);
		}
		return bytes;
	}

}
