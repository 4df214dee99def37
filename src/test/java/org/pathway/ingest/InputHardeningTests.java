package org.pathway.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.PathwayApplication;
import org.pathway.pipeline.RunLauncher;
import org.pathway.pipeline.RunRequest;
import org.pathway.pipeline.RunResult;
import org.pathway.run.FileOutcome;
import org.pathway.run.Problem;
import org.pathway.support.Databases;
import org.pathway.support.TinyInput;
import org.pathway.support.TinyWorkbook;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Hostile or careless input meets the ingest: control characters in every format, a key
 * given twice in plan.yml, formula cells, links out of the folder and files that cannot
 * be read. Each is refused with its FILE:LINE:COLUMN, the file loads whole or not at all,
 * and what it would have replaced stays.
 */
@SpringBootTest(classes = PathwayApplication.class,
		properties = { "spring.datasource.url=jdbc:h2:mem:ingest;DB_CLOSE_DELAY=-1", "logging.threshold.console=WARN" })
class InputHardeningTests {

	private static final String FORMULA = " is a formula: save values only (in Excel: copy, then Paste Special >"
			+ " Values)";

	@Autowired
	RunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path work;

	private Path input;

	@BeforeEach
	void loadTheTinyInput() {
		Databases.empty(this.jdbc);
		this.input = TinyInput.write(this.work.resolve("input"));
		assertThat(ingest().problems()).isEmpty();
	}

	@Test
	void controlCharactersInCsvValuesRejectTheFileNamingCharacterAndPosition() {
		TinyInput.write(this.input, "members.csv", """
				member_id,name,kind,state,region
				detroit,"Detroit\u0000 Cradle to Career, Inc.",community_partnership,MI,Southeast\u007FMichigan
				la,Alianza Educativa del Valle\u0085,community_partnership,CA,"Los\rAngeles"
				wa-coalition,Washington\u2028State Policy Coalition,state_policy_coalition,WA,\u202Egnihsaw
				""");
		RunResult result = ingest();
		assertThat(status(result, "members.csv")).isEqualTo(FileOutcome.REJECTED);
		assertThat(problems(result, "members.csv")).containsExactly(
				"members.csv:2:name: contains a control character U+0000 (null) at position 8: remove it",
				"members.csv:2:region: contains a control character U+007F (delete) at position 10: remove it",
				"members.csv:3:name: contains a control character U+0085 (next line) at position 28: remove it",
				"members.csv:3:region: contains a control character U+000D (carriage return) at position 4: remove it",
				// the lone CR ends a physical line, so the next record starts on line 5
				"members.csv:5:name: contains a control character U+2028 (line separator) at position 11: remove it",
				"members.csv:5:region: contains a control character U+202E (right-to-left override) at position 1:"
						+ " remove it");
		assertThat(this.jdbc.queryForList("SELECT name FROM member ORDER BY member_id", String.class)).containsExactly(
				"Detroit Cradle to Career, Inc.", "Alianza Educativa del Valle", "Washington State Policy Coalition");
	}

	@Test
	void tabsAndLineBreaksInQuotedTextStayAllowed() {
		TinyInput.write(this.input, "members.csv",
				TinyInput.MEMBERS.replace("Southeast Michigan", "\"Southeast\tMichigan\r\nand Ohio\""));
		RunResult result = ingest();
		assertThat(status(result, "members.csv")).isEqualTo(FileOutcome.ACCEPTED);
		assertThat(this.jdbc.queryForObject("SELECT region FROM member WHERE member_id = 'detroit'", String.class))
			.isEqualTo("Southeast\tMichigan\r\nand Ohio");
	}

	@Test
	void aControlCharacterInAWorkbookCellIsRefusedLikeInACsvFile() {
		// Excel writes a control character in a cell as _xHHHH_
		TinyWorkbook.write(this.input.resolve("members-2026.xlsx"), "members", new String[][] {
				{ "member_id", "name", "kind", "state", "region" },
				{ "oh-cleveland", "Cleveland_x0007_Compact", "community_partnership", "OH", "Northeast Ohio" } });
		RunResult result = ingest();
		assertThat(problems(result, "members-2026.xlsx")).containsExactly(
				"members-2026.xlsx:2:name: contains a control character U+0007 (bel) at position 10: remove it");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM member", Long.class)).isEqualTo(3);
	}

	@Test
	void controlCharactersIn360GivingJsonAreRefusedAtTheirJsonPath() throws IOException {
		Files.writeString(this.input.resolve("giving.json"), """
				{"grants": [
				  {"id": "360G-US-1", "title": "Core grant", "currency": "USD", "amountAwarded": 1000,
				   "awardDate": "2025-01-15",
				   "recipientOrganization": [{"id": "US-EIN-00-0000001", "name": "Us"}],
				   "fundingOrganization": [{"id": "GB-CHC-1", "name": "A\\u0000 Trust"}]},
				  {"id": "360G-US-2", "title": "Onward", "currency": "USD", "amountAwarded": 10,
				   "awardDate": "2025-02-01",
				   "recipientOrganization": [{"id": "360G-\\u202Eevil", "name": "Evil"}],
				   "fundingOrganization": [{"id": "US-EIN-00-0000001", "name": "Us"}]}
				]}
				""");
		RunResult result = ingest();
		assertThat(status(result, "giving.json")).isEqualTo(FileOutcome.REJECTED);
		assertThat(problems(result, "giving.json")).containsExactly(
				"giving.json:2:grants/0/fundingOrganization/0/name: contains a control character U+0000 (null) at"
						+ " position 2: remove it",
				"giving.json:6:grants/1/recipientOrganization/0/id: contains a control character U+202E"
						+ " (right-to-left override) at position 6: remove it");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM funder", Long.class)).isEqualTo(2);
	}

	@Test
	void published360GivingRecipientIdentifiersStillLoadAsTheyAre() throws IOException {
		Files.writeString(this.input.resolve("giving.json"), """
				{"grants": [
				  {"id": "360G-US-3", "title": "Onward", "currency": "USD", "amountAwarded": 10,
				   "awardDate": "2025-02-01",
				   "recipientOrganization": [{"id": "360G-ALWF-ORG:St_Peter's_Church_Pilning", "name": "St Peter's"}],
				   "fundingOrganization": [{"id": "US-EIN-00-0000001", "name": "Us"}]}
				]}
				""");
		RunResult result = ingest();
		assertThat(status(result, "giving.json")).isEqualTo(FileOutcome.ACCEPTED);
		assertThat(this.jdbc.queryForObject("SELECT member_id FROM member WHERE source_file = 'giving.json'",
				String.class))
			.isEqualTo("360G-ALWF-ORG:St_Peter's_Church_Pilning");
	}

	@Test
	void aControlCharacterInA360GivingSpreadsheetIsRefused() {
		TinyWorkbook.write(this.input.resolve("giving.xlsx"), "grants",
				new String[][] {
						{ "Identifier", "Title", "Currency", "Amount Awarded", "Award Date", "Recipient Org:Identifier",
								"Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name" },
						{ "360G-US-1", "Core_x001B_grant", "USD", "1000", "2025-01-15", "US-EIN-00-0000001", "Us",
								"GB-CHC-1", "A Trust" } });
		RunResult result = ingest();
		assertThat(problems(result, "giving.xlsx")).containsExactly(
				"giving.xlsx:2:Title: contains a control character U+001B (escape) at position 5: remove it");
	}

	@Test
	void planYmlRefusesControlCharactersAndAKeyGivenTwiceAndKeepsThePlanItHad() throws IOException {
		Files.writeString(this.input.resolve("plan.yml"),
				TinyInput.PLAN + "name: \"Second name\"\nintermediary_name: \"Us\\x00\"\n");
		RunResult result = ingest();
		assertThat(problems(result, "plan.yml")).containsExactly("plan.yml:7: name appears twice (first on line 1)",
				"plan.yml:8:intermediary_name: contains a control character U+0000 (null) at position 3: remove it");
		Files.writeString(this.input.resolve("plan.yml"), TinyInput.PLAN.replace("2024-2030", "2024\u00012030"));
		assertThat(problems(ingest(), "plan.yml")).containsExactly(
				"plan.yml:1: contains a control character U+0001 (start of heading) at column 34: remove it");
		assertThat(this.jdbc.queryForObject("SELECT name FROM plan", String.class))
			.isEqualTo("Cradle to Career Plan 2024-2030");
	}

	@Test
	void aControlCharacterInAYouthIdIsRefusedOnTheFastPathAndTheExactOne() {
		// DEL is printable ASCII to a byte scanner; NUL sends the file to the exact path
		TinyInput.write(this.input, "youth_milestones.csv",
				TinyInput.YOUTH.replace("la,Y2,", "la,Y\u007F2,").replace("la,Y3,", "la,\"Y\u00003\","));
		RunResult result = ingest();
		assertThat(problems(result, "youth_milestones.csv")).containsExactly(
				"youth_milestones.csv:3:youth_id: contains a control character U+007F (delete) at position 2: remove it",
				"youth_milestones.csv:4:youth_id: contains a control character U+0000 (null) at position 2: remove it");
		TinyInput.write(this.input, "youth_milestones.csv", TinyInput.YOUTH.replace("la,Y2,", "la,Y\u007F2,"));
		assertThat(problems(ingest(), "youth_milestones.csv")).containsExactly(
				"youth_milestones.csv:3:youth_id: contains a control character U+007F (delete) at position 2: remove it");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM milestone WHERE source_file = 'youth_milestones.csv'",
				Long.class))
			.isEqualTo(11);
	}

	@Test
	void aFormulaCellRejectsItsWorkbookWhetherOrNotItHasACachedValue() {
		String header = "grant_id,funder_id,title,currency,amount,award_date,start_date,end_date,regrant_pool_amount";
		TinyWorkbook.write(this.input.resolve("grants-2026.xlsx"), "grants",
				TinyWorkbook
					.rows(header + "\n" + "G-NEW,ballmer,New grant,USD,=1000+234.5,2026-01-15,2026-01-01,2027-12-31,0\n"
							+ "G-NEW2,ballmer,=\"Other\"&\" grant\",USD,10,2026-01-15,2026-01-01,2027-12-31,0"));
		RunResult result = ingest();
		assertThat(status(result, "grants-2026.xlsx")).isEqualTo(FileOutcome.REJECTED);
		assertThat(problems(result, "grants-2026.xlsx")).containsExactly("grants-2026.xlsx:2:amount: cell E2" + FORMULA,
				"grants-2026.xlsx:3:title: cell C3" + FORMULA);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM funder_grant", Long.class)).isEqualTo(2);
	}

	@Test
	void aFormulaCellInA360GivingSpreadsheetIsRefused() {
		TinyWorkbook.write(this.input.resolve("giving.xlsx"), "grants",
				new String[][] {
						{ "Identifier", "Title", "Currency", "Amount Awarded", "Award Date", "Recipient Org:Identifier",
								"Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name" },
						{ "360G-US-1", "Core grant", "USD", "=2*500", "2025-01-15", "US-EIN-00-0000001", "Us",
								"GB-CHC-1", "A Trust" } });
		RunResult result = ingest();
		assertThat(problems(result, "giving.xlsx")).containsExactly("giving.xlsx:2:Amount Awarded: cell D2" + FORMULA);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM funder_grant", Long.class)).isEqualTo(2);
	}

	@Test
	void aLinkOutOfTheFolderIsRejectedUnreadAloneAndKeepsWhatItsPathLoadedBefore() throws Exception {
		Path outside = Files.writeString(this.work.resolve("secret.csv"), "secret line one\n");
		Files.delete(this.input.resolve("targets.csv"));
		Files.createSymbolicLink(this.input.resolve("targets.csv"), outside);
		Path pipe = this.input.resolve("milestones-pipe.csv");
		Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
		assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
		TinyInput.write(this.input, "funders.csv", TinyInput.FUNDERS + "meridian,Meridian Fund,\n");
		RunResult result = ingest();
		assertThat(result.completed()).isTrue();
		assertThat(result.files()).extracting(FileOutcome::path, FileOutcome::status)
			.contains(org.assertj.core.groups.Tuple.tuple("targets.csv", FileOutcome.REJECTED),
					org.assertj.core.groups.Tuple.tuple("milestones-pipe.csv", FileOutcome.REJECTED),
					org.assertj.core.groups.Tuple.tuple("funders.csv", FileOutcome.ACCEPTED));
		assertThat(result.problems()).extracting(Problem::toString)
			.containsExactly("milestones-pipe.csv: " + InputWalk.NOT_A_FILE,
					"targets.csv: " + InputWalk.LINK_TO_FILE_OUTSIDE)
			.noneMatch((p) -> p.contains("secret"));
		// the targets loaded from targets.csv before stay; the new funder is in
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM target", Long.class)).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM funder", Long.class)).isEqualTo(3);
	}

	private RunResult ingest() {
		return this.launcher.launch(RunRequest.ingest(this.input));
	}

	private static String status(RunResult result, String path) {
		return result.files().stream().filter((f) -> f.path().equals(path)).findFirst().orElseThrow().status();
	}

	private static List<String> problems(RunResult result, String path) {
		return result.problems()
			.stream()
			.filter((p) -> p.file().equals(path) && !p.message().startsWith("warning:"))
			.map(Problem::toString)
			.toList();
	}

}
