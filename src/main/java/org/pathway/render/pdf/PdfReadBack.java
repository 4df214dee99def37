package org.pathway.render.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.pathway.metrics.MetricValue;
import org.pathway.render.Discrepancy;
import org.pathway.render.ShownValues;
import org.pathway.render.ValueText;
import org.pathway.report.ReportDocument;

/**
 * The PDF's side of the reconciliation gate: every value a block of the document shows
 * must be in the PDF's text as the document formats it ({@code USD 175,000,000.00},
 * {@code 36,472}). Key figures come first, so pages are read only until each has been
 * seen.
 */
final class PdfReadBack {

	private PdfReadBack() {
	}

	static List<Discrepancy> reconcile(ReportDocument document, List<MetricValue> values, Path file)
			throws IOException {
		List<MetricValue> shown = values.stream().filter((value) -> ShownValues.shows(document, value)).toList();
		List<String> wanted = shown.stream().map(ValueText::of).toList();
		String text = spaced(PdfText.until(file, (read) -> wanted.stream().allMatch(spaced(read)::contains)));
		List<Discrepancy> discrepancies = new ArrayList<>();
		for (MetricValue value : shown) {
			String formatted = ValueText.of(value);
			if (!text.contains(formatted)) {
				discrepancies.add(new Discrepancy(value, formatted, "not found in the PDF's text"));
			}
		}
		return discrepancies;
	}

	/** Line breaks and runs of spaces read as one space, as a reader sees them. */
	private static String spaced(String text) {
		return text.replaceAll("\\s+", " ");
	}

}
