package org.pathway.render;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.pathway.metrics.MetricValue;
import org.pathway.report.ReportDocument;
import org.pathway.report.ReportDocument.Block;
import org.pathway.report.ReportDocument.Cell;
import org.pathway.report.ReportDocument.Figure;
import org.pathway.report.ReportDocument.KeyFigures;
import org.pathway.report.ReportDocument.Section;
import org.pathway.report.ReportDocument.Table;

/**
 * Which stored values a report's blocks show (a template may leave sections out): a
 * format that prints the blocks must show those, and only those can be looked for in it.
 */
public final class ShownValues {

	private ShownValues() {
	}

	/** True when a key figure or a table cell of the document shows this value. */
	public static boolean shows(ReportDocument document, MetricValue value) {
		for (Section section : document.sections()) {
			for (Block block : section.blocks()) {
				if (block instanceof KeyFigures figures) {
					for (Figure figure : figures.figures()) {
						if (same(figure.value(), value)) {
							return true;
						}
					}
				}
				if (block instanceof Table table) {
					for (List<Cell> row : table.rows()) {
						for (Cell cell : row) {
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

	private static boolean same(Cell cell, MetricValue value) {
		return cell.value() instanceof BigDecimal number && number.compareTo(value.value()) == 0
				&& Objects.equals(cell.currency(), value.currency());
	}

}
