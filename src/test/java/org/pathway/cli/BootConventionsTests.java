package org.pathway.cli;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.support.Databases;
import org.pathway.support.PathwayProcess;
import org.pathway.support.TinyInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Pathway behaves like the Spring Boot application it is: Spring settings on the command
 * line, the standard environment variables and {@code ./application.yml} are honoured and
 * said, never silently ignored; help is per command; a database that cannot be reached is
 * named; the data folder is its owner's only.
 */
class BootConventionsTests {

	@TempDir
	Path work;

	private final Console console = new Console();

	@Test
	void helpIsPerCommandAndTheVersionIsKnown() {
		assertThat(this.console.run("help", "run")).isZero();
		assertThat(this.console.out()).contains("Usage: java -jar target/pathway.jar run")
			.contains("--as-of=YYYY-MM-DD")
			.contains("--report=ID")
			.doesNotContain("hash-password");
		this.console.clear();
		assertThat(this.console.run("runs", "--help")).isZero();
		assertThat(this.console.out()).contains("--limit=N").doesNotContain("--as-of");
		this.console.clear();
		assertThat(this.console.run("--version")).isZero();
		assertThat(this.console.out()).containsPattern("Pathway \\S+")
			.containsPattern("Spring Boot 4\\.\\d+\\.\\d+, Spring Batch 6\\.\\d+\\.\\d+, Java 17");
	}

	@Test
	void springSettingsOnTheCommandLineReachSpring() {
		Path elsewhere = this.work.resolve("elsewhere");
		int exit = this.console.run("runs", "--data", this.work.resolve("data").toString(),
				"--spring.datasource.url=jdbc:h2:file:" + elsewhere.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE");
		assertThat(exit).as(this.console.err()).isZero();
		assertThat(this.console.out()).contains("No runs yet.");
		assertThat(elsewhere.resolve("db.mv.db")).isRegularFile();
		assertThat(this.work.resolve("data/pathway.mv.db")).doesNotExist();

		assertThat(this.console.run("serve", "--server.port", "9090")).isEqualTo(2);
		assertThat(this.console.err()).contains("--server.port is a Spring setting: write it as --server.port=VALUE");
	}

	@Test
	void theEnvironmentVariableChoosesTheDatabaseAndSaysSo() throws Exception {
		Path input = TinyInput.write(this.work.resolve("input"));
		Path other = this.work.resolve("fromenv");
		Path out = this.work.resolve("out.txt");
		int exit = PathwayProcess.run(this.work,
				Map.of("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + other.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE"), out,
				"ingest", "--input", input.toString(), "--data", "data");
		String printed = Files.readString(out);
		assertThat(exit).as(printed).isZero();
		assertThat(printed).contains("Database: jdbc:h2:file:" + other.resolve("db")
				+ ";DB_CLOSE_ON_EXIT=FALSE (from the environment variable SPRING_DATASOURCE_URL)");
		assertThat(other.resolve("db.mv.db")).isRegularFile();
		assertThat(this.work.resolve("data/pathway.mv.db")).doesNotExist();
	}

	@Test
	void theEnvironmentVariablePointsAtPostgresql() throws Exception {
		assumeTrue(Databases.postgresAvailable(), "PostgreSQL at 127.0.0.1:5432");
		String url = Databases.freshPostgresSchema("bootenv");
		Path input = TinyInput.write(this.work.resolve("input"));
		Path out = this.work.resolve("out.txt");
		int exit = PathwayProcess.run(this.work,
				Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", Databases.POSTGRES_USER), out,
				"ingest", "--input", input.toString(), "--data", "data");
		assertThat(exit).as(Files.readString(out)).isZero();
		assertThat(Files.readString(out)).contains("(from the environment variable SPRING_DATASOURCE_URL)");
		try (Connection connection = DriverManager.getConnection(url, Databases.POSTGRES_USER, "");
				ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM member")) {
			rs.next();
			assertThat(rs.getInt(1)).isEqualTo(3);
		}
		assertThat(this.work.resolve("data/pathway.mv.db")).doesNotExist();
	}

	@Test
	void anApplicationYmlInTheWorkingFolderAndAProfileAreRead() throws Exception {
		Path input = TinyInput.write(this.work.resolve("input"));
		Files.writeString(this.work.resolve("application.yml"), """
				spring:
				  datasource:
				    url: "jdbc:h2:file:./fromyml/db;DB_CLOSE_ON_EXIT=FALSE"
				""");
		Files.writeString(this.work.resolve("application-prod.yml"), """
				spring:
				  datasource:
				    url: "jdbc:h2:file:./fromprod/db;DB_CLOSE_ON_EXIT=FALSE"
				""");
		Path out = this.work.resolve("out.txt");
		assertThat(PathwayProcess.run(this.work, Map.of(), out, "ingest", "--input", input.toString())).isZero();
		assertThat(Files.readString(out)).contains("Settings: application.yml")
			.contains("Database: jdbc:h2:file:./fromyml/db;DB_CLOSE_ON_EXIT=FALSE (from application.yml)");
		assertThat(this.work.resolve("fromyml/db.mv.db")).isRegularFile();

		assertThat(PathwayProcess.run(this.work, Map.of(), out, "runs", "--spring.profiles.active=prod")).isZero();
		assertThat(Files.readString(out)).contains("(from application-prod.yml)").contains("No runs yet.");
		assertThat(this.work.resolve("fromprod/db.mv.db")).isRegularFile();
		assertThat(this.work.resolve("data/pathway.mv.db")).doesNotExist();
	}

	@Test
	void debugShowsTheLogOnTheConsole() throws Exception {
		Path out = this.work.resolve("out.txt");
		assertThat(PathwayProcess.run(this.work, Map.of(), out, "runs", "--debug")).isZero();
		assertThat(Files.readString(out)).contains("No runs yet.").contains("DEBUG");
	}

	@Test
	void aDatabaseThatCannotBeReachedIsNamedWithinSeconds() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		long started = System.nanoTime();
		int exit = this.console.run("runs", "--data", this.work.resolve("data").toString(), "--db-url",
				"jdbc:postgresql://127.0.0.1:" + port + "/pathway");
		long seconds = (System.nanoTime() - started) / 1_000_000_000;
		assertThat(exit).isEqualTo(4);
		assertThat(seconds).isLessThan(30);
		assertThat(this.console.err())
			.contains("cannot reach the database at 127.0.0.1:" + port + " (jdbc:postgresql://127.0.0.1:" + port)
			.contains("Nothing was run")
			.doesNotContain("\tat ");
	}

	@Test
	void theDataFolderIsItsOwnersOnly() {
		Path input = TinyInput.write(this.work.resolve("input"));
		Path data = this.work.resolve("data");
		assertThat(this.console.run("ingest", "--input", input.toString(), "--data", data.toString())).isZero();
		assertThat(permissions(data)).isEqualTo("rwx------");
		assertThat(permissions(data.resolve("pathway.mv.db"))).isEqualTo("rw-------");
		assertThat(permissions(data.resolve("pathway.log"))).isEqualTo("rw-------");
	}

	@Test
	void aLogFileThatCannotBeWrittenIsOneLineAndTheCommandCarriesOn() throws Exception {
		Path input = TinyInput.write(this.work.resolve("input"));
		Path data = this.work.resolve("data");
		Files.createDirectories(data.resolve("pathway.log"));
		int exit = this.console.run("ingest", "--input", input.toString(), "--data", data.toString());
		assertThat(exit).isZero();
		assertThat(this.console.err().lines()).singleElement()
			.satisfies((line) -> assertThat(line).startsWith("pathway: the log file " + data.resolve("pathway.log"))
				.contains("cannot be written")
				.endsWith("carrying on without it"));
		assertThat(this.console.err()).doesNotContain("\tat ");
	}

	private static String permissions(Path path) {
		try {
			return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
