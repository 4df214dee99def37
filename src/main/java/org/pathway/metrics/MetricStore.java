package org.pathway.metrics;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The metric values of each run: written once per run (replacing a restarted run's), read
 * by reports. Stored one row per metric and scope ({@link MetricGroup}), the key reports
 * look values up by, holding that group's rows of metrics.csv: one row per value was most
 * of the metrics stage's time at network scale (V4 migration).
 */
@Repository
public class MetricStore {

	private final JdbcTemplate jdbc;

	MetricStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void replace(long runId, List<MetricGroup> groups) {
		this.jdbc.update("DELETE FROM metric_values WHERE run_id = ?", runId);
		List<Object[]> rows = new ArrayList<>(groups.size());
		for (int i = 0; i < groups.size(); i++) {
			MetricGroup group = groups.get(i);
			rows.add(new Object[] { runId, i, group.metric(), group.scope(), group.rows().size(), group.text() });
		}
		this.jdbc.batchUpdate("INSERT INTO metric_values (run_id, seq, metric, scope, value_count, value_rows)"
				+ " VALUES (?, ?, ?, ?, ?, ?)", rows);
	}

	public long count(long runId) {
		Long count = this.jdbc.queryForObject(
				"SELECT COALESCE(SUM(value_count), 0) FROM metric_values WHERE run_id = ?", Long.class, runId);
		return (count != null) ? count : 0;
	}

	/**
	 * The values of some metrics in one scope (e.g. the network's headline figures), in
	 * the order of metrics.csv.
	 */
	public List<MetricValue> values(long runId, String scope, List<String> metrics) {
		List<MetricValue> values = new ArrayList<>();
		String in = String.join(", ", metrics.stream().map((m) -> "?").toList());
		List<Object> args = new ArrayList<>(List.of(runId, scope));
		args.addAll(metrics);
		this.jdbc.query("SELECT metric, scope, value_rows FROM metric_values WHERE run_id = ? AND scope = ?"
				+ " AND metric IN (" + in + ") ORDER BY seq", (rs) -> {
					MetricsCsv.read(rs.getString(1), rs.getString(2), rs.getString(3), values);
				}, args.toArray());
		return values;
	}

	/** Every value of a run, in the stable order of metrics.csv. */
	public List<MetricValue> values(long runId) {
		List<MetricValue> values = new ArrayList<>();
		this.jdbc.query("SELECT metric, scope, value_rows FROM metric_values WHERE run_id = ? ORDER BY seq", (rs) -> {
			MetricsCsv.read(rs.getString(1), rs.getString(2), rs.getString(3), values);
		}, runId);
		return values;
	}

}
