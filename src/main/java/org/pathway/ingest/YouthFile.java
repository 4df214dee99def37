package org.pathway.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.pathway.domain.Vocabulary;
import org.pathway.ingest.read.InputFormat;
import org.pathway.ingest.read.Problems;
import org.pathway.ingest.read.RawRecord;
import org.pathway.ingest.read.RecordSource;

import org.springframework.core.task.TaskExecutor;

/**
 * Aggregates one youth-level file into milestone counts while streaming it: each young
 * person's row adds to the all/all, race_ethnicity, income and gender cells of its
 * (member, outcome, year). Youth rows are never stored; memory is the aggregate plus one
 * 64-bit fingerprint per row, to refuse a young person counted twice. A plain CSV file
 * goes through {@link YouthFastReader}; anything else, or anything that reader does not
 * recognise, through the exact path that names every problem.
 */
final class YouthFile {

	static final List<String> COLUMNS = List.of("member_id", "youth_id", "outcome", "year", "race_ethnicity",
			"low_income", "gender", "met");

	private static final Map<String, Integer> OUTCOME = index(Vocabulary.OUTCOMES);

	private static final Map<String, Integer> RACE_INDEX = index(Vocabulary.RACE_ETHNICITY);

	private static final Map<String, Integer> GENDER_INDEX = index(Vocabulary.GENDER);

	/**
	 * Opens the file for the exact path (and for the second pass that names duplicate
	 * lines).
	 */
	@FunctionalInterface
	interface Reopener {

		RecordSource open(Problems sink) throws IOException;

	}

	private final IngestStore store;

	private final TaskExecutor executor;

	private final String path;

	private final Problems problems;

	private final List<String> memberIds = new ArrayList<>();

	private final Map<String, Integer> memberIndex = new HashMap<>();

	private long facts;

	YouthFile(IngestStore store, String path, Problems problems, TaskExecutor executor) {
		this.store = store;
		this.executor = executor;
		this.path = path;
		this.problems = problems;
	}

	/** Loads the file; returns the number of youth rows read. */
	long load(InputFile file, Reopener reopener) throws IOException {
		for (String id : new TreeSet<>(this.store.column(InputKind.MEMBERS, "member_id", null).keySet())) {
			this.memberIndex.put(id, this.memberIds.size());
			this.memberIds.add(id);
		}
		YouthCounts counts = null;
		if (file.format() == InputFormat.CSV) {
			counts = new YouthFastReader(file.file(), this.memberIds, this.executor).read();
		}
		if (counts == null) {
			try (RecordSource source = reopener.open(this.problems)) {
				int[] at = positions(source.header());
				if (at == null) {
					return source.drain();
				}
				counts = new YouthCounts(this.memberIds.size(), file.bytes() / 60);
				readExactly(source, at, counts);
			}
		}
		Set<Long> duplicates = counts.duplicateFingerprints();
		if (!duplicates.isEmpty()) {
			// structural problems were reported by the first pass already
			try (RecordSource again = reopener.open(new Problems(this.path))) {
				int[] at = positions(again.header());
				reportDuplicates(again, at, duplicates);
			}
		}
		if (this.problems.isEmpty()) {
			write(counts.rows(this.memberIds, this.path));
		}
		return counts.records();
	}

	/** Milestone rows written. */
	long facts() {
		return this.facts;
	}

	private void readExactly(RecordSource source, int[] at, YouthCounts counts) throws IOException {
		Map<String, Object> members = this.store.column(InputKind.MEMBERS, "member_id", null);
		RawRecord record;
		while ((record = source.next()) != null) {
			String[] v = record.values();
			if (hasControlCharacter(record.line(), v, at)) {
				continue;
			}
			Integer member = this.memberIndex.get(v[at[0]].strip());
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
				explain(record.line(), v, at, members);
				continue;
			}
			counts.add(member, outcome, year, race, income.charAt(0) - '0', gender, met.charAt(0) - '0',
					YouthCounts.fingerprint(member, outcome, year, youth));
		}
	}

	/** Second pass: names every line whose young person, outcome and year came before. */
	private void reportDuplicates(RecordSource source, int[] at, Set<Long> duplicates) throws IOException {
		Map<Long, Long> firstLine = new HashMap<>();
		Map<Long, String> firstYouth = new HashMap<>();
		RawRecord record;
		while ((record = source.next()) != null) {
			String[] v = record.values();
			Integer member = this.memberIndex.get(v[at[0]].strip());
			Integer outcome = OUTCOME.get(v[at[2]].strip());
			int year = year(v[at[3]].strip());
			if (member == null || outcome == null || year == 0) {
				continue;
			}
			String youth = v[at[1]].strip();
			long fingerprint = YouthCounts.fingerprint(member, outcome, year, youth);
			if (duplicates.contains(fingerprint)) {
				Long first = firstLine.putIfAbsent(fingerprint, record.line());
				firstYouth.putIfAbsent(fingerprint, youth);
				// equal fingerprints of different youth ids would be a hash collision,
				// not a duplicate
				if (first != null && youth.equals(firstYouth.get(fingerprint))) {
					this.problems.line(record.line(),
							"youth_id " + Fields.quote(youth) + " appears twice for " + this.memberIds.get(member) + " "
									+ Vocabulary.OUTCOMES.get(outcome) + " " + year + " (first on line " + first
									+ "): each young person is counted once per outcome and year");
				}
			}
		}
	}

	private void write(List<Object[]> rows) {
		Map<String, String> others = this.store.milestoneKeysOutside(this.path);
		for (Object[] row : rows) {
			String key = row[0] + "|" + row[1] + "|" + row[2] + "|" + row[3] + "|" + row[4];
			String other = others.get(key);
			if (other != null) {
				this.problems.file("the counts for " + key.replace('|', ' ') + " are already loaded from " + other
						+ ": a milestone may come from one file only");
			}
		}
		if (this.problems.isEmpty()) {
			for (int from = 0; from < rows.size(); from += 1000) {
				this.store.insertMilestones(rows.subList(from, Math.min(rows.size(), from + 1000)));
			}
			this.facts = rows.size();
		}
	}

	/** Reports each value of the row that holds a control character. */
	private boolean hasControlCharacter(long line, String[] v, int[] at) {
		boolean found = false;
		for (int i = 0; i < at.length; i++) {
			String problem = ControlCharacters.problem(v[at[i]]);
			if (problem != null) {
				this.problems.cell(line, COLUMNS.get(i), problem);
				found = true;
			}
		}
		return found;
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
			this.problems.cell(line, "youth_id",
					youth.isEmpty() ? "is empty: a value is required" : "is longer than 100 characters");
		}
		check(line, "outcome", v[at[2]], (raw) -> exact(raw, Vocabulary.OUTCOMES));
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
			parser.parse(value);
		}
		catch (FieldException ex) {
			this.problems.cell(line, column, ex.getMessage());
		}
	}

	private static Object exact(String raw, List<String> allowed) throws FieldException {
		if (!allowed.contains(raw)) {
			throw new FieldException(
					Fields.quote(raw) + ": expected one of " + String.join(", ", allowed) + " (in lower case)");
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

	/** The year written as 4 digits within the range counts are kept for, or 0. */
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
		return (year >= YouthCounts.FIRST_YEAR && year < YouthCounts.FIRST_YEAR + YouthCounts.YEARS) ? year : 0;
	}

	private static Map<String, Integer> index(List<String> values) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < values.size(); i++) {
			index.put(values.get(i), i);
		}
		return index;
	}

}
