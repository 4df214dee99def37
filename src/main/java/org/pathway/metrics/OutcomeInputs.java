package org.pathway.metrics;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.pathway.domain.Scope;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads what the outcome metrics need: member cells, scope membership, targets, the plan.
 */
final class OutcomeInputs {

	private final NamedParameterJdbcTemplate jdbc;

	private final MapSqlParameterSource parameters;

	OutcomeInputs(NamedParameterJdbcTemplate jdbc, LocalDate asOf) {
		this.jdbc = jdbc;
		this.parameters = new MapSqlParameterSource("asOf", Date.valueOf(asOf));
	}

	/** The plan, or null when no plan.yml has been accepted. */
	PlanSettings plan() {
		List<PlanSettings> plans = this.jdbc.query(
				"SELECT first_year, last_year, goal_young_people, min_cell_size FROM plan",
				(rs, i) -> new PlanSettings(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getInt(4)));
		return plans.isEmpty() ? null : plans.get(0);
	}

	/**
	 * Every member cell as it arrived (roll-ups are pooled by {@link OutcomePooling}).
	 */
	List<OutcomeCell> cells() {
		List<OutcomeCell> cells = new ArrayList<>();
		// columns by position, in the order of outcome-cells.sql: a look-up by name per
		// column and row is a tenth of reading the cells in a fresh JVM
		this.jdbc.query(SqlFiles.read("outcome-cells.sql"), this.parameters, (rs) -> {
			long numerator = rs.getLong(6);
			boolean numeratorMissing = rs.wasNull();
			long denominator = rs.getLong(7);
			boolean missing = numeratorMissing || rs.wasNull();
			cells.add(new OutcomeCell(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
					missing ? 0 : numerator, missing ? 0 : denominator, missing));
		});
		return cells;
	}

	/** Roll-up scope to the member scopes it covers. */
	Map<String, Set<String>> membersOf() {
		Map<String, Set<String>> members = new TreeMap<>();
		this.jdbc.query(SqlFiles.read("scopes.sql"), this.parameters, (rs) -> {
			members.computeIfAbsent(rs.getString(1), (k) -> new TreeSet<>()).add(rs.getString(2));
		});
		return members;
	}

	List<OutcomeTarget> targets() {
		return this.jdbc
			.query("SELECT scope, outcome, baseline_year, baseline_rate, target_year, target_rate FROM target",
					(rs, i) -> new OutcomeTarget(
							("network".equals(rs.getString(1)) ? Scope.NETWORK : Scope.member(rs.getString(1)))
								.toString(),
							rs.getString(2), rs.getInt(3), rs.getBigDecimal(4).stripTrailingZeros(), rs.getInt(5),
							rs.getBigDecimal(6).stripTrailingZeros()));
	}

}
