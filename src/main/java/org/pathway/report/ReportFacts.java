package org.pathway.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pathway.domain.Scope;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The facts a report lists beside its metrics (regrants, payments, disbursements, names),
 * read with {@code sql/reports/*.sql}. A funder's report asks only for that funder's
 * rows.
 */
@Component
class ReportFacts {

	record Regrant(String regrantId, String memberId, String memberName, String state, String region, String currency,
			BigDecimal amount, LocalDate awardDate, String regrantType, BigDecimal disbursed) {
	}

	record Payment(String paymentId, String grantId, String currency, LocalDate dueDate, BigDecimal amount,
			String status, LocalDate paidDate) {
	}

	record Disbursement(String disbursementId, String regrantId, String memberName, String currency, LocalDate date,
			BigDecimal amount, String status) {
	}

	record Plan(String name, int firstYear, int lastYear, long goal, int minCellSize) {
	}

	/**
	 * A target of targets.csv: {@code scope} is {@code network} or {@code member:<id>}.
	 */
	record Target(String scope, String outcome, int targetYear, BigDecimal targetRate) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	ReportFacts(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Regrant> regrants(String funder, LocalDate asOf) {
		return this.jdbc.query(sql("regrants.sql"), parameters(funder, asOf),
				(rs, i) -> new Regrant(rs.getString("regrant_id"), rs.getString("member_id"),
						rs.getString("member_name"), rs.getString("state"), rs.getString("region"),
						rs.getString("currency"), rs.getBigDecimal("amount"), rs.getDate("award_date").toLocalDate(),
						rs.getString("regrant_type"), rs.getBigDecimal("disbursed").setScale(2)));
	}

	List<Payment> payments(String funder, LocalDate asOf) {
		return this.jdbc.query(sql("payments.sql"), parameters(funder, asOf),
				(rs, i) -> new Payment(rs.getString("payment_id"), rs.getString("grant_id"), rs.getString("currency"),
						rs.getDate("due_date").toLocalDate(), rs.getBigDecimal("amount"), rs.getString("status"),
						(rs.getDate("paid_date") != null) ? rs.getDate("paid_date").toLocalDate() : null));
	}

	List<Disbursement> disbursements(String funder, LocalDate asOf) {
		return this.jdbc.query(sql("disbursements.sql"), parameters(funder, asOf),
				(rs, i) -> new Disbursement(rs.getString("disbursement_id"), rs.getString("regrant_id"),
						rs.getString("member_name"), rs.getString("currency"),
						rs.getDate("disbursement_date").toLocalDate(), rs.getBigDecimal("amount"),
						rs.getString("status")));
	}

	/** Funder id to name, in id order. */
	Map<String, String> funders() {
		Map<String, String> funders = new LinkedHashMap<>();
		this.jdbc.query("SELECT funder_id, name FROM funder ORDER BY funder_id", (rs) -> {
			funders.put(rs.getString(1), rs.getString(2));
		});
		return funders;
	}

	/** Member id to {name, state}, in name order. */
	Map<String, String[]> members() {
		Map<String, String[]> members = new LinkedHashMap<>();
		this.jdbc.query("SELECT member_id, name, state FROM member ORDER BY name, member_id", (rs) -> {
			members.put(rs.getString(1), new String[] { rs.getString(2), rs.getString(3) });
		});
		return members;
	}

	/** Targets by {@code scope|outcome}. */
	Map<String, Target> targets() {
		Map<String, Target> targets = new LinkedHashMap<>();
		this.jdbc.query("SELECT scope, outcome, target_year, target_rate FROM target ORDER BY scope, outcome", (rs) -> {
			String scope = ("network".equals(rs.getString(1)) ? Scope.NETWORK : Scope.member(rs.getString(1)))
				.toString();
			targets.put(scope + "|" + rs.getString(2),
					new Target(scope, rs.getString(2), rs.getInt(3), rs.getBigDecimal(4).stripTrailingZeros()));
		});
		return targets;
	}

	Plan plan() {
		List<Plan> plans = this.jdbc.query(
				"SELECT name, first_year, last_year, goal_young_people, min_cell_size FROM plan",
				(rs, i) -> new Plan(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getInt(5)));
		return plans.isEmpty() ? null : plans.get(0);
	}

	private static MapSqlParameterSource parameters(String funder, LocalDate asOf) {
		return new MapSqlParameterSource("asOf", Date.valueOf(asOf)).addValue("funder", funder, java.sql.Types.VARCHAR);
	}

	private static String sql(String name) {
		try (InputStream in = ReportFacts.class.getResourceAsStream("/sql/reports/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
