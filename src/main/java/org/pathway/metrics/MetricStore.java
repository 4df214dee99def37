package org.pathway.metrics;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The metric values of each run: written once per run (replacing a restarted run's), read
 * by reports.
 */
@Repository
public class MetricStore {

	private final JdbcTemplate jdbc;

	MetricStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void replace(long runId, List<MetricValue> values) {
		this.jdbc.update("DELETE FROM metric_value WHERE run_id = ?", runId);
		List<Object[]> rows = new ArrayList<>(values.size());
		for (int i = 0; i < values.size(); i++) {
			MetricValue v = values.get(i);
			rows.add(new Object[] { runId, i, v.metric(), v.scope(), v.outcome(), v.dimension(), v.subgroup(), v.year(),
					v.currency(), Rates.stored(v.value()), v.note() });
		}
		for (int from = 0; from < rows.size(); from += 5000) {
			this.jdbc.batchUpdate(
					"INSERT INTO metric_value (run_id, seq, metric, scope, outcome, dimension, subgroup,"
							+ " data_year, currency, metric_val, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					rows.subList(from, Math.min(rows.size(), from + 5000)));
		}
	}

	public long count(long runId) {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM metric_value WHERE run_id = ?", Long.class, runId);
		return (count != null) ? count : 0;
	}

	/** Every value of a run, in the stable order of metrics.csv. */
	public List<MetricValue> values(long runId) {
		return this.jdbc.query(
				"SELECT metric, scope, outcome, dimension, subgroup, data_year, currency, metric_val, note"
						+ " FROM metric_value WHERE run_id = ? ORDER BY seq",
				(rs, i) -> new MetricValue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), (Integer) rs.getObject(6, Integer.class), rs.getString(7),
						Rates.stored(rs.getBigDecimal(8)), rs.getString(9)),
				runId);
	}

}
