package org.pathway.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.run.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Tests {@link CsvRecordSource} on hand-made edge cases, generated files that cross
 * buffer boundaries, and real externally authored files kept outside the repository.
 */
class CsvRecordSourceTest {

	private static final Path REALDATA = Path.of("..", "shared", "realdata");

	@Test
	void bomIsRemovedFromTheFirstHeaderName() throws IOException {
		Result result = read("\uFEFFid , Name\n1,a\n");
		assertThat(result.header).containsExactly("id", "Name");
		assertThat(result.values()).containsExactly(List.of("1", "a"));
		assertThat(result.problems.isEmpty()).isTrue();
	}

	@Test
	void onlyOneLeadingBomIsRemoved() throws IOException {
		Result result = read("\uFEFF\uFEFFid\n1\n");
		assertThat(result.header).containsExactly("\uFEFFid");
	}

	@Test
	void crlfAndLoneCrEndLines() throws IOException {
		Result result = read("a,b\r\n1,2\r\n3,4\r5,6\n7,8");
		assertThat(result.values()).containsExactly(List.of("1", "2"), List.of("3", "4"), List.of("5", "6"),
				List.of("7", "8"));
		assertThat(result.lines()).containsExactly(2L, 3L, 4L, 5L);
		assertThat(result.linesRead).isEqualTo(5);
		assertThat(result.problems.isEmpty()).isTrue();
	}

	@Test
	void quotedFieldsKeepCommasQuotesAndNewlinesAndLinesStayPhysical() throws IOException {
		Result result = read(
				"id,text\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\r\nlines\"\n4,\"x\ny\nz\"\n5,\"\"\n6,plain\n");
		assertThat(result.values()).containsExactly(List.of("1", "a, b"), List.of("2", "say \"hi\""),
				List.of("3", "two\r\nlines"), List.of("4", "x\ny\nz"), List.of("5", ""), List.of("6", "plain"));
		assertThat(result.lines()).containsExactly(2L, 3L, 4L, 6L, 9L, 10L);
		assertThat(result.linesRead).isEqualTo(10);
		assertThat(result.problems.isEmpty()).isTrue();
	}

	@Test
	void valuesAreReturnedExactlyAsWritten() throws IOException {
		Result result = read("a,b,c,d\n  x , 1.000,50 ,\n");
		assertThat(result.values()).containsExactly(List.of("  x ", " 1.000", "50 ", ""));
		assertThat(result.problems.isEmpty()).isTrue();
	}

	@Test
	void raggedRowsAreReportedWithBothCountsAndSkipped() throws IOException {
		Result result = read("a,b,c\n1,2,3\n1,2\n1,2,3,4\n7,8,9\n,,\n");
		assertThat(result.values()).containsExactly(List.of("1", "2", "3"), List.of("7", "8", "9"),
				List.of("", "", ""));
		assertThat(result.lines()).containsExactly(2L, 5L, 6L);
		assertThat(result.problems.kept()).extracting(Problem::line, Problem::message)
			.containsExactly(tuple(3L, "line 3 has 2 fields, the header has 3"),
					tuple(4L, "line 4 has 4 fields, the header has 3"));
	}

	@Test
	void latin1BytesAreReportedWithLineAndColumnAndTheRecordSkipped() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("id,name,city\n1,Ann,Paris\n2,Ren".getBytes(StandardCharsets.UTF_8));
		out.write(0xE9);
		out.writeBytes(",Montr".getBytes(StandardCharsets.UTF_8));
		out.write(0xE9);
		out.writeBytes("al\n3,Zo\u00eb,Li\u00e8ge\n4,\"X".getBytes(StandardCharsets.UTF_8));
		out.write(0x92);
		out.writeBytes("s\",Y\n".getBytes(StandardCharsets.UTF_8));
		Result result = read(out.toByteArray());
		assertThat(result.values()).containsExactly(List.of("1", "Ann", "Paris"),
				List.of("3", "Zo\u00eb", "Li\u00e8ge"));
		assertThat(result.problems.kept()).extracting(Problem::line, Problem::column)
			.containsExactly(tuple(3L, "name"), tuple(3L, "city"), tuple(5L, "name"));
		assertThat(result.problems.kept().get(0).message())
			.isEqualTo("byte 0xE9 is not valid UTF-8; save the file as UTF-8 (CSV UTF-8 in Excel)");
		assertThat(result.problems.kept().get(2).message()).startsWith("byte 0x92 ");
		assertThat(result.linesRead).isEqualTo(5);
	}

	@Test
	void everyLineWithBadBytesIsReportedAcrossManyBuffers() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("id,name\n".getBytes(StandardCharsets.UTF_8));
		for (int i = 2; i <= 40_001; i++) {
			out.writeBytes((i + ",").getBytes(StandardCharsets.UTF_8));
			if (i % 2 == 0) {
				out.writeBytes(new byte[] { 'R', 'e', 'n', (byte) 0xE9, (byte) 0xE9, (byte) 0xFF, '\n' });
			}
			else {
				out.writeBytes("Ren\u00e9\n".getBytes(StandardCharsets.UTF_8));
			}
		}
		Result result = read(out.toByteArray());
		assertThat(result.records).hasSize(20_000).allSatisfy((r) -> {
			assertThat(r.line() % 2).isEqualTo(1);
			assertThat(r.values()[1]).isEqualTo("Ren\u00e9");
		});
		assertThat(result.problems.count()).isEqualTo(20_000);
		assertThat(result.problems.kept()).hasSize(Problems.KEPT)
			.allSatisfy((problem) -> assertThat(problem.line() % 2).isZero());
		assertThat(result.linesRead).isEqualTo(40_001);
	}

	@Test
	void aGenuineReplacementCharacterIsNotABadByte() throws IOException {
		Result result = read("a\n\uFFFD\n");
		assertThat(result.values()).containsExactly(List.of("\uFFFD"));
		assertThat(result.problems.isEmpty()).isTrue();
	}

	@Test
	void aTruncatedSequenceAtTheEndAndABadHeaderAreReported() throws IOException {
		byte[] bytes = { 'n', (byte) 0xC3, ',', 'b', '\n', '1', ',', (byte) 0xC3 };
		Result result = read(bytes);
		assertThat(result.header).containsExactly("n\uFFFD", "b");
		assertThat(result.records).isEmpty();
		assertThat(result.problems.kept()).extracting(Problem::toString)
			.containsExactly(
					"test.csv:1: column 1: byte 0xC3 is not valid UTF-8; save the file as UTF-8 (CSV UTF-8 in Excel)",
					"test.csv:2:b: byte 0xC3 is not valid UTF-8; save the file as UTF-8 (CSV UTF-8 in Excel)");
	}

	@Test
	void anUnterminatedQuoteEndsTheStreamInsteadOfSwallowingTheRestOfTheFile() throws IOException {
		StringBuilder csv = new StringBuilder("id,title\n1,fine\n2,\"never closed\n");
		for (int i = 4; i <= 1001; i++) {
			csv.append(i - 1).append(",row ").append(i).append('\n');
		}
		try (CsvRecordSource source = source(csv.toString().getBytes(StandardCharsets.UTF_8))) {
			assertThat(source.next().values()).containsExactly("1", "fine");
			assertThat(source.next()).isNull();
			assertThat(source.next()).isNull();
			assertThat(source.linesRead()).isEqualTo(1001);
		}
		Problems problems = read(csv.toString()).problems;
		assertThat(problems.count()).isEqualTo(1);
		assertThat(problems.kept().get(0).line()).isEqualTo(3);
		assertThat(problems.kept().get(0).message())
			.startsWith("a quoted field opened here is never closed (column title): the file ends inside it");
	}

	@Test
	void aQuotedFieldRunningPastTheLineCapEndsTheStreamWithoutReadingOn() throws IOException {
		StringBuilder csv = new StringBuilder("id,title\n1,\"oops\n");
		for (int i = 3; i <= 30_000; i++) {
			csv.append(i).append(",x\n");
		}
		Result result = read(csv.toString());
		assertThat(result.records).isEmpty();
		assertThat(result.problems.count()).isEqualTo(1);
		assertThat(result.problems.kept().get(0).line()).isEqualTo(2);
		assertThat(result.problems.kept().get(0).message()).contains("never closed", "more than 10,000 lines");
		assertThat(result.linesRead).isEqualTo(1 + CsvRecordSource.MAX_RECORD_LINES);
	}

	@Test
	void aRecordLongerThanTheCharacterCapEndsTheStream() throws IOException {
		String huge = "x".repeat(CsvRecordSource.MAX_RECORD_CHARS + 70_000);
		Result quoted = read("a,b\n1,2\n3,\"" + huge + "\"\n4,5\n");
		assertThat(quoted.values()).containsExactly(List.of("1", "2"));
		assertThat(quoted.problems.kept()).singleElement()
			.satisfies((problem) -> assertThat(problem.line()).isEqualTo(3))
			.satisfies((problem) -> assertThat(problem.message()).contains("never closed (column b)", "1,048,576"));
		Result unquoted = read("a,b\n1,2\n3," + huge + "\n4,5\n");
		assertThat(unquoted.values()).containsExactly(List.of("1", "2"));
		assertThat(unquoted.problems.kept()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).startsWith("the line is longer than 1,048,576"));
	}

	@Test
	void blankLinesAreSkippedButCountedAndATrailingNewlineIsNoRecord() throws IOException {
		Result result = read("\r\na,b\n\n1,2\r\n\r\n\n3,4\n\n");
		assertThat(result.header).containsExactly("a", "b");
		assertThat(result.lines()).containsExactly(4L, 7L);
		assertThat(result.linesRead).isEqualTo(8);
		assertThat(result.problems.isEmpty()).isTrue();
		Result noFinalNewline = read("a,b\n1,2");
		assertThat(noFinalNewline.values()).containsExactly(List.of("1", "2"));
		assertThat(noFinalNewline.linesRead).isEqualTo(2);
	}

	@Test
	void aLineOfSpacesIsNotBlank() throws IOException {
		Result result = read("a,b\n  \n1,2\n");
		assertThat(result.lines()).containsExactly(3L);
		assertThat(result.problems.kept()).extracting(Problem::message)
			.containsExactly("line 2 has 1 fields, the header has 2");
	}

	@Test
	void anEmptyFileHasNoHeader() throws IOException {
		for (String content : List.of("", "\uFEFF", "\n\r\n\n")) {
			Result result = read(content);
			assertThat(result.header).isEmpty();
			assertThat(result.records).isEmpty();
			assertThat(result.problems.kept()).extracting(Problem::toString)
				.containsExactly("test.csv: the file is empty: expected a header line naming the columns");
		}
	}

	@Test
	void aHeaderWithoutRecordsIsFine() throws IOException {
		Result result = read("a,b\n");
		assertThat(result.header).containsExactly("a", "b");
		assertThat(result.records).isEmpty();
		assertThat(result.problems.isEmpty()).isTrue();
	}

	@Test
	void duplicateAndEmptyHeaderNamesAreReported() throws IOException {
		Result result = read("id,Amount, ,amount ,\"ID\"\n1,2,3,4,5\n");
		assertThat(result.header).containsExactly("id", "Amount", "", "amount", "ID");
		assertThat(result.problems.kept()).extracting(Problem::message)
			.containsExactly("column 3 has no name in the header",
					"the column name \"amount\" appears twice in the header (columns 2 and 4; case does not matter)",
					"the column name \"ID\" appears twice in the header (columns 1 and 5; case does not matter)");
		assertThat(result.records).hasSize(1);
	}

	@Test
	void aStrayQuoteInAnUnquotedFieldSkipsTheRecord() throws IOException {
		Result result = read("a,size\n1,12\" pipe\n2,ok\n3,\"x\"y\n4,5 \"\"in\"\n");
		assertThat(result.values()).containsExactly(List.of("2", "ok"));
		assertThat(result.problems.kept()).extracting(Problem::line, Problem::column)
			.containsExactly(tuple(2L, "size"), tuple(4L, "size"), tuple(5L, "size"));
		assertThat(result.problems.kept().get(0).message()).startsWith("a quote (\") inside a value");
		assertThat(result.problems.kept().get(1).message()).startsWith("text after the closing quote");
	}

	@Test
	void theStreamIsClosedAndThePathConstructorLeavesTheFileAlone(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("grants.csv");
		Files.writeString(file, "a\n1\n");
		String digest = sha256(file);
		try (CsvRecordSource source = new CsvRecordSource(file, new Problems("grants.csv"))) {
			assertThat(source.next().values()).containsExactly("1");
		}
		assertThat(sha256(file)).isEqualTo(digest);
		boolean[] closed = { false };
		InputStream in = new FilterInputStream(new ByteArrayInputStream("a\n1\n".getBytes())) {
			@Override
			public void close() {
				closed[0] = true;
			}
		};
		new CsvRecordSource(in, new Problems("x")).close();
		assertThat(closed[0]).isTrue();
	}

	@Test
	void generatedFilesReadBackExactlyAcrossBufferBoundariesAndTrickleFeeds() throws IOException {
		Random random = new Random(42);
		String[] pieces = { "a", "b,c", "\"", "\r\n", "\n", "\u00e9", "\u20ac", "\uD83D\uDE00", " ", "", "12.50", "x" };
		List<List<String>> expected = new ArrayList<>();
		List<Long> expectedLines = new ArrayList<>();
		StringBuilder csv = new StringBuilder("one,two,three\r\n");
		long line = 2;
		while (csv.length() < 400_000) {
			List<String> values = new ArrayList<>();
			StringBuilder record = new StringBuilder();
			for (int f = 0; f < 3; f++) {
				StringBuilder value = new StringBuilder();
				for (int n = random.nextInt(6); n > 0; n--) {
					value.append(pieces[random.nextInt(pieces.length)]);
				}
				values.add(value.toString());
				boolean quote = random.nextBoolean() || value.toString().matches("(?s).*[\",\r\n].*");
				record.append((f > 0) ? "," : "")
					.append(quote ? "\"" + value.toString().replace("\"", "\"\"") + "\"" : value);
			}
			expected.add(values);
			expectedLines.add(line);
			String text = String.join("", values);
			line += text.split("\r\n|\n", -1).length;
			csv.append(record).append(random.nextBoolean() ? "\r\n" : "\n");
		}
		byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
		for (boolean trickle : new boolean[] { false, true }) {
			Problems problems = new Problems("gen.csv");
			InputStream in = new ByteArrayInputStream(bytes);
			if (trickle) {
				in = new FilterInputStream(in) {
					@Override
					public int read(byte[] b, int off, int len) throws IOException {
						return super.read(b, off, Math.min(len, 7));
					}
				};
			}
			Result result = collect(new CsvRecordSource(in, problems), problems);
			assertThat(result.problems.kept()).isEmpty();
			assertThat(result.values()).isEqualTo(expected);
			assertThat(result.lines()).isEqualTo(expectedLines);
			assertThat(result.linesRead).isEqualTo(line - 1);
		}
	}

	@Test
	void realBomCsvFromThe360GivingValidator() throws IOException {
		Result result = readReal("360giving/bom.csv");
		assertThat(result.header).containsExactly("Identifier", "Currency");
		assertThat(result.header.get(0).charAt(0)).isEqualTo('I');
		assertThat(result.values()).containsExactly(List.of("42", "GBP"));
		assertThat(result.linesRead).isEqualTo(2);
		assertThat(result.problems.isEmpty()).isTrue();
	}

	@Test
	void realWindows1252FileIsReportedLineByLineAndNothingIsDecodedSilently() throws IOException {
		Result result = readReal("360giving/fundingproviders-grants_2_grants_cp1252.csv");
		assertThat(result.header).hasSize(24).startsWith("Identifier", "Grant number");
		assertThat(result.records).isEmpty();
		assertThat(result.problems.kept()).extracting(Problem::line, Problem::column, Problem::message)
			.containsExactly(
					tuple(2L, "Identifier",
							"byte 0x80 is not valid UTF-8; save the file as UTF-8 (CSV UTF-8 in Excel)"),
					tuple(3L, "Identifier",
							"byte 0x80 is not valid UTF-8; save the file as UTF-8 (CSV UTF-8 in Excel)"));
		assertThat(result.linesRead).isEqualTo(3);
	}

	@Test
	void realDecimalAmountsAreReadExactly() throws IOException {
		Result result = readReal("360giving/decimal_amounts.csv");
		assertThat(result.header).containsExactly("Currency", "Amount Awarded");
		assertThat(result.values()).hasSize(7)
			.allSatisfy((values) -> assertThat(values).containsExactly("GBP", "1000.1"));
		assertThat(result.linesRead).isEqualTo(8);
		assertThat(result.problems.isEmpty()).isTrue();
	}

	@Test
	void realMilestonesFileKeepsSuppressionMarkersVerbatim() throws IOException {
		Result result = readReal("milestones/loading_example.csv");
		assertThat(result.header).hasSize(21).startsWith("SCHOOL_YEAR", "AGENCY_TYPE");
		assertThat(result.records).hasSize(24);
		RawRecord suppressed = result.records.stream().filter((r) -> r.line() == 9).findFirst().orElseThrow();
		assertThat(suppressed.values()[12]).isEqualTo("*");
		assertThat(suppressed.values()[16]).isEqualTo("[Data Suppressed]");
		assertThat(suppressed.values()[20]).isEqualTo("*");
		assertThat(result.problems.isEmpty()).isTrue();
	}

	@Test
	void realLargeIrsFileIsReadWhole() throws IOException {
		Path file = REALDATA.resolve("regrants/201533089349301428.csv");
		assumeThat(Files.isRegularFile(file)).isTrue();
		long newlines = 0;
		for (byte b : Files.readAllBytes(file)) {
			newlines += (b == '\n') ? 1 : 0;
		}
		Result result = readReal("regrants/201533089349301428.csv");
		assertThat(result.header).hasSize(10).startsWith("object_id", "form");
		assertThat(result.records).hasSize((int) newlines - 1);
		assertThat(result.linesRead).isEqualTo(newlines);
		assertThat(result.records.get(result.records.size() - 1).line()).isEqualTo(newlines);
		assertThat(result.records).allSatisfy((r) -> assertThat(r.values()[9]).doesNotContain("\r"));
		assertThat(result.problems.isEmpty()).isTrue();
	}

	private static Result readReal(String name) throws IOException {
		Path file = REALDATA.resolve(name);
		assumeThat(Files.isDirectory(REALDATA)).as("real data folder %s", REALDATA.toAbsolutePath()).isTrue();
		Problems problems = new Problems(name);
		return collect(new CsvRecordSource(file, problems), problems);
	}

	private static Result read(String content) throws IOException {
		return read(content.getBytes(StandardCharsets.UTF_8));
	}

	private static Result read(byte[] content) throws IOException {
		Problems problems = new Problems("test.csv");
		return collect(new CsvRecordSource(new ByteArrayInputStream(content), problems), problems);
	}

	private static CsvRecordSource source(byte[] content) throws IOException {
		return new CsvRecordSource(new ByteArrayInputStream(content), new Problems("test.csv"));
	}

	private static Result collect(CsvRecordSource source, Problems problems) throws IOException {
		try (source) {
			List<RawRecord> records = new ArrayList<>();
			for (RawRecord record = source.next(); record != null; record = source.next()) {
				assertThat(record.values()).hasSize(source.header().size());
				records.add(record);
			}
			assertThat(source.next()).isNull();
			return new Result(source.header(), records, problems, source.linesRead());
		}
	}

	private static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

	private record Result(List<String> header, List<RawRecord> records, Problems problems, long linesRead) {

		List<List<String>> values() {
			return this.records.stream().map((r) -> List.of(r.values())).toList();
		}

		List<Long> lines() {
			return this.records.stream().map(RawRecord::line).toList();
		}

	}

}
