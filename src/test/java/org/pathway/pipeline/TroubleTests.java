package org.pathway.pipeline;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Troubles of the machine, each told in one line a person can act on. */
class TroubleTests {

	@Test
	void aFullDiskSaysSoAndWhere() {
		Exception ex = new IllegalStateException("could not write", new UncheckedIOException(
				new FileSystemException("/srv/out/2026-09-30/ballmer.pdf", null, "No space left on device")));
		assertThat(Trouble.diskFull(ex)).isTrue();
		assertThat(Trouble.describe(ex))
			.isEqualTo("the disk is full (No space left on device) writing /srv/out/2026-09-30/ballmer.pdf");
	}

	@Test
	void aDatabaseThatDoesNotAnswerIsToldByItsDriversMessage() {
		Exception ex = new RuntimeException("CannotGetJdbcConnectionException",
				new SQLException("Connection to 127.0.0.1:5499 refused. Check that the hostname and port are correct",
						"08001", new java.net.ConnectException("Connection refused")));
		assertThat(Trouble.databaseUnreachable(ex)).isTrue();
		assertThat(Trouble.describe(ex))
			.isEqualTo("the database does not answer: Connection to 127.0.0.1:5499 refused");
		assertThat(Trouble.databaseUnreachable(new SQLException("syntax error", "42601"))).isFalse();
	}

	@Test
	void aFileThatMayNotBeWrittenIsNamed() {
		assertThat(Trouble.describe(new RuntimeException(new AccessDeniedException("/srv/out/x.pdf"))))
			.isEqualTo("permission denied: /srv/out/x.pdf");
		assertThat(Trouble.describe(new RuntimeException(new IllegalArgumentException("plain")))).isEqualTo("plain");
	}

}
