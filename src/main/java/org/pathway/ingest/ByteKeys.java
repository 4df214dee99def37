package org.pathway.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The index of a key found by its UTF-8 bytes, without making a String of them: an
 * open-addressing table, so that {@link YouthFastReader} finds a line's member_id in the
 * bytes it read.
 */
final class ByteKeys {

	private final byte[][] keys;

	private final int[] slots;

	ByteKeys(List<String> keys) {
		this.keys = new byte[keys.size()][];
		this.slots = new int[Integer.highestOneBit(Math.max(16, keys.size() * 4)) * 2];
		Arrays.fill(this.slots, -1);
		for (int i = 0; i < this.keys.length; i++) {
			this.keys[i] = keys.get(i).getBytes(StandardCharsets.UTF_8);
			int slot = hash(this.keys[i], 0, this.keys[i].length) & (this.slots.length - 1);
			while (this.slots[slot] >= 0) {
				slot = (slot + 1) & (this.slots.length - 1);
			}
			this.slots[slot] = i;
		}
	}

	int size() {
		return this.keys.length;
	}

	/** The index of the key spelled by {@code bytes[from, to)}, or -1 when it is none. */
	int indexOf(byte[] bytes, int from, int to) {
		int slot = hash(bytes, from, to) & (this.slots.length - 1);
		while (this.slots[slot] >= 0) {
			byte[] candidate = this.keys[this.slots[slot]];
			if (Arrays.equals(candidate, 0, candidate.length, bytes, from, to)) {
				return this.slots[slot];
			}
			slot = (slot + 1) & (this.slots.length - 1);
		}
		return -1;
	}

	private static int hash(byte[] bytes, int from, int to) {
		int hash = 0x811c9dc5;
		for (int i = from; i < to; i++) {
			hash = (hash ^ bytes[i]) * 0x01000193;
		}
		return hash ^ (hash >>> 16);
	}

}
