package org.pathway.metrics;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.pathway.run.Problem;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Loaded figures that cannot all be right (an over-committed pool, a payment after its
 * grant's end, disbursements above their regrant), from
 * {@code sql/metrics/data-issues.sql}. They do not stop a run; they are listed with its
 * problems (and an upload's check shows those it would bring).
 */
public final class DataIssues {

	private DataIssues() {
	}

	/** The issues of what the database holds now, as of a date. */
	public static List<Problem> find(NamedParameterJdbcTemplate jdbc, LocalDate asOf) {
		return jdbc.query(SqlFiles.read("data-issues.sql"), new MapSqlParameterSource("asOf", Date.valueOf(asOf)),
				(rs, i) -> new Problem(rs.getString("path"), 0, null, rs.getString("message")));
	}

}
