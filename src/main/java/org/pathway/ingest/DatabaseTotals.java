package org.pathway.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the database holds after an ingest: facts per kind and money per kind and
 * currency.
 */
@Component
public class DatabaseTotals {

	/**
	 * One line of the totals: a kind, its row count, and its amounts per currency (money
	 * kinds).
	 */
	public record KindTotal(String kind, long rows, Map<String, BigDecimal> amounts) {
	}

	private final JdbcTemplate jdbc;

	DatabaseTotals(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<KindTotal> totals() {
		List<KindTotal> totals = new ArrayList<>();
		totals.add(count("funders", "funder"));
		totals.add(money("grants", "SELECT currency, COUNT(*), SUM(amount) FROM funder_grant GROUP BY currency"));
		totals.add(money("grant_payments", "SELECT g.currency, COUNT(*), SUM(p.amount) FROM grant_payment p"
				+ " JOIN funder_grant g ON g.grant_id = p.grant_id GROUP BY g.currency"));
		totals.add(count("members", "member"));
		totals.add(money("regrants", "SELECT currency, COUNT(*), SUM(amount) FROM regrant GROUP BY currency"));
		totals.add(money("disbursements", "SELECT r.currency, COUNT(*), SUM(d.amount) FROM disbursement d"
				+ " JOIN regrant r ON r.regrant_id = d.regrant_id GROUP BY r.currency"));
		totals.add(count("milestones", "milestone"));
		totals.add(count("targets", "target"));
		return totals;
	}

	private KindTotal count(String kind, String table) {
		Long rows = this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
		return new KindTotal(kind, (rows != null) ? rows : 0, Map.of());
	}

	private KindTotal money(String kind, String sql) {
		Map<String, BigDecimal> amounts = new LinkedHashMap<>();
		long[] rows = { 0 };
		this.jdbc.query(sql + " ORDER BY 1", (rs) -> {
			rows[0] += rs.getLong(2);
			amounts.put(rs.getString(1), rs.getBigDecimal(3));
		});
		return new KindTotal(kind, rows[0], amounts);
	}

}
