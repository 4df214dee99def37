package org.pathway.ingest;

import org.pathway.PathwayApplication;

import org.springframework.boot.test.context.SpringBootTest;

/** The ingest rules on the embedded H2 database, the default. */
@SpringBootTest(classes = PathwayApplication.class,
		properties = { "spring.datasource.url=jdbc:h2:mem:ingest;DB_CLOSE_DELAY=-1", "logging.threshold.console=WARN" })
class H2IngestTests extends IngestIntegrationTests {

}
