package org.pathway.ingest;

import org.junit.jupiter.api.condition.EnabledIf;
import org.pathway.PathwayApplication;
import org.pathway.support.Databases;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same ingest rules on PostgreSQL 15, the database for deployments that outgrow one
 * machine. Skipped where no PostgreSQL answers on 127.0.0.1:5432.
 */
@EnabledIf("org.pathway.support.Databases#postgresAvailable")
@SpringBootTest(classes = PathwayApplication.class, properties = "logging.threshold.console=WARN")
class PostgresIngestTests extends IngestIntegrationTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		String url = Databases.freshPostgresSchema("pathway_ingest_it");
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> Databases.POSTGRES_USER);
		registry.add("spring.datasource.password", () -> "");
	}

}
