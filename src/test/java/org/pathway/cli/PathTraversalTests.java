package org.pathway.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.support.TinyInput;
import org.pathway.support.TinyWorkbook;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An identifier that would become a path outside the output folder, for each kind of id
 * that names a file or folder, run end to end as a user would on a folder that loaded
 * before: the file that brings it is refused with FILE:LINE:COLUMN, the run goes on with
 * what it had, and nothing is written outside the output folder.
 */
class PathTraversalTests {

	private static final String EVIL = "input/../../../../elsewhere/x";

	private static final String REFUSED = "\"" + EVIL + "\" cannot name a report folder: it contains '/' at"
			+ " position 6; expected letters, digits and - _ . (starting with a letter or digit, no '..', no '.' at"
			+ " the end), at most 100 characters";

	private static final String GIVING360_HEADER = "Identifier,Title,Currency,Amount Awarded,Award Date,"
			+ "Recipient Org:Identifier,Recipient Org:Name,Funding Org:Identifier,Funding Org:Name";

	@TempDir
	Path work;

	private final Console console = new Console();

	@Test
	void aFunderIdInACsvFile() throws IOException {
		Path input = input();
		TinyInput.write(input, "funders.csv", TinyInput.FUNDERS + EVIL + ",Evil Fund,\n");
		TinyInput.write(input, "grants-evil.csv",
				"grant_id,funder_id,title,currency,amount,award_date,start_date,end_date,regrant_pool_amount\n"
						+ "G-EVIL," + EVIL + ",Evil grant,USD,100,2025-01-15,2025-01-01,2027-12-31,0\n");
		assertThat(run()).isEqualTo(1);
		assertThat(this.console.err()).contains("funders.csv:4:funder_id: " + REFUSED);
		assertThat(this.console.out()).contains("rejected  funders.csv")
			.contains("rejected  grants-evil.csv")
			.containsPattern("funders\\s+2\\n");
		assertNothingOutsideTheOutputFolder();
		// the other funders' reports are written, where they belong
		assertThat(this.work.resolve("output/2026-09-30/funder-report/ballmer/ballmer-2026-09-30.pdf")).isRegularFile();
	}

	@Test
	void aFunderIdInAWorkbook() throws IOException {
		Path input = input();
		TinyWorkbook.write(input.resolve("funders-2026.xlsx"), "funders",
				TinyWorkbook.rows("funder_id,name\nmeridian,Meridian Fund\n" + EVIL + ",Evil Fund"));
		assertThat(run()).isEqualTo(1);
		assertThat(this.console.err()).contains("funders-2026.xlsx:3:funder_id: " + REFUSED);
		assertThat(this.console.out()).contains("rejected  funders-2026.xlsx").containsPattern("funders\\s+2\\n");
		assertNothingOutsideTheOutputFolder();
	}

	@Test
	void aMemberId() throws IOException {
		Path input = input();
		TinyInput.write(input, "members.csv",
				TinyInput.MEMBERS + EVIL + ",Evil Partnership,community_partnership,MI,\n");
		assertThat(run()).isEqualTo(1);
		assertThat(this.console.err()).contains("members.csv:5:member_id: " + REFUSED);
		assertThat(this.console.out()).containsPattern("members\\s+3\\n");
		assertNothingOutsideTheOutputFolder();
	}

	@Test
	void aFundingOrganisationIn360GivingJson() throws IOException {
		Path input = input();
		Files.writeString(input.resolve("giving.json"), """
				{"grants": [
				  {"id": "360G-EVIL-1", "title": "Evil grant", "currency": "USD", "amountAwarded": 100,
				   "awardDate": "2025-01-15",
				   "recipientOrganization": [{"id": "US-EIN-00-0000001", "name": "Us"}],
				   "fundingOrganization": [{"id": "%s", "name": "Evil Fund"}]}
				]}
				""".formatted(EVIL));
		assertThat(run()).isEqualTo(1);
		assertThat(this.console.err()).contains("giving.json:2:grants/0/fundingOrganization/0/id: " + REFUSED);
		assertThat(this.console.out()).containsPattern("funders\\s+2\\n");
		assertNothingOutsideTheOutputFolder();
	}

	@Test
	void aFundingOrganisationIn360GivingSpreadsheets() throws IOException {
		Path input = input();
		String grant = "360G-EVIL-1,Evil grant,USD,100,2025-01-15,US-EIN-00-0000001,Us," + EVIL + ",Evil Fund";
		TinyWorkbook.write(input.resolve("giving.xlsx"), "grants", TinyWorkbook.rows(GIVING360_HEADER + "\n" + grant));
		TinyInput.write(input, "giving-2.csv", GIVING360_HEADER + "\n" + grant.replace("EVIL-1", "EVIL-2") + "\n");
		assertThat(run()).isEqualTo(1);
		assertThat(this.console.err()).contains("giving.xlsx:2:Funding Org:Identifier: " + REFUSED)
			.contains("giving-2.csv:2:Funding Org:Identifier: " + REFUSED);
		assertNothingOutsideTheOutputFolder();
	}

	@Test
	void aReportOrTemplateId() throws IOException {
		Path input = input();
		assertThat(this.console.run("run", "--input", input.toString(), "--output", output(), "--data", data(),
				"--as-of", "2026-09-30", "--report", "../../elsewhere/x"))
			.isEqualTo(2);
		assertThat(this.console.err())
			.contains("--report ../../elsewhere/x: expected one of funder-report, strategic-plan");
		assertNothingOutsideTheOutputFolder();
	}

	/** The tiny input, run once as it is, so that the bad file has something to keep. */
	@Test
	void anUnsafeIdAlreadyInTheDatabaseIsRefusedWhenTheReportIsWritten() throws Exception {
		input();
		// a database filled by an older version, whose ingest let such an id through
		try (java.sql.Connection db = java.sql.DriverManager
			.getConnection("jdbc:h2:file:" + this.work.resolve("data/pathway").toAbsolutePath(), "sa", "")) {
			db.createStatement()
				.execute(
						"INSERT INTO funder (funder_id, name, source_file) VALUES ('" + EVIL + "', 'Evil', 'old.csv')");
			db.createStatement()
				.execute("INSERT INTO funder_grant VALUES ('G-EVIL', '" + EVIL + "', 'Evil grant', 'USD', 100,"
						+ " DATE '2025-01-15', DATE '2025-01-01', DATE '2027-12-31', 0, 'old.csv')");
		}
		assertThat(this.console.run("run", "--input", this.work.resolve("input").toString(), "--output", output(),
				"--data", data(), "--as-of", "2026-10-31"))
			.isEqualTo(4);
		assertThat(this.console.err()).contains("refused to write under")
			.contains("\"" + EVIL + "\" is not a plain file or folder name")
			.doesNotContain("\tat ");
		assertNothingOutsideTheOutputFolder();
	}

	private Path input() {
		Path input = TinyInput.write(this.work.resolve("input"));
		assertThat(run()).isZero();
		this.console.clear();
		return input;
	}

	private int run() {
		return this.console.run("run", "--input", this.work.resolve("input").toString(), "--output", output(), "--data",
				data(), "--as-of", "2026-09-30");
	}

	private String output() {
		return this.work.resolve("output").toString();
	}

	private String data() {
		return this.work.resolve("data").toString();
	}

	/** Every file of the work folder is in the input, the output or the data folder. */
	private void assertNothingOutsideTheOutputFolder() throws IOException {
		assertThat(this.work.resolve("elsewhere")).doesNotExist();
		try (Stream<Path> files = Files.walk(this.work)) {
			List<Path> strays = files.filter(Files::isRegularFile)
				.map(this.work::relativize)
				.filter((file) -> !List.of("input", "output", "data").contains(file.getName(0).toString()))
				.toList();
			assertThat(strays).isEmpty();
		}
		try (Stream<Path> files = Files.walk(this.work.resolve("input"))) {
			assertThat(files.filter((file) -> file.toString().endsWith(".pdf") || file.toString().endsWith(".tmp")))
				.isEmpty();
		}
	}

}
