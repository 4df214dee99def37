package org.pathway.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The databases the integration tests run against: embedded H2 always, and the PostgreSQL
 * 15 on 127.0.0.1:5432 (trust auth, database {@code test}) where one is reachable.
 */
public final class Databases {

	public static final String POSTGRES_URL = System.getProperty("pathway.test.postgres",
			"jdbc:postgresql://127.0.0.1:5432/test");

	public static final String POSTGRES_USER = "postgres";

	/** Fact and run tables, emptied between tests. */
	public static final List<String> TABLES = List.of("input_file", "run_file", "run_issue", "plan", "funder",
			"funder_grant", "grant_payment", "member", "regrant", "disbursement", "milestone", "target", "requirement",
			"narrative", "requirement_submission");

	private Databases() {
	}

	/**
	 * True when the PostgreSQL of the machine answers; tests that need it are skipped
	 * otherwise.
	 */
	public static boolean postgresAvailable() {
		try (Connection connection = DriverManager.getConnection(POSTGRES_URL + "?connectTimeout=2", POSTGRES_USER,
				"")) {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * Drops and creates a schema for one test class; returns the JDBC URL that uses it.
	 */
	public static String freshPostgresSchema(String schema) {
		try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
			statement.execute("CREATE SCHEMA " + schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return POSTGRES_URL + "?currentSchema=" + schema;
	}

	public static void empty(JdbcTemplate jdbc) {
		TABLES.forEach((table) -> jdbc.update("DELETE FROM " + table));
	}

}
