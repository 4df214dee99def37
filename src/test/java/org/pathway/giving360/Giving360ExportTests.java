package org.pathway.giving360;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.PathwayApplication;
import org.pathway.generate.SampleGenerator;
import org.pathway.run.FileOutcome;
import org.pathway.pipeline.RunLauncher;
import org.pathway.pipeline.RunRequest;
import org.pathway.pipeline.RunResult;
import org.pathway.support.Databases;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The 360Giving export of the sample input (as of 2026-09-30): every grant of the JSON
 * package validates against the standard's schema (../shared/realdata, skipped when
 * absent) with networknt's validator, formats asserted; and importing the export (JSON,
 * and the spreadsheet) into an empty database reproduces the regrant totals.
 */
@SpringBootTest(classes = PathwayApplication.class, properties = {
		"spring.datasource.url=jdbc:h2:mem:export360;DB_CLOSE_DELAY=-1", "logging.threshold.console=WARN" })
class Giving360ExportTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

	private static final Path SCHEMA = Path.of("..", "shared", "realdata", "360giving", "360-giving-schema.json");

	private static final String TOTALS = "SELECT currency, COUNT(*) AS regrants, SUM(amount) AS amount FROM regrant"
			+ " WHERE award_date <= ? GROUP BY currency ORDER BY currency";

	private static final String PAID = "SELECT r.currency, SUM(d.amount) FROM disbursement d JOIN regrant r"
			+ " ON r.regrant_id = d.regrant_id WHERE r.award_date <= ? AND d.status = 'paid' AND d.disbursement_date <= ?"
			+ " GROUP BY r.currency ORDER BY r.currency";

	@Autowired
	RunLauncher launcher;

	@Autowired
	Giving360Export export;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path work;

	private Path sample;

	private Giving360Export.Result result;

	@BeforeEach
	void exportTheSample() throws IOException {
		Databases.empty(this.jdbc);
		this.sample = this.work.resolve("sample");
		SampleGenerator.generate(SampleGenerator.Scale.SMALL, 1, this.sample);
		RunResult ingest = this.launcher.launch(RunRequest.ingest(this.sample));
		assertThat(ingest.anyRejected()).isFalse();
		this.result = this.export.export(AS_OF, this.work.resolve("output"));
	}

	@Test
	void theJsonPackageValidatesAgainstThe360GivingSchema() throws IOException {
		assumeTrue(Files.isRegularFile(SCHEMA), "../shared/realdata is not here");
		Schema schema;
		try (InputStream in = Files.newInputStream(SCHEMA)) {
			schema = SchemaRegistry
				.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
						(builder) -> builder
							.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
				.getSchema(in);
		}
		JsonNode grants = JsonMapper.shared().readTree(json().toFile()).get("grants");
		assertThat(grants.size()).isEqualTo(this.result.regrants()).isGreaterThan(50);
		List<String> errors = new ArrayList<>();
		for (JsonNode grant : grants) {
			for (Error error : schema.validate(grant)) {
				errors.add(grant.get("id").asString() + ": " + error);
			}
		}
		assertThat(errors).isEmpty();
		// the validator does reject what the schema forbids, so an empty list means
		// something
		JsonNode broken = grants.get(0).deepCopy();
		((tools.jackson.databind.node.ObjectNode) broken).put("awardDate", "30/09/2026");
		((tools.jackson.databind.node.ObjectNode) broken).remove("fundingOrganization");
		assertThat(schema.validate(broken)).extracting(Error::toString)
			.anyMatch((e) -> e.startsWith("/awardDate: does not match the regex pattern"))
			.anyMatch((e) -> e.equals(": required property 'fundingOrganization' not found"));
	}

	@Test
	void theJsonPackageCarriesRegrantTypeRecipientAndDisbursements() throws IOException {
		JsonNode grant = JsonMapper.shared().readTree(json().toFile()).get("grants").get(0);
		Map<String, Object> first = this.jdbc.queryForMap("SELECT r.regrant_id, r.grant_id, r.member_id, m.name,"
				+ " r.amount, r.regrant_type FROM regrant r JOIN member m ON m.member_id = r.member_id"
				+ " ORDER BY r.award_date, r.regrant_id FETCH FIRST 1 ROWS ONLY");
		assertThat(grant.get("id").asString()).isEqualTo(first.get("regrant_id"));
		assertThat(grant.get("amountAwarded").decimalValue()).isEqualByComparingTo((BigDecimal) first.get("amount"));
		assertThat(grant.at("/recipientOrganization/0/id").asString()).isEqualTo(first.get("member_id"));
		assertThat(grant.at("/recipientOrganization/0/name").asString()).isEqualTo(first.get("name"));
		assertThat(grant.at("/fundingOrganization/0/id").asString()).isEqualTo("US-EIN-00-0000000");
		assertThat(grant.at("/relatedActivity/0").asString()).isEqualTo(first.get("grant_id"));
		assertThat(grant.get("regrantType").asString()).isEqualTo(first.get("regrant_type"));
		BigDecimal paid = this.jdbc.queryForObject(
				"SELECT SUM(amount) FROM disbursement WHERE regrant_id = ?"
						+ " AND status = 'paid' AND disbursement_date <= ?",
				BigDecimal.class, first.get("regrant_id"), AS_OF);
		BigDecimal transactions = BigDecimal.ZERO;
		for (JsonNode t : grant.get("disbursementTransaction")) {
			transactions = transactions.add(t.get("value").decimalValue());
		}
		assertThat(transactions).isEqualByComparingTo(paid)
			.isEqualByComparingTo(grant.get("amountDisbursed").decimalValue());
	}

	@Test
	void importingTheJsonExportReproducesTheRegrantAndDisbursementTotals() throws IOException {
		List<Map<String, Object>> regrants = this.jdbc.queryForList(TOTALS, AS_OF);
		List<Map<String, Object>> paid = this.jdbc.queryForList(PAID, AS_OF, AS_OF);
		assertThat(regrants).hasSize(2);
		RunResult imported = importAlone(json());
		assertThat(imported.files()).extracting(FileOutcome::status).containsOnly(FileOutcome.ACCEPTED);
		assertThat(this.jdbc.queryForList(TOTALS, AS_OF)).isEqualTo(regrants);
		assertThat(this.jdbc.queryForList(PAID, AS_OF, AS_OF)).isEqualTo(paid);
		// attributed to the same grants (the grants file came along), recipients became
		// members of unknown kind
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM regrant WHERE grant_id IS NULL", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM member WHERE kind IS NOT NULL", Long.class)).isZero();
	}

	@Test
	void importingTheSpreadsheetExportReproducesTheRegrantTotals() throws IOException {
		List<Map<String, Object>> regrants = this.jdbc.queryForList(TOTALS, AS_OF);
		Path xlsx = this.result.files().get(1);
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Identifier");
			assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Amount Awarded");
			assertThat(sheet.getLastRowNum()).isEqualTo(this.result.regrants());
		}
		RunResult imported = importAlone(xlsx);
		assertThat(imported.files()).extracting(FileOutcome::status).containsOnly(FileOutcome.ACCEPTED);
		assertThat(this.jdbc.queryForList(TOTALS, AS_OF)).isEqualTo(regrants);
	}

	/** Imports an export into an empty database beside the plan, funders and grants. */
	private RunResult importAlone(Path export) throws IOException {
		Databases.empty(this.jdbc);
		Path input = Files.createDirectories(this.work.resolve("again"));
		for (String file : List.of("plan.yml", "funders.csv", "grants.csv")) {
			Files.copy(this.sample.resolve(file), input.resolve(file));
		}
		Files.copy(export, input.resolve("network-" + export.getFileName()));
		return this.launcher.launch(RunRequest.ingest(input));
	}

	private Path json() {
		return this.result.files().get(0);
	}

}
