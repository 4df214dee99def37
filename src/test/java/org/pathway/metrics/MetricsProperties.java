package org.pathway.metrics;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties that must hold for any input, checked on a run's metrics.csv and database:
 * breakdowns add up to their totals, funders add up to the network per currency, roll-up
 * rates pool counts, and no suppressed cell can be recovered by subtraction. Used by
 * {@link MetricsPropertiesTests} on the sample and by the benchmark on network-scale
 * data.
 */
public final class MetricsProperties {

	private MetricsProperties() {
	}

	public static void breakdownsAddUp(List<Map<String, String>> rows) {
		for (String metric : List.of("F5", "F6")) {
			Map<String, BigDecimal> totals = sum(rows.stream()
				.filter((r) -> r.get("metric").equals(metric) && r.get("dimension").equals("all"))
				.toList(), (r) -> r.get("scope") + "|" + r.get("currency"));
			assertThat(totals).isNotEmpty();
			for (String dimension : List.of("award_year", "state", "kind", "member")) {
				Map<String, BigDecimal> parts = sum(rows.stream()
					.filter((r) -> r.get("metric").equals(metric) && r.get("dimension").equals(dimension))
					.toList(), (r) -> r.get("scope") + "|" + r.get("currency"));
				totals.forEach((key, total) -> assertThat(parts.getOrDefault(key, BigDecimal.ZERO))
					.as(metric + " " + key + " by " + dimension)
					.isEqualByComparingTo(total));
				assertThat(totals).as(metric + " by " + dimension).containsKeys(parts.keySet().toArray(String[]::new));
			}
		}
	}

	public static void fundersAddUpToTheNetwork(List<Map<String, String>> rows) {
		for (String metric : List.of("F1", "F2", "F4", "F5", "F6", "F8", "F9")) {
			List<Map<String, String>> totals = rows.stream()
				.filter((r) -> r.get("metric").equals(metric) && r.get("dimension").equals("all"))
				.toList();
			Map<String, BigDecimal> funders = sum(
					totals.stream().filter((r) -> r.get("scope").startsWith("funder:")).toList(),
					(r) -> r.get("currency"));
			Map<String, BigDecimal> network = sum(
					totals.stream().filter((r) -> r.get("scope").equals("network")).toList(), (r) -> r.get("currency"));
			assertThat(network).as(metric).isNotEmpty();
			assertThat(funders.keySet()).as(metric).isEqualTo(network.keySet());
			network.forEach((currency, amount) -> assertThat(funders.get(currency)).as(metric + " " + currency)
				.isEqualByComparingTo(amount));
		}
	}

	/** Returns the number of state rates checked. */
	public static int stateRatesPool(List<Map<String, String>> rows, Path data) throws SQLException {
		Map<String, long[]> pooled = new HashMap<>();
		try (Connection connection = DriverManager
			.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("pathway"), "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement
					.executeQuery("SELECT m.state, c.outcome, c.data_year, c.numerator, c.denominator"
							+ " FROM milestone c JOIN member m ON m.member_id = c.member_id WHERE c.dimension = 'all'"
							+ " AND c.numerator IS NOT NULL AND c.denominator IS NOT NULL")) {
			while (rs.next()) {
				long[] counts = pooled.computeIfAbsent(
						"state:" + rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3), (k) -> new long[2]);
				counts[0] += rs.getLong(4);
				counts[1] += rs.getLong(5);
			}
		}
		List<Map<String, String>> stateRates = rows.stream()
			.filter((r) -> r.get("metric").equals("O1") && r.get("scope").startsWith("state:")
					&& r.get("dimension").equals("all") && !r.get("value").isEmpty())
			.toList();
		for (Map<String, String> row : stateRates) {
			long[] counts = pooled.get(row.get("scope") + "|" + row.get("outcome") + "|" + row.get("year"));
			BigDecimal expected = BigDecimal.valueOf(counts[0])
				.divide(BigDecimal.valueOf(counts[1]), MathContext.DECIMAL128)
				.setScale(12, RoundingMode.HALF_EVEN);
			assertThat(new BigDecimal(row.get("value"))).as(row.toString()).isEqualByComparingTo(expected);
		}
		return stateRates.size();
	}

	/**
	 * Returns the number of (scope, outcome, year, dimension) with suppressed subgroups.
	 */
	public static int noSuppressedCellRecoverable(List<Map<String, String>> rows) {
		Map<String, List<Map<String, String>>> byDimension = rows.stream()
			.filter((r) -> r.get("metric").equals("O1") && !r.get("dimension").equals("all"))
			.collect(Collectors.groupingBy(
					(r) -> r.get("scope") + "|" + r.get("outcome") + "|" + r.get("year") + "|" + r.get("dimension")));
		Map<String, Map<String, String>> totals = new HashMap<>();
		rows.stream()
			.filter((r) -> r.get("metric").equals("O1") && r.get("dimension").equals("all"))
			.forEach((r) -> totals.put(r.get("scope") + "|" + r.get("outcome") + "|" + r.get("year"), r));
		int dimensionsWithSuppression = 0;
		for (Map.Entry<String, List<Map<String, String>>> entry : byDimension.entrySet()) {
			long hidden = entry.getValue().stream().filter((r) -> "suppressed".equals(r.get("note"))).count();
			if (hidden == 0) {
				continue;
			}
			dimensionsWithSuppression++;
			assertThat(entry.getValue())
				.allMatch((r) -> r.get("value").isEmpty() == "suppressed".equals(r.get("note")));
			String cell = entry.getKey().substring(0, entry.getKey().lastIndexOf('|'));
			Map<String, String> total = totals.get(cell);
			if (total != null && !total.get("value").isEmpty()) {
				assertThat(hidden).as("hidden subgroups of " + entry.getKey() + " beside a shown total")
					.isNotEqualTo(1);
			}
		}
		return dimensionsWithSuppression;
	}

	private static Map<String, BigDecimal> sum(List<Map<String, String>> selected,
			java.util.function.Function<Map<String, String>, String> key) {
		Map<String, BigDecimal> sums = new HashMap<>();
		selected.forEach((r) -> sums.merge(key.apply(r), new BigDecimal(r.get("value")), BigDecimal::add));
		return sums;
	}

	/**
	 * metrics.csv as maps; names in this sample have no commas or quotes, fields are
	 * split plainly.
	 */
	public static List<Map<String, String>> read(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		String[] header = lines.get(0).split(",", -1);
		List<Map<String, String>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",", -1);
			assertThat(fields).as(line).hasSize(header.length);
			Map<String, String> row = new HashMap<>();
			for (int i = 0; i < header.length; i++) {
				row.put(header[i], fields[i]);
			}
			rows.add(row);
		}
		return rows;
	}

}
