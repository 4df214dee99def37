package org.pathway.pipeline;

import org.junit.jupiter.api.Test;
import org.pathway.support.Databases;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The run slot on PostgreSQL, which several machines may share: a process elsewhere on
 * the same schema is refused while a run holds the slot, and may go once it is released;
 * another schema (another installation) is not held up.
 */
class RunSlotTests {

	@Test
	void aSecondProcessOnTheSameDatabaseIsRefusedUntilTheRunEnds() throws Exception {
		assumeTrue(Databases.postgresAvailable(), "PostgreSQL is not running on 127.0.0.1:5432");
		String url = Databases.freshPostgresSchema("slot_a");
		RunSlot here = new RunSlot(dataSource(url));
		RunSlot elsewhere = new RunSlot(dataSource(url));
		RunSlot otherInstallation = new RunSlot(dataSource(Databases.freshPostgresSchema("slot_b")));

		here.take("a run as of 2026-09-30");
		assertThatThrownBy(() -> elsewhere.take("a run as of 2026-09-30")).isInstanceOf(UserException.class)
			.hasMessageContaining("another Pathway process on this database is running a run")
			.satisfies((ex) -> assertThat(((UserException) ex).exitCode()).isEqualTo(3));
		assertThat(elsewhere.busy()).as("the refused process holds nothing").isFalse();
		otherInstallation.take("a run as of 2026-09-30");
		otherInstallation.release();

		here.release();
		elsewhere.take("a run as of 2026-09-30");
		assertThatThrownBy(() -> here.take("a run as of 2026-10-31", 0)).isInstanceOf(UserException.class);
		elsewhere.release();
		here.take("a run as of 2026-10-31", 0);
		here.release();
	}

	private static DriverManagerDataSource dataSource(String url) {
		return new DriverManagerDataSource(url, Databases.POSTGRES_USER, "");
	}

}
