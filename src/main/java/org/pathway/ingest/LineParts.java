package org.pathway.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a file into parts to be read in parallel, one per core, each starting just after
 * a newline. Safe for a file without quotes only, where every newline ends a line
 * ({@link YouthFastReader}).
 */
final class LineParts {

	private LineParts() {
	}

	/**
	 * The parts of {@code [dataStart, size)}, as {from, to} byte positions, each of at
	 * least {@code minPart} bytes (but one when the file is smaller).
	 */
	static List<long[]> split(FileChannel channel, long dataStart, long size, long minPart) throws IOException {
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

}
