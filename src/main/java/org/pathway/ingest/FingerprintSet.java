package org.pathway.ingest;

/**
 * An open-addressing set of 64-bit fingerprints: 8 bytes a member instead of the ~100 of a
 * {@code HashSet<String>}, so ten million youth keys fit in a 512 MB heap. Zero is stored apart.
 */
final class FingerprintSet {

	private long[] slots = new long[1 << 16];

	private int size;

	private boolean hasZero;

	/** Adds the fingerprint; false when it was already there. */
	boolean add(long fingerprint) {
		if (fingerprint == 0) {
			boolean added = !this.hasZero;
			this.hasZero = true;
			return added;
		}
		if (this.size * 4L >= this.slots.length * 3L) {
			grow();
		}
		if (!insert(this.slots, fingerprint)) {
			return false;
		}
		this.size++;
		return true;
	}

	private static boolean insert(long[] slots, long fingerprint) {
		int mask = slots.length - 1;
		int i = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
		while (slots[i] != 0) {
			if (slots[i] == fingerprint) {
				return false;
			}
			i = (i + 1) & mask;
		}
		slots[i] = fingerprint;
		return true;
	}

	private void grow() {
		long[] bigger = new long[this.slots.length * 2];
		for (long slot : this.slots) {
			if (slot != 0) {
				insert(bigger, slot);
			}
		}
		this.slots = bigger;
	}

}
