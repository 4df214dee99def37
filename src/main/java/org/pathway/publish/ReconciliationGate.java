package org.pathway.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.pathway.metrics.MetricValue;
import org.pathway.render.Discrepancy;
import org.pathway.render.ReportRenderer;
import org.pathway.report.ReportDocument;

import org.springframework.stereotype.Component;

/**
 * After a report is written, has each renderer read its file back and checks the key
 * totals (F1, F2, F5, F6 per currency, and H1) against the stored values, whatever the
 * format: a workbook's Metrics sheet must hold the same exact numbers, a PDF's text must
 * show them as the document formats them. Any difference fails the run, with the figures
 * side by side.
 */
@Component
class ReconciliationGate {

	private static final List<String> KEY = List.of("F1", "F2", "F5", "F6", "H1");

	void check(ReportDocument document, List<Written> files) throws IOException {
		List<MetricValue> expected = document.metrics()
			.stream()
			.filter((v) -> KEY.contains(v.metric()) && v.scope().equals(document.scope()) && v.dimension().equals("all")
					&& v.value() != null)
			.toList();
		List<String> differences = new ArrayList<>();
		for (Written written : files) {
			String name = written.file().getFileName().toString();
			for (Discrepancy discrepancy : written.renderer().reconcile(document, expected, written.file())) {
				differences.add(name + ": " + describe(discrepancy.value()) + " is " + discrepancy.stored()
						+ " in the metric store but " + discrepancy.found());
			}
		}
		if (!differences.isEmpty()) {
			throw new IllegalStateException("reconciliation failed for " + document.reportId() + " " + document.scope()
					+ ": " + String.join("; ", differences));
		}
	}

	private static String describe(MetricValue value) {
		return value.metric() + " " + value.scope() + ((value.currency() != null) ? " " + value.currency() : "");
	}

	/** A file a renderer wrote, to be read back by that renderer. */
	record Written(ReportRenderer renderer, Path file) {
	}

}
