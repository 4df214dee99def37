package org.pathway.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.pathway.domain.Scope;
import org.pathway.metrics.MetricStore;
import org.pathway.metrics.MetricValue;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The dashboard's headline figures of one run, read from its stored metric values
 * (domain.md section 3): young people additionally on a path (H1), progress to the plan
 * goal beside the time elapsed (H2), and the network's money committed (F1) and regranted
 * (F5) per currency.
 */
@Component
@ConditionalOnWebApplication
class Headlines {

	private static final List<String> METRICS = List.of("H1", "H2", "F1", "F5");

	private final MetricStore store;

	Headlines(MetricStore store) {
		this.store = store;
	}

	List<Figure> of(long runId) {
		return this.store.values(runId, Scope.NETWORK.toString(), METRICS)
			.stream()
			.filter((v) -> v.outcome() == null)
			.filter((v) -> ("all".equals(v.dimension()) && "all".equals(v.subgroup())) || "pace".equals(v.dimension()))
			.sorted(Comparator.comparingInt((MetricValue v) -> METRICS.indexOf(v.metric())))
			.map((v) -> figure(v.metric(), v.dimension(), v.currency(), v.value(), v.note()))
			.toList();
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
