package org.pathway.publish;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.pathway.ingest.read.Problems;
import org.pathway.ingest.read.RawRecord;
import org.pathway.ingest.read.XlsxRecordSource;
import org.pathway.metrics.MetricValue;
import org.pathway.render.ValueText;
import org.pathway.render.pdf.PdfText;
import org.pathway.report.ReportDocument;

import org.springframework.stereotype.Component;

/**
 * After a report is written, reads its workbook and its PDF back and checks the key
 * totals (F1, F2, F5, F6 per currency, and H1) against the stored values: the workbook's
 * Metrics sheet must hold the same exact numbers, and the PDF's text must show them as
 * the document formats them. Any difference fails the run, with the figures side by side.
 */
@Component
class ReconciliationGate {

	private static final List<String> KEY = List.of("F1", "F2", "F5", "F6", "H1");

	void check(ReportDocument document, List<Path> files) throws IOException {
		List<MetricValue> expected = document.metrics()
			.stream()
			.filter((v) -> KEY.contains(v.metric()) && v.scope().equals(document.scope()) && v.dimension().equals("all")
					&& v.value() != null)
			.toList();
		List<String> differences = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			if (name.endsWith(".xlsx")) {
				List<String[]> sheet = metricsSheet(file);
				for (MetricValue value : expected) {
					String[] row = sheet.stream()
						.filter((r) -> r[0].equals(value.metric()) && r[1].equals(value.scope()) && r[3].equals("all")
								&& r[4].equals("all") && Objects.equals(emptyToNull(r[6]), value.currency()))
						.findFirst()
						.orElse(null);
					if (row == null || row[7].isEmpty() || new BigDecimal(row[7]).compareTo(value.value()) != 0) {
						differences.add(name + ": " + describe(value) + " is " + value.value().toPlainString()
								+ " in the metric store but " + ((row == null) ? "absent" : "'" + row[7] + "'")
								+ " in the Metrics sheet");
					}
				}
			}
			else if (name.endsWith(".pdf")) {
				List<String> wanted = expected.stream()
					.filter((value) -> shown(document, value))
					.map((value) -> value.metric().equals("H1") ? ValueText.count(value.value())
							: ValueText.money(value.value(), value.currency()))
					.toList();
				// key figures come first: read pages only until every figure has been
				// seen
				String text = PdfText.until(file, (read) -> wanted.stream().allMatch(spaced(read)::contains))
					.replaceAll("\\s+", " ");
				for (MetricValue value : expected) {
					if (!shown(document, value)) {
						continue;
					}
					String formatted = value.metric().equals("H1") ? ValueText.count(value.value())
							: ValueText.money(value.value(), value.currency());
					if (!text.contains(formatted)) {
						differences.add(name + ": " + describe(value) + " is " + formatted
								+ " in the metric store but not found in the PDF's text");
					}
				}
			}
		}
		if (!differences.isEmpty()) {
			throw new IllegalStateException("reconciliation failed for " + document.reportId() + " " + document.scope()
					+ ": " + String.join("; ", differences));
		}
	}

	private static String spaced(String text) {
		return text.replaceAll("\\s+", " ");
	}

	/**
	 * True when some cell of the document shows this value (a template may leave sections
	 * out).
	 */
	private static boolean shown(ReportDocument document, MetricValue value) {
		for (ReportDocument.Section section : document.sections()) {
			for (ReportDocument.Block block : section.blocks()) {
				if (block instanceof ReportDocument.KeyFigures figures) {
					for (ReportDocument.Figure figure : figures.figures()) {
						if (same(figure.value(), value)) {
							return true;
						}
					}
				}
				if (block instanceof ReportDocument.Table table) {
					for (List<ReportDocument.Cell> row : table.rows()) {
						for (ReportDocument.Cell cell : row) {
							if (same(cell, value)) {
								return true;
							}
						}
					}
				}
			}
		}
		return false;
	}

	private static boolean same(ReportDocument.Cell cell, MetricValue value) {
		return cell.value() instanceof BigDecimal number && number.compareTo(value.value()) == 0
				&& Objects.equals(cell.currency(), value.currency());
	}

	/**
	 * The money and headline rows of the Metrics sheet. The sheet lists money (F) and
	 * headline (H) values first, so reading stops at the first outcome or equity row.
	 */
	private static List<String[]> metricsSheet(Path file) throws IOException {
		Problems problems = new Problems(file.getFileName().toString());
		List<String[]> rows = new ArrayList<>();
		try (XlsxRecordSource source = new XlsxRecordSource(file, "Metrics", problems)) {
			RawRecord record;
			while ((record = source.next()) != null && !record.values()[0].startsWith("O")
					&& !record.values()[0].startsWith("E")) {
				rows.add(record.values());
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("reconciliation: the workbook " + file.getFileName()
					+ " cannot be read back: " + problems.kept().get(0));
		}
		return rows;
	}

	private static String describe(MetricValue value) {
		return value.metric() + " " + value.scope() + ((value.currency() != null) ? " " + value.currency() : "");
	}

	private static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

}
