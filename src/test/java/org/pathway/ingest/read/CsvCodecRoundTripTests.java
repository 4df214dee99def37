package org.pathway.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.pathway.io.CsvFields;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The strict reader of input files and the field codec of every CSV Pathway writes agree:
 * what {@link CsvFields#quote} writes, {@link CsvRecordSource} reads back exactly, with
 * the line each record starts on, across buffer boundaries and without a problem.
 */
class CsvCodecRoundTripTests {

	@Test
	void whatTheCodecWritesTheStrictReaderReadsBack() throws IOException {
		Random random = new Random(7);
		StringBuilder csv = new StringBuilder("a,b,c\n");
		List<List<String>> rows = new ArrayList<>();
		List<Long> lines = new ArrayList<>();
		long line = 2;
		for (int r = 0; r < 80_000; r++) {
			List<String> row = List.of(value(random), value(random), "r" + r);
			String written = String.join(",", row.stream().map(CsvFields::quote).toList());
			rows.add(row);
			lines.add(line);
			csv.append(written).append('\n');
			line += 1 + lines(written);
		}
		Problems problems = new Problems("round-trip.csv");
		List<List<String>> read = new ArrayList<>();
		List<Long> readLines = new ArrayList<>();
		try (CsvRecordSource source = new CsvRecordSource(
				new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), problems)) {
			RawRecord record;
			while ((record = source.next()) != null) {
				read.add(Arrays.asList(record.values()));
				readLines.add(record.line());
			}
		}
		assertThat(problems.kept()).isEmpty();
		assertThat(read).isEqualTo(rows);
		assertThat(readLines).isEqualTo(lines);
		assertThat(csv.length()).as("crosses many buffers").isGreaterThan(8 << 16);
	}

	/**
	 * Physical lines a written row spans beyond its first: CRLF, CR or LF each end one.
	 */
	private static long lines(String written) {
		return written.replace("\r\n", "\n").chars().filter((c) -> c == '\n' || c == '\r').count();
	}

	/** Letters, accented text, spaces and every special character; often empty. */
	private static String value(Random random) {
		String alphabet = "ab é,\"\n\r'=";
		StringBuilder value = new StringBuilder();
		int length = random.nextInt(6) * random.nextInt(3);
		for (int i = 0; i < length; i++) {
			value.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return value.toString();
	}

}
