package org.pathway.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.pathway.domain.Vocabulary;
import org.pathway.ingest.read.Problems;
import org.pathway.ingest.read.RawRecord;
import org.pathway.ingest.read.RecordSource;

/**
 * Aggregates a youth-level file into milestone counts while streaming it: each young person's row
 * adds to the all/all, race_ethnicity, income and gender cells of its (member, outcome, year). Youth
 * rows are never stored; memory is the aggregate plus one 64-bit fingerprint per row, to refuse a
 * young person counted twice.
 */
final class YouthLoader {

	static final List<String> COLUMNS = List.of("member_id", "youth_id", "outcome", "year", "race_ethnicity",
			"low_income", "gender", "met");

	/** Cell offsets within one (member, outcome, year) aggregate: all, race (8), income (2), gender (3). */
	private static final int RACE = 1;

	private static final int INCOME = RACE + Vocabulary.RACE_ETHNICITY.size();

	private static final int GENDER = INCOME + Vocabulary.INCOME.size();

	private static final int CELLS = GENDER + Vocabulary.GENDER.size();

	private static final Map<String, Integer> OUTCOME = index(Vocabulary.OUTCOMES);

	private static final Map<String, Integer> RACE_INDEX = index(Vocabulary.RACE_ETHNICITY);

	private static final Map<String, Integer> GENDER_INDEX = index(Vocabulary.GENDER);

	private final IngestStore store;

	private final String path;

	private final Problems problems;

	private static final int FIRST_YEAR = 1990;

	private static final int YEARS = 2100 - FIRST_YEAR + 1;

	/**
	 * Counts per member index, allocated when the member first appears: [(outcome * YEARS + year
	 * offset) * CELLS * 2 + cell * 2] = met, [... + 1] = measured.
	 */
	private final List<long[]> aggregates = new ArrayList<>();

	private final List<String> memberIds = new ArrayList<>();

	/** Opens the file again, for the second pass that names the lines of duplicates. */
	@FunctionalInterface
	interface Reopener {

		RecordSource open() throws IOException;

	}

	private long facts;

	YouthLoader(IngestStore store, String path, Problems problems) {
		this.store = store;
		this.path = path;
		this.problems = problems;
	}

	long load(RecordSource source, long bytes, Reopener reopener) throws IOException {
		int[] at = positions(source.header());
		if (at == null) {
			return source.drain();
		}
		FingerprintLog fingerprints = new FingerprintLog(bytes / 60);
		Map<String, Object> members = this.store.column(InputKind.MEMBERS, "member_id", null);
		Map<String, Integer> memberIndex = new HashMap<>();
		for (String id : new java.util.TreeSet<>(members.keySet())) {
			memberIndex.put(id, this.memberIds.size());
			this.memberIds.add(id);
			this.aggregates.add(null);
		}
		long records = 0;
		RawRecord record;
		while ((record = source.next()) != null) {
			records++;
			String[] v = record.values();
			long line = record.line();
			Integer member = memberIndex.get(v[at[0]].strip());
			String youth = v[at[1]].strip();
			Integer outcome = OUTCOME.get(v[at[2]].strip());
			int year = year(v[at[3]].strip());
			Integer race = RACE_INDEX.get(v[at[4]].strip());
			String income = v[at[5]].strip();
			Integer gender = GENDER_INDEX.get(v[at[6]].strip());
			String met = v[at[7]].strip();
			boolean ok = member != null && !youth.isEmpty() && youth.length() <= 100 && outcome != null && race != null
					&& gender != null && isBit(income) && isBit(met) && year > 0;
			if (!ok) {
				explain(line, v, at, members);
				continue;
			}
			fingerprints.add(fingerprint(member, outcome, year, youth));
			if (!this.problems.isEmpty()) {
				continue;
			}
			long[] counts = this.aggregates.get(member);
			if (counts == null) {
				counts = new long[Vocabulary.OUTCOMES.size() * YEARS * CELLS * 2];
				this.aggregates.set(member, counts);
			}
			int base = (outcome * YEARS + year - FIRST_YEAR) * CELLS;
			int m = (met.charAt(0) == '1') ? 1 : 0;
			add(counts, base, m);
			add(counts, base + RACE + race, m);
			add(counts, base + ((income.charAt(0) == '1') ? INCOME : INCOME + 1), m);
			add(counts, base + GENDER + gender, m);
		}
		Set<Long> duplicates = fingerprints.duplicates();
		if (!duplicates.isEmpty()) {
			try (RecordSource again = reopener.open()) {
				reportDuplicates(again, at, memberIndex, duplicates);
			}
		}
		if (this.problems.isEmpty()) {
			write();
		}
		return records;
	}

	/** Second pass: names every line whose young person, outcome and year came before. */
	private void reportDuplicates(RecordSource source, int[] at, Map<String, Integer> memberIndex,
			Set<Long> duplicates) throws IOException {
		Map<Long, Long> firstLine = new HashMap<>();
		Map<Long, String> firstYouth = new HashMap<>();
		RawRecord record;
		while ((record = source.next()) != null) {
			String[] v = record.values();
			Integer member = memberIndex.get(v[at[0]].strip());
			Integer outcome = OUTCOME.get(v[at[2]].strip());
			int year = year(v[at[3]].strip());
			if (member == null || outcome == null || year == 0) {
				continue;
			}
			String youth = v[at[1]].strip();
			long fingerprint = fingerprint(member, outcome, year, youth);
			if (duplicates.contains(fingerprint)) {
				Long first = firstLine.putIfAbsent(fingerprint, record.line());
				firstYouth.putIfAbsent(fingerprint, youth);
				// equal fingerprints of different youth ids would be a hash collision, not a duplicate
				if (first != null && youth.equals(firstYouth.get(fingerprint))) {
					this.problems.line(record.line(), "youth_id " + Fields.quote(youth) + " appears twice for "
							+ this.memberIds.get(member) + " " + Vocabulary.OUTCOMES.get(outcome) + " " + year
							+ " (first on line " + first + "): each young person is counted once per outcome and year");
				}
			}
		}
	}

	/** Milestone rows written. */
	long facts() {
		return this.facts;
	}

	private static void add(long[] counts, int cell, int met) {
		counts[cell * 2] += met;
		counts[cell * 2 + 1]++;
	}

	private void write() {
		Map<String, String> others = this.store.milestoneKeysOutside(this.path);
		List<Object[]> rows = new ArrayList<>();
		for (int member = 0; member < this.memberIds.size(); member++) {
			long[] counts = this.aggregates.get(member);
			if (counts == null) {
				continue;
			}
			for (int outcome = 0; outcome < Vocabulary.OUTCOMES.size(); outcome++) {
				for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
					int base = (outcome * YEARS + year - FIRST_YEAR) * CELLS;
					int cell = 0;
					for (Map.Entry<String, List<String>> dimension : Vocabulary.DIMENSIONS.entrySet()) {
						for (String subgroup : dimension.getValue()) {
							long measured = counts[(base + cell) * 2 + 1];
							if (measured > 0) {
								Object[] row = { this.memberIds.get(member), Vocabulary.OUTCOMES.get(outcome), year,
										dimension.getKey(), subgroup, counts[(base + cell) * 2], measured, this.path };
								String key = row[0] + "|" + row[1] + "|" + year + "|" + row[3] + "|" + subgroup;
								String other = others.get(key);
								if (other != null) {
									this.problems.file("the counts for " + key.replace('|', ' ') + " are already loaded from "
											+ other + ": a milestone may come from one file only");
								}
								rows.add(row);
							}
							cell++;
						}
					}
				}
			}
		}
		if (this.problems.isEmpty()) {
			for (int from = 0; from < rows.size(); from += 1000) {
				this.store.insertMilestones(rows.subList(from, Math.min(rows.size(), from + 1000)));
			}
			this.facts = rows.size();
		}
	}

	/** Reports every problem of a row that failed the fast checks. */
	private void explain(long line, String[] v, int[] at, Map<String, Object> members) {
		String member = v[at[0]].strip();
		if (!members.containsKey(member)) {
			this.problems.cell(line, "member_id", member.isEmpty() ? "is empty: a value is required"
					: Fields.quote(member) + " is not a known member_id: it must be in a members file");
		}
		String youth = v[at[1]].strip();
		if (youth.isEmpty() || youth.length() > 100) {
			this.problems.cell(line, "youth_id", youth.isEmpty() ? "is empty: a value is required"
					: "is longer than 100 characters");
		}
		check(line, "outcome", v[at[2]], (raw) -> Fields.oneOf(raw, Vocabulary.OUTCOMES));
		check(line, "year", v[at[3]], Fields::year);
		check(line, "race_ethnicity", v[at[4]], (raw) -> exact(raw, Vocabulary.RACE_ETHNICITY));
		check(line, "low_income", v[at[5]], Fields::bit);
		check(line, "gender", v[at[6]], (raw) -> exact(raw, Vocabulary.GENDER));
		check(line, "met", v[at[7]], Fields::bit);
	}

	private void check(long line, String column, String raw, Column.Parser parser) {
		String value = raw.strip();
		if (value.isEmpty()) {
			this.problems.cell(line, column, "is empty: a value is required");
			return;
		}
		try {
			Object parsed = parser.parse(value);
			if ("outcome".equals(column) && !OUTCOME.containsKey(value)) {
				this.problems.cell(line, column, Fields.quote(value) + ": write it in lower case, as " + parsed);
			}
		}
		catch (FieldException ex) {
			this.problems.cell(line, column, ex.getMessage());
		}
	}

	private static Object exact(String raw, List<String> allowed) throws FieldException {
		if (!allowed.contains(raw)) {
			throw new FieldException(Fields.quote(raw) + ": expected one of " + String.join(", ", allowed));
		}
		return raw;
	}

	private int[] positions(List<String> header) {
		if (header.isEmpty()) {
			return null;
		}
		int[] at = new int[COLUMNS.size()];
		List<String> missing = new ArrayList<>();
		for (int i = 0; i < at.length; i++) {
			at[i] = -1;
			for (int h = 0; h < header.size(); h++) {
				if (header.get(h).toLowerCase(Locale.ROOT).equals(COLUMNS.get(i))) {
					at[i] = h;
				}
			}
			if (at[i] < 0) {
				missing.add(COLUMNS.get(i));
			}
		}
		if (!missing.isEmpty()) {
			this.problems.line(1, "missing columns " + String.join(", ", missing) + ": a youth_milestones file needs "
					+ String.join(", ", COLUMNS) + " (the header has: " + String.join(", ", header) + ")");
			return null;
		}
		return at;
	}

	private static boolean isBit(String value) {
		return "0".equals(value) || "1".equals(value);
	}

	/** The year 1990-2100 written as 4 digits, or 0. */
	private static int year(String value) {
		if (value.length() != 4) {
			return 0;
		}
		int year = 0;
		for (int i = 0; i < 4; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return 0;
			}
			year = year * 10 + (c - '0');
		}
		return (year >= FIRST_YEAR && year < FIRST_YEAR + YEARS) ? year : 0;
	}

	private static long fingerprint(int member, int outcome, int year, String youth) {
		long hash = 0xcbf29ce484222325L ^ ((((long) member) << 32) | ((long) outcome << 16) | year);
		hash *= 0x100000001b3L;
		hash = mix(hash, youth);
		hash ^= hash >>> 33;
		hash *= 0xff51afd7ed558ccdL;
		hash ^= hash >>> 33;
		hash *= 0xc4ceb9fe1a85ec53L;
		hash ^= hash >>> 33;
		return hash;
	}

	private static long mix(long hash, String text) {
		for (int i = 0; i < text.length(); i++) {
			hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
		}
		return hash;
	}

	private static Map<String, Integer> index(List<String> values) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < values.size(); i++) {
			index.put(values.get(i), i);
		}
		return index;
	}

}
