package org.pathway.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.generate.SampleGenerator;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast path's counts equal those of a plain, independent count of the same lines,
 * whether the file is read in one part or split across threads; and anything not in the
 * plainest form is handed back to the exact path rather than guessed.
 */
class YouthFastReaderTests {

	/** Parts read side by side, as the ingest does. */
	private static final TaskExecutor EXECUTOR = new SimpleAsyncTaskExecutor("test-youth-");

	@TempDir
	Path work;

	@Test
	void countsEqualAPlainCountInOnePartAndInSeveral() throws IOException {
		SampleGenerator.generate(SampleGenerator.Scale.SMALL, 3, this.work, 120_000);
		Path youth = this.work.resolve("youth_milestones.csv");
		List<String> members = memberIds();
		Map<String, Long> expected = plainCount(youth);

		YouthCounts whole = new YouthFastReader(youth, members, Long.MAX_VALUE, EXECUTOR).read();
		YouthCounts split = new YouthFastReader(youth, members, 64 * 1024, EXECUTOR).read();

		assertThat(whole.records()).isEqualTo(120_000);
		assertThat(split.records()).isEqualTo(120_000);
		assertThat(asMap(whole.rows(members, "y"))).isEqualTo(expected);
		assertThat(asMap(split.rows(members, "y"))).isEqualTo(expected);
		assertThat(whole.duplicateFingerprints()).isEmpty();
	}

	@Test
	void anythingUnusualGoesToTheExactPath() throws IOException {
		List<String> members = List.of("la");
		String header = "member_id,youth_id,outcome,year,race_ethnicity,low_income,gender,met\n";
		assertThat(read(header + "la,Y1,early_grade_reading,2024,asian,0,female,1\n", members)).isNotNull();
		assertThat(read(header + "la,\"Y1\",early_grade_reading,2024,asian,0,female,1\n", members)).isNull();
		assertThat(read(header + "la,Y1,Early_Grade_Reading,2024,asian,0,female,1\n", members)).isNull();
		assertThat(read(header + "la,Y1,early_grade_reading,2024,asian,2,female,1\n", members)).isNull();
		assertThat(read(header + "xx,Y1,early_grade_reading,2024,asian,0,female,1\n", members)).isNull();
		assertThat(read(header + "la,Y1,early_grade_reading,2024,asian,0,female\n", members)).isNull();
		assertThat(read(header + "la,Ñandú,early_grade_reading,2024,asian,0,female,1\n", members)).isNull();
		assertThat(read(header.replace("met", "met,met"), members)).isNull();
		assertThat(read("member_id,youth_id\nla,Y1\n", members)).isNull();
	}

	@Test
	void aYoungPersonTwiceIsFoundWhereverTheRowsAre() throws IOException {
		String header = "member_id,youth_id,outcome,year,race_ethnicity,low_income,gender,met\n";
		YouthCounts counts = read(header + "la,Y1,early_grade_reading,2024,asian,0,female,1\n"
				+ "la,Y2,early_grade_reading,2024,asian,0,female,1\n"
				+ "la,Y1,early_grade_reading,2025,asian,0,female,1\n"
				+ "la,Y1,early_grade_reading,2024,white,1,male,0\n", List.of("la"));
		assertThat(counts.duplicateFingerprints()).hasSize(1);
	}

	private YouthCounts read(String content, List<String> members) throws IOException {
		Path file = this.work.resolve("youth_milestones.csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return new YouthFastReader(file, members, EXECUTOR).read();
	}

	private List<String> memberIds() throws IOException {
		try (Stream<String> lines = Files.lines(this.work.resolve("members.csv"))) {
			return lines.skip(1).map((line) -> line.substring(0, line.indexOf(','))).sorted().toList();
		}
	}

	/**
	 * An independent count: split each line, count per (member, outcome, year, dimension,
	 * subgroup).
	 */
	private static Map<String, Long> plainCount(Path youth) throws IOException {
		Map<String, long[]> counts = new HashMap<>();
		try (Stream<String> lines = Files.lines(youth)) {
			lines.skip(1).forEach((line) -> {
				String[] f = line.split(",");
				String cell = f[0] + "|" + f[2] + "|" + f[3] + "|";
				int met = Integer.parseInt(f[7]);
				for (String key : new String[] { cell + "all|all", cell + "race_ethnicity|" + f[4],
						cell + "income|" + ("1".equals(f[5]) ? "low_income" : "not_low_income"),
						cell + "gender|" + f[6] }) {
					long[] c = counts.computeIfAbsent(key, (k) -> new long[2]);
					c[0] += met;
					c[1]++;
				}
			});
		}
		Map<String, Long> flat = new TreeMap<>();
		counts.forEach((key, c) -> {
			flat.put(key + "|met", c[0]);
			flat.put(key + "|measured", c[1]);
		});
		return flat;
	}

	private static Map<String, Long> asMap(List<Object[]> rows) {
		Map<String, Long> flat = new TreeMap<>();
		for (Object[] row : rows) {
			String key = String.join("|", Arrays.stream(row, 0, 5).map(String::valueOf).toList());
			flat.put(key + "|met", (Long) row[5]);
			flat.put(key + "|measured", (Long) row[6]);
		}
		return flat;
	}

}
