package org.pathway.delivery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.pathway.io.Sha256;
import org.pathway.support.Databases;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The migration to delivery attachments (V8) on a database that has deliveries in the old
 * two-file columns: each delivery keeps its PDF and workbook, in that order, with their
 * checksums; the old columns are gone; and the same files queued again are recognised as
 * the same delivery, so nothing is sent twice. On H2, and on PostgreSQL 15 where one
 * answers.
 */
class DeliveryMigrationTests {

	private static final String PDF = "1".repeat(64);

	private static final String XLSX = "2".repeat(64);

	@Test
	void onH2() {
		migrate(new DriverManagerDataSource("jdbc:h2:mem:delivery-migration;DB_CLOSE_DELAY=-1", "sa", ""), "h2");
	}

	@Test
	@EnabledIf("org.pathway.support.Databases#postgresAvailable")
	void onPostgres() {
		String url = Databases.freshPostgresSchema("pathway_delivery_migration");
		migrate(new DriverManagerDataSource(url, Databases.POSTGRES_USER, ""), "postgresql");
	}

	private static void migrate(DataSource database, String vendor) {
		flyway(database, vendor).target("7").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		String sentKey = Sha256.hex(PDF + "\n" + XLSX);
		long sent = oldDelivery(jdbc, "ballmer", sentKey, Delivery.SENT, PDF, XLSX);
		long waiting = oldDelivery(jdbc, "horizon", Sha256.hex(XLSX + "\n" + PDF), Delivery.AWAITING_APPROVAL, XLSX,
				PDF);

		flyway(database, vendor).load().migrate();

		assertThat(jdbc.queryForList("SELECT delivery_id, position, path, sha256 FROM delivery_attachment"
				+ " ORDER BY delivery_id, position"))
			.extracting((row) -> List.of(((Number) row.get("delivery_id")).longValue(),
					((Number) row.get("position")).intValue(), row.get("path"), row.get("sha256")))
			.containsExactly(List.of(sent, 1, "funder-report/ballmer/ballmer-2026-09-30.pdf", PDF),
					List.of(sent, 2, "funder-report/ballmer/ballmer-2026-09-30.xlsx", XLSX),
					List.of(waiting, 1, "funder-report/horizon/horizon-2026-09-30.pdf", XLSX),
					List.of(waiting, 2, "funder-report/horizon/horizon-2026-09-30.xlsx", PDF));
		assertThatThrownBy(() -> jdbc.queryForList("SELECT pdf_path FROM delivery")).hasMessageContaining("pdf_path");
		assertThatThrownBy(() -> jdbc.queryForList("SELECT xlsx_sha256 FROM delivery"))
			.hasMessageContaining("xlsx_sha256");

		Outbox outbox = new Outbox(jdbc, new DataSourceTransactionManager(database));
		Delivery ballmer = outbox.find(sent).orElseThrow();
		assertThat(ballmer.attachments()).containsExactly(
				new Attachment("funder-report/ballmer/ballmer-2026-09-30.pdf", PDF),
				new Attachment("funder-report/ballmer/ballmer-2026-09-30.xlsx", XLSX));
		assertThat(ballmer.status()).isEqualTo(Delivery.SENT);
		assertThat(Delivery.checksumOf(ballmer.attachments())).isEqualTo(ballmer.checksum()).isEqualTo(sentKey);

		// a rerun finds the same two files in the manifest: the same key, so not queued
		// again
		Delivery again = new Delivery(0, "ballmer", "Ballmer Group", LocalDate.of(2026, 9, 30),
				Delivery.checksumOf(ballmer.attachments()), 2, ballmer.attachments(), "grants@example.org",
				Delivery.AWAITING_APPROVAL, ballmer.messageId(), 0, null, null, null, null, null, LocalDateTime.now());
		assertThat(outbox.queue(again)).isFalse();
		assertThat(outbox.recent(10)).extracting(Delivery::id, Delivery::status)
			.containsExactly(tuple(waiting, Delivery.AWAITING_APPROVAL), tuple(sent, Delivery.SENT));
	}

	private static FluentConfiguration flyway(DataSource database, String vendor) {
		return Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
	}

	/** A delivery as V6 stored it: its PDF and workbook in four columns. */
	private static long oldDelivery(JdbcTemplate jdbc, String funder, String checksum, String status, String pdfSha256,
			String xlsxSha256) {
		String folder = "funder-report/" + funder + "/" + funder + "-2026-09-30";
		jdbc.update(
				"INSERT INTO delivery (funder_id, funder_name, as_of, checksum, run_id, pdf_path, pdf_sha256,"
						+ " xlsx_path, xlsx_sha256, recipients, status, message_id, attempts, created_at)"
						+ " VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
				funder, funder + " funder", LocalDate.of(2026, 9, 30), checksum, folder + ".pdf", pdfSha256,
				folder + ".xlsx", xlsxSha256, "grants@example.org", status, "<pathway." + funder + "@pathway.invalid>",
				LocalDateTime.now());
		Map<String, Object> row = jdbc.queryForMap("SELECT delivery_id FROM delivery WHERE funder_id = ?", funder);
		return ((Number) row.get("delivery_id")).longValue();
	}

}
