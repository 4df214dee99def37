package org.pathway.ingest;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The 64-bit fingerprints of every youth row of a file, appended while streaming and
 * sorted once at the end to find the ones that occur twice. 8 bytes a row, sequential
 * writes: ten million rows take 80 MB and well under a second, where a hash set spent
 * seconds on cache misses.
 */
final class FingerprintLog {

	private long[] values;

	private int size;

	FingerprintLog(long expected) {
		this.values = new long[(int) Math.max(1024, Math.min(expected, Integer.MAX_VALUE - 8))];
	}

	void add(long fingerprint) {
		if (this.size == this.values.length) {
			this.values = Arrays.copyOf(this.values, (int) Math.min(Integer.MAX_VALUE - 8L, this.size * 3L / 2 + 1));
		}
		this.values[this.size++] = fingerprint;
	}

	void addAll(FingerprintLog other) {
		if (this.size + other.size > this.values.length) {
			this.values = Arrays.copyOf(this.values, this.size + other.size);
		}
		System.arraycopy(other.values, 0, this.values, this.size, other.size);
		this.size += other.size;
	}

	/** The fingerprints added more than once (sorts the log in place). */
	Set<Long> duplicates() {
		Arrays.sort(this.values, 0, this.size);
		Set<Long> duplicates = new HashSet<>();
		for (int i = 1; i < this.size; i++) {
			if (this.values[i] == this.values[i - 1]) {
				duplicates.add(this.values[i]);
			}
		}
		return duplicates;
	}

}
