package org.pathway.metrics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.cli.Cli;
import org.pathway.generate.SampleGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * As a user would: run, change one paid disbursement in the input folder, run again as of
 * the same date, and find that exactly the metrics that depend on it changed in
 * metrics.csv, by exactly the change.
 */
class OneChangeTests {

	@TempDir
	Path work;

	@Test
	void changingOnePaidDisbursementChangesExactlyTheDisbursedFiguresOfItsScopes() throws IOException {
		Path input = this.work.resolve("input");
		SampleGenerator.generate(SampleGenerator.Scale.SMALL, 1, input);
		List<Map<String, String>> before = run(input);

		Path disbursements = input.resolve("disbursements.csv");
		List<String> lines = Files.readAllLines(disbursements);
		int index = 1;
		while (!lines.get(index).endsWith(",paid") || lines.get(index).contains("2026-")) {
			index++;
		}
		String[] d = lines.get(index).split(",");
		lines.set(index, String.join(",", d[0], d[1], d[2],
				new BigDecimal(d[3]).subtract(new BigDecimal("100.00")).toPlainString(), d[4]));
		Files.write(disbursements, lines);
		Map<String, String> regrant = find(input.resolve("regrants.csv"), d[1]);
		Map<String, String> grant = find(input.resolve("grants.csv"), regrant.get("grant_id"));
		Map<String, String> member = find(input.resolve("members.csv"), regrant.get("member_id"));
		List<Map<String, String>> after = run(input);

		Set<String> expected = new TreeSet<>();
		for (String scope : List.of("funder:" + grant.get("funder_id"), "network")) {
			expected.add("F6|" + scope + "|all|all");
			expected.add("F6|" + scope + "|award_year|" + regrant.get("award_date").substring(0, 4));
			expected.add("F6|" + scope + "|state|" + member.get("state"));
			expected.add("F6|" + scope + "|kind|" + member.get("kind"));
			expected.add("F6|" + scope + "|member|" + member.get("member_id"));
			if (!member.get("region").isEmpty()) {
				expected.add("F6|" + scope + "|region|" + member.get("region"));
			}
		}
		Set<String> changed = new TreeSet<>();
		Map<String, String> old = new java.util.HashMap<>();
		before.forEach((r) -> old.put(key(r), r.get("value")));
		assertThat(after).hasSameSizeAs(before);
		for (Map<String, String> row : after) {
			String was = old.get(key(row));
			assertThat(was).as("row present before: " + key(row)).isNotNull();
			if (!was.equals(row.get("value"))) {
				changed.add(row.get("metric") + "|" + row.get("scope") + "|" + row.get("dimension") + "|"
						+ row.get("subgroup"));
				assertThat(new BigDecimal(was).subtract(new BigDecimal(row.get("value"))))
					.isEqualByComparingTo("100.00");
			}
		}
		assertThat(changed).isEqualTo(expected);
	}

	private List<Map<String, String>> run(Path input) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(out, true, StandardCharsets.UTF_8))
			.run("run", "--input", input.toString(), "--output", this.work.resolve("output").toString(), "--data",
					this.work.resolve("data").toString(), "--as-of", "2026-09-30");
		assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
		return MetricsPropertiesTests.read(this.work.resolve("output/2026-09-30/metrics.csv"));
	}

	private static String key(Map<String, String> row) {
		return String.join("|", row.get("metric"), row.get("scope"), row.get("outcome"), row.get("dimension"),
				row.get("subgroup"), row.get("year"), row.get("currency"));
	}

	/**
	 * The row of a small input file whose first column is {@code id}, as a map (names may
	 * be quoted).
	 */
	private static Map<String, String> find(Path file, String id) throws IOException {
		List<String> lines = Files.readAllLines(file);
		String[] header = lines.get(0).split(",");
		for (String line : lines) {
			if (line.startsWith(id + ",")) {
				List<String> fields = new java.util.ArrayList<>();
				StringBuilder field = new StringBuilder();
				boolean quoted = false;
				for (char c : line.toCharArray()) {
					if (c == '"') {
						quoted = !quoted;
					}
					else if (c == ',' && !quoted) {
						fields.add(field.toString());
						field.setLength(0);
					}
					else {
						field.append(c);
					}
				}
				fields.add(field.toString());
				Map<String, String> row = new java.util.HashMap<>();
				for (int i = 0; i < header.length; i++) {
					row.put(header[i], fields.get(i));
				}
				return row;
			}
		}
		throw new AssertionError(id + " not in " + file);
	}

}
