package org.pathway.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.cli.Cli;
import org.pathway.io.Sha256;
import org.pathway.render.pdf.PdfText;
import org.pathway.support.TinyInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports as their readers get them, through the command line: the output layout and
 * manifest of contract.md section 3, funder isolation, every name rendered, input text
 * never a formula, byte-identical reruns, and totals that agree with metrics.csv.
 */
class ReportsEndToEndTests {

	static final String MEMBERS = """
			member_id,name,kind,state,region
			detroit,"Detroit Cradle to Career, Inc.",community_partnership,MI,Southeast Michigan
			la,Alianza Educativa del Valle — Coöperativa Ñandú,community_partnership,CA,Los Angeles County
			wa-coalition,"=HYPERLINK(""http://example.org"",""click"")",state_policy_coalition,WA,Washington State
			hanoi,Đồng Tâm Học Tập Partnership,community_partnership,TX,
			sf,学习共同体 Learning Commons,community_partnership,CA,
			dearborn,مؤسسة التعليم Coalition,community_partnership,MI,Southeast Michigan
			""";

	static final String REGRANTS = TinyInput.REGRANTS + """
			R6,G-BALLMER,hanoi,USD,100,2025-01-15,2025-02-01,2025-12-31,
			R7,G-BALLMER,sf,USD,200,2025-01-15,2025-02-01,2025-12-31,
			R8,G-BALLMER,dearborn,USD,300,2025-01-15,2025-02-01,2025-12-31,
			R9,G-BALLMER,wa-coalition,USD,400,2025-01-15,2025-02-01,2025-12-31,
			""";

	@TempDir
	static Path work;

	static Path out;

	@BeforeAll
	static void run() throws IOException {
		Path input = TinyInput.write(work.resolve("input"));
		TinyInput.write(input, "members.csv", MEMBERS);
		TinyInput.write(input, "regrants.csv", REGRANTS);
		out = work.resolve("output");
		assertThat(cli(input, out, work.resolve("data"))).isZero();
	}

	@Test
	void everyReportIsWhereTheContractSaysAndTheManifestListsItWithItsChecksum() throws IOException {
		Path day = out.resolve("2026-09-30");
		for (String file : List.of("funder-report/ballmer/ballmer-2026-09-30.pdf",
				"funder-report/ballmer/ballmer-2026-09-30.xlsx", "funder-report/horizon/horizon-2026-09-30.pdf",
				"funder-report/horizon/horizon-2026-09-30.xlsx", "strategic-plan/network/strategic-plan-2026-09-30.pdf",
				"strategic-plan/network/strategic-plan-2026-09-30.xlsx", "metrics.csv", "issues.csv",
				"manifest.json")) {
			assertThat(day.resolve(file)).as(file).isRegularFile();
		}
		JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(day.resolve("manifest.json")));
		String pdf = "strategic-plan/network/strategic-plan-2026-09-30.pdf";
		assertThat(manifest.path("as_of").asString()).isEqualTo("2026-09-30");
		JsonNode output = null;
		for (JsonNode out : manifest.path("outputs")) {
			output = out.path("path").asString().equals(pdf) ? out : output;
		}
		assertThat(output).isNotNull();
		assertThat(output.path("report").asString()).isEqualTo("strategic-plan");
		assertThat(output.path("scope").asString()).isEqualTo("network");
		assertThat(output.path("format").asString()).isEqualTo("pdf");
		assertThat(output.path("bytes").asLong()).isEqualTo(Files.size(day.resolve(pdf)));
		assertThat(output.path("sha256").asString()).isEqualTo(Sha256.of(day.resolve(pdf)));
		assertThat(output.path("run_id").asLong()).isEqualTo(manifest.path("run_id").asLong()).isPositive();
		JsonNode regrants = null;
		for (JsonNode in : manifest.path("inputs")) {
			regrants = in.path("path").asString().equals("regrants.csv") ? in : regrants;
		}
		assertThat(regrants.path("sha256").asString()).isEqualTo(Sha256.of(work.resolve("input/regrants.csv")));
		assertThat(regrants.path("rows").asLong()).isEqualTo(7);
		assertThat(regrants.path("status").asString()).isEqualTo("accepted");
		try (Stream<Path> files = Files.walk(day)) {
			assertThat(files.filter((f) -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
		}
	}

	@Test
	void aFundersReportNeverShowsAnotherFundersNameGrantOrMoney() throws IOException {
		String horizon = text("funder-report/horizon/horizon-2026-09-30");
		String ballmer = text("funder-report/ballmer/ballmer-2026-09-30");
		assertThat(ballmer).contains("Ballmer Group").contains("G-BALLMER");
		assertThat(ballmer).doesNotContain("Horizon").doesNotContain("G-HORIZON").doesNotContain("EUR");
		assertThat(horizon).contains("Fondation Horizon Jeunesse").contains("EUR 400,000.00");
		assertThat(horizon).doesNotContain("Ballmer").doesNotContain("G-BALLMER").doesNotContain("USD");
		// R3 (Horizon's regrant to la) is in Horizon's report only
		assertThat(horizon).contains("R3");
		assertThat(ballmer).doesNotContain("R3");
	}

	@Test
	void everyNameOfTheInputRendersInThePdf() throws IOException {
		// a long name wraps inside its table column: compare with line breaks taken as
		// spaces
		String text = PdfText.of(out.resolve("2026-09-30/strategic-plan/network/strategic-plan-2026-09-30.pdf"))
			.replaceAll("\\s+", " ");
		for (String name : List.of("Detroit Cradle to Career, Inc.", "Alianza Educativa del Valle — Coöperativa Ñandú",
				"Đồng Tâm Học Tập Partnership", "学习共同体 Learning Commons")) {
			assertThat(text).as(name).contains(name);
		}
	}

	@Test
	void anArabicNameReadsBackAsWrittenWithAStandardExtractor() throws Exception {
		// OpenPDF's own extractor returns shaped Arabic in visual order; poppler's
		// pdftotext returns the
		// logical order, which after folding the presentation forms (NFKC) and dropping
		// its bidi marks
		// must give the input's letters in the input's order (it moves the space around
		// the embedding)
		Path pdftotext = Path.of("/usr/bin/pdftotext");
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(pdftotext),
				"pdftotext (poppler-utils) is not installed");
		Path pdf = out.resolve("2026-09-30/strategic-plan/network/strategic-plan-2026-09-30.pdf");
		Process process = new ProcessBuilder(pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), "-").start();
		String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).isZero();
		assertThat(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
			.replaceAll("[\\u202A-\\u202E\\u2066-\\u2069\\s]", "")).contains("مؤسسةالتعليمCoalition");
	}

	@Test
	void textFromTheInputIsNeverAFormula() throws IOException {
		for (Path workbook : workbooks()) {
			try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
				boolean found = false;
				for (Sheet sheet : book) {
					for (Row row : sheet) {
						for (Cell cell : row) {
							assertThat(cell.getCellType())
								.as(workbook + " " + sheet.getSheetName() + " " + cell.getAddress())
								.isNotEqualTo(CellType.FORMULA);
							found |= cell.getCellType() == CellType.STRING
									&& cell.getStringCellValue().equals("=HYPERLINK(\"http://example.org\",\"click\")");
						}
					}
				}
				if (workbook.toString().contains("ballmer") || workbook.toString().contains("strategic-plan")) {
					assertThat(found).as("the formula-looking name is there, as text, in " + workbook).isTrue();
				}
			}
		}
	}

	@Test
	void theSameInputAndDateGiveByteIdenticalReports() throws IOException {
		Path again = work.resolve("again");
		assertThat(cli(work.resolve("input"), again, work.resolve("data-again"))).isZero();
		for (String file : List.of("funder-report/ballmer/ballmer-2026-09-30.pdf",
				"funder-report/ballmer/ballmer-2026-09-30.xlsx", "strategic-plan/network/strategic-plan-2026-09-30.pdf",
				"strategic-plan/network/strategic-plan-2026-09-30.xlsx", "metrics.csv")) {
			assertThat(Files.readAllBytes(again.resolve("2026-09-30").resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(out.resolve("2026-09-30").resolve(file)));
		}
	}

	@Test
	void theWorkbooksMetricsSheetHoldsExactlyTheValuesOfMetricsCsvForItsScope() throws IOException {
		List<String> csv = Files.readAllLines(out.resolve("2026-09-30/metrics.csv"));
		List<String> network = csv.stream().filter((line) -> line.contains(",network,")).toList();
		List<String> sheet = new ArrayList<>();
		try (InputStream in = Files
			.newInputStream(out.resolve("2026-09-30/strategic-plan/network/strategic-plan-2026-09-30.xlsx"));
				XSSFWorkbook book = new XSSFWorkbook(in)) {
			Sheet metrics = book.getSheet("Metrics");
			for (Row row : metrics) {
				if (row.getRowNum() == 0) {
					continue;
				}
				List<String> fields = new ArrayList<>();
				for (int c = 0; c < 9; c++) {
					Cell cell = row.getCell(c);
					if (cell == null || cell.getCellType() == CellType.BLANK) {
						fields.add("");
					}
					else if (cell.getCellType() == CellType.NUMERIC) {
						fields.add(new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros()
							.toPlainString());
					}
					else {
						fields.add(cell.getStringCellValue());
					}
				}
				if (fields.get(1).equals("network")) {
					sheet.add(String.join(",", fields));
				}
			}
		}
		assertThat(sheet).hasSameSizeAs(network);
		for (int i = 0; i < network.size(); i++) {
			String[] expected = network.get(i).split(",", -1);
			String[] actual = sheet.get(i).split(",", -1);
			for (int c = 0; c < 9; c++) {
				if (c == 7 && !expected[7].isEmpty()) {
					assertThat(new BigDecimal(actual[7]).subtract(new BigDecimal(expected[7])).abs()).as(network.get(i))
						.isLessThan(new BigDecimal("1e-9"));
				}
				else {
					assertThat(actual[c]).as(network.get(i) + " column " + c).isEqualTo(expected[c]);
				}
			}
		}
	}

	private static List<Path> workbooks() throws IOException {
		try (Stream<Path> files = Files.walk(out.resolve("2026-09-30"))) {
			return files.filter((f) -> f.toString().endsWith(".xlsx")).toList();
		}
	}

	/** The PDF's text and every cell of the workbook, for one report. */
	private static String text(String stem) throws IOException {
		StringBuilder text = new StringBuilder(PdfText.of(out.resolve("2026-09-30").resolve(stem + ".pdf")));
		try (InputStream in = Files.newInputStream(out.resolve("2026-09-30").resolve(stem + ".xlsx"));
				XSSFWorkbook book = new XSSFWorkbook(in)) {
			for (Sheet sheet : book) {
				text.append('\n').append(sheet.getSheetName());
				for (Row row : sheet) {
					for (Cell cell : row) {
						text.append('\n').append(cell.toString());
					}
				}
			}
		}
		return text.toString();
	}

	private static int cli(Path input, Path output, Path data) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		int exit = new Cli(stream, stream).run("run", "--input", input.toString(), "--output", output.toString(),
				"--data", data.toString(), "--as-of", "2026-09-30");
		if (exit != 0) {
			System.err.println(bytes.toString(StandardCharsets.UTF_8));
		}
		return exit;
	}

}
