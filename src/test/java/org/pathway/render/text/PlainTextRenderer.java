package org.pathway.render.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.pathway.metrics.MetricValue;
import org.pathway.render.Discrepancy;
import org.pathway.render.ReportFormat;
import org.pathway.render.ReportRenderer;
import org.pathway.render.ShownValues;
import org.pathway.render.ValueText;
import org.pathway.report.ReportDocument;
import org.pathway.report.ReportDocument.Block;
import org.pathway.report.ReportDocument.Cell;
import org.pathway.report.ReportDocument.Figure;
import org.pathway.report.ReportDocument.KeyFigures;
import org.pathway.report.ReportDocument.Section;
import org.pathway.report.ReportDocument.Table;

/**
 * A trivial output format, test scope only: the report as plain text, a line per key
 * figure and per table row, read back by searching its text. It is what the recipe "add
 * an output format" asks for, one class; a real one is annotated {@code @Component} (this
 * one is not, so that only the tests that import it see it). {@link #lie} makes it print
 * every figure as zero, for the gate to catch.
 */
public class PlainTextRenderer implements ReportRenderer {

	/** When set, every number is written as 0. */
	public static volatile boolean lie;

	static final ReportFormat FORMAT = new ReportFormat("txt", "txt", "text/plain;charset=UTF-8", "to read anywhere");

	@Override
	public ReportFormat format() {
		return FORMAT;
	}

	@Override
	public void render(ReportDocument document, OutputStream out) throws IOException {
		StringBuilder text = new StringBuilder(document.title()).append('\n');
		for (Section section : document.sections()) {
			text.append('\n').append(section.title()).append('\n');
			for (Block block : section.blocks()) {
				if (block instanceof KeyFigures figures) {
					for (Figure figure : figures.figures()) {
						text.append(figure.label())
							.append(": ")
							.append(shown(figure.value(), figure.format()))
							.append('\n');
					}
				}
				if (block instanceof Table table) {
					for (List<Cell> row : table.rows()) {
						List<String> cells = new ArrayList<>();
						for (int i = 0; i < row.size(); i++) {
							cells.add(shown(row.get(i), table.columns().get(i).format()));
						}
						text.append(String.join(" | ", cells)).append('\n');
					}
				}
			}
		}
		out.write(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public List<Discrepancy> reconcile(ReportDocument document, List<MetricValue> values, Path file)
			throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		List<Discrepancy> discrepancies = new ArrayList<>();
		for (MetricValue value : values) {
			if (ShownValues.shows(document, value) && !text.contains(ValueText.of(value))) {
				discrepancies.add(new Discrepancy(value, ValueText.of(value), "not found in the text"));
			}
		}
		return discrepancies;
	}

	private static String shown(Cell cell, ReportDocument.Format format) {
		String shown = ValueText.format(cell, format);
		return lie ? shown.replaceAll("[0-9]", "0") : shown;
	}

}
