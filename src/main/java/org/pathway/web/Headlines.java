package org.pathway.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's headline figures of one run, read from its stored metric values
 * (domain.md section 3): young people additionally on a path (H1), progress to the plan
 * goal beside the time elapsed (H2), and the network's money committed (F1) and regranted
 * (F5) per currency. Read only; the query is {@code sql/web/headlines.sql}.
 */
@Component
@ConditionalOnWebApplication
class Headlines {

	private final NamedParameterJdbcTemplate jdbc;

	private final String query;

	Headlines(NamedParameterJdbcTemplate jdbc) throws IOException {
		this.jdbc = jdbc;
		this.query = new ClassPathResource("sql/web/headlines.sql").getContentAsString(StandardCharsets.UTF_8);
	}

	List<Figure> of(long runId) {
		return this.jdbc.query(this.query, Map.of("runId", runId), (rs, i) -> figure(rs.getString(1), rs.getString(2),
				rs.getString(3), rs.getBigDecimal(4), rs.getString(5)));
	}

	private static Figure figure(String metric, String dimension, String currency, BigDecimal value, String note) {
		String label = switch (metric) {
			case "H1" -> "Additional young people on a path";
			case "H2" -> "pace".equals(dimension) ? "Share of the plan period elapsed" : "Progress to the plan goal";
			case "F1" -> "Committed by funders";
			default -> "Regranted to members";
		};
		if (value == null) {
			return new Figure(metric, label, (note != null) ? note.replace('_', ' ') : "no data");
		}
		String text = switch (metric) {
			case "H1" -> pattern("#,##0").format(value.setScale(0, RoundingMode.HALF_EVEN));
			case "H2" -> pattern("pace".equals(dimension) ? "0.0" : "0.0###").format(value.movePointRight(2)) + " %";
			default -> currency + " " + pattern("#,##0.00").format(value);
		};
		return new Figure(metric, label, text);
	}

	private static DecimalFormat pattern(String pattern) {
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setRoundingMode(RoundingMode.HALF_EVEN);
		format.setParseBigDecimal(true);
		return format;
	}

	/**
	 * One figure as the dashboard shows it.
	 *
	 * @param metric its metric id of domain.md section 3
	 * @param label what it means, in words
	 * @param value its value, formatted, or why there is none
	 */
	record Figure(String metric, String label, String value) {
	}

}
