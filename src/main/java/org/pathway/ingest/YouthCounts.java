package org.pathway.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pathway.domain.Vocabulary;

/**
 * Milestone counts aggregated from youth rows: per member, outcome and year, met and
 * measured for all/all and for every subgroup of race_ethnicity, income and gender; plus
 * the fingerprint of every row, to find a young person counted twice. Members, outcomes
 * and subgroups are indexes into the member list and {@link Vocabulary}'s lists.
 */
final class YouthCounts {

	static final int FIRST_YEAR = 1990;

	static final int YEARS = 2100 - FIRST_YEAR + 1;

	private static final int RACE = 1;

	private static final int INCOME = RACE + Vocabulary.RACE_ETHNICITY.size();

	private static final int GENDER = INCOME + Vocabulary.INCOME.size();

	private static final int CELLS = GENDER + Vocabulary.GENDER.size();

	/**
	 * Per member, allocated on first use: [((outcome * YEARS + year) * CELLS + cell) * 2]
	 * = met, [+1] = measured.
	 */
	private final long[][] perMember;

	private final FingerprintLog fingerprints;

	private long records;

	YouthCounts(int members, long expectedRows) {
		this.perMember = new long[members][];
		this.fingerprints = new FingerprintLog(expectedRows);
	}

	/** Adds one young person's result; {@code lowIncome} and {@code met} are 0 or 1. */
	void add(int member, int outcome, int year, int race, int lowIncome, int gender, int met, long fingerprint) {
		long[] counts = this.perMember[member];
		if (counts == null) {
			counts = new long[Vocabulary.OUTCOMES.size() * YEARS * CELLS * 2];
			this.perMember[member] = counts;
		}
		int base = (outcome * YEARS + year - FIRST_YEAR) * CELLS;
		add(counts, base, met);
		add(counts, base + RACE + race, met);
		add(counts, base + ((lowIncome == 1) ? INCOME : INCOME + 1), met);
		add(counts, base + GENDER + gender, met);
		this.fingerprints.add(fingerprint);
		this.records++;
	}

	private static void add(long[] counts, int cell, int met) {
		counts[cell * 2] += met;
		counts[cell * 2 + 1]++;
	}

	long records() {
		return this.records;
	}

	/** Adds another part's counts to these (the parts of a file read in parallel). */
	void merge(YouthCounts other) {
		for (int member = 0; member < this.perMember.length; member++) {
			long[] theirs = other.perMember[member];
			if (theirs == null) {
				continue;
			}
			if (this.perMember[member] == null) {
				this.perMember[member] = theirs;
				continue;
			}
			long[] ours = this.perMember[member];
			for (int i = 0; i < ours.length; i++) {
				ours[i] += theirs[i];
			}
		}
		this.fingerprints.addAll(other.fingerprints);
		this.records += other.records;
	}

	/** Fingerprints added more than once. */
	Set<Long> duplicateFingerprints() {
		return this.fingerprints.duplicates();
	}

	/**
	 * Milestone rows (member, outcome, year, dimension, subgroup, numerator, denominator,
	 * file), one per cell where at least one young person was measured, in member,
	 * outcome, year order.
	 */
	List<Object[]> rows(List<String> memberIds, String path) {
		List<Object[]> rows = new ArrayList<>();
		for (int member = 0; member < this.perMember.length; member++) {
			long[] counts = this.perMember[member];
			if (counts == null) {
				continue;
			}
			for (int outcome = 0; outcome < Vocabulary.OUTCOMES.size(); outcome++) {
				for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
					int cell = (outcome * YEARS + year - FIRST_YEAR) * CELLS;
					for (Map.Entry<String, List<String>> dimension : Vocabulary.DIMENSIONS.entrySet()) {
						for (String subgroup : dimension.getValue()) {
							long measured = counts[cell * 2 + 1];
							if (measured > 0) {
								rows.add(new Object[] { memberIds.get(member), Vocabulary.OUTCOMES.get(outcome), year,
										dimension.getKey(), subgroup, counts[cell * 2], measured, path });
							}
							cell++;
						}
					}
				}
			}
		}
		return rows;
	}

	/**
	 * The fingerprint of one (member, outcome, year, youth_id); the same for a String and
	 * its ASCII bytes.
	 */
	static long fingerprint(int member, int outcome, int year, CharSequence youth) {
		long hash = start(member, outcome, year);
		for (int i = 0; i < youth.length(); i++) {
			hash = (hash ^ youth.charAt(i)) * 0x100000001b3L;
		}
		return finish(hash);
	}

	static long fingerprint(int member, int outcome, int year, byte[] bytes, int from, int to) {
		long hash = start(member, outcome, year);
		for (int i = from; i < to; i++) {
			hash = (hash ^ (bytes[i] & 0xff)) * 0x100000001b3L;
		}
		return finish(hash);
	}

	private static long start(int member, int outcome, int year) {
		return (0xcbf29ce484222325L ^ ((((long) member) << 32) | ((long) outcome << 16) | year)) * 0x100000001b3L;
	}

	private static long finish(long hash) {
		hash ^= hash >>> 33;
		hash *= 0xff51afd7ed558ccdL;
		hash ^= hash >>> 33;
		hash *= 0xc4ceb9fe1a85ec53L;
		hash ^= hash >>> 33;
		return hash;
	}

}
