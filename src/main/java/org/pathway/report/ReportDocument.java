package org.pathway.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A report, format-neutral: what the PDF and the workbook both show. Built once per
 * report and scope from the run's metric values and facts by an assembler; each renderer
 * only lays it out.
 *
 * @param reportId the template id ({@code funder-report}, {@code strategic-plan})
 * @param scope the scope it covers ({@code funder:<id>} or {@code network})
 * @param asOf the run's as-of date
 * @param title the document title (PDF title, first heading, workbook title)
 * @param subject the document subject
 * @param language the document language (BCP 47, e.g. {@code en-US})
 * @param branding name, colours and logo of the intermediary, from the template
 * @param sections the sections in order; each is a bookmark in the PDF
 * @param metrics the rows of the {@code Metrics} sheet: every metric value in the
 * report's scope
 */
public record ReportDocument(String reportId, String scope, LocalDate asOf, String title, String subject,
		String language, Branding branding, List<Section> sections, List<org.pathway.metrics.MetricValue> metrics) {

	/**
	 * Look of the report.
	 *
	 * @param organisation the intermediary's name, on the cover and in footers
	 * @param primaryColour headings and table headers, {@code #RRGGBB}
	 * @param accentColour charts and highlights, {@code #RRGGBB}
	 * @param logo PNG bytes of the logo, or null
	 * @param footer text of every page footer
	 */
	public record Branding(String organisation, String primaryColour, String accentColour, byte[] logo, String footer) {
	}

	/**
	 * A titled part of the report: a bookmark in the PDF; its tables may also become
	 * workbook sheets.
	 */
	public record Section(String id, String title, List<Block> blocks) {
	}

	/** What a section holds. */
	public sealed interface Block permits Paragraph, KeyFigures, Table, Chart {

	}

	/** Running text; {@code small} for notes and legends. */
	public record Paragraph(String text, boolean small) implements Block {
	}

	/**
	 * A row of headline figures, each a label, a formatted value and a line of detail.
	 */
	public record KeyFigures(List<Figure> figures) implements Block {
	}

	/**
	 * A headline figure: its label, its value shown in {@code format}, and a line of
	 * detail.
	 */
	public record Figure(String label, Cell value, Format format, String detail) {
	}

	/**
	 * A table. {@code sheet} names the workbook sheet the table also goes to (null: PDF
	 * only); headers repeat on every PDF page.
	 */
	public record Table(String caption, String sheet, List<Column> columns, List<List<Cell>> rows,
			List<String> footnotes) implements Block {
	}

	/** A column: its header, how its values are shown, and its relative width. */
	public record Column(String header, Format format, float width) {
	}

	/**
	 * How a value is shown: in the PDF as text, in the workbook as a typed cell with a
	 * number format.
	 */
	public enum Format {

		/** Text, always written as text (never a formula). */
		TEXT,
		/** An amount in the cell's currency: {@code USD 1,500,000.25}. */
		MONEY,
		/** A fraction shown as a percentage: {@code 45.0%}. */
		RATE,
		/** A change of rates in percentage points: {@code +5.0 pts}. */
		CHANGE,
		/** A whole number: {@code 1,234}. */
		COUNT,
		/** A year or a date, as text: {@code 2025}, {@code 2025-06-30}. */
		DATE

	}

	/**
	 * One value. {@code value} is a String, a BigDecimal or a Long/Integer; null with a
	 * note ({@code suppressed}, {@code no_data}) when there is nothing to show.
	 */
	public record Cell(Object value, String currency, String note) {

		public static Cell text(String text) {
			return new Cell(text, null, null);
		}

		public static Cell number(BigDecimal value) {
			return new Cell(value, null, null);
		}

		public static Cell money(BigDecimal value, String currency) {
			return new Cell(value, currency, null);
		}

		public static Cell missing(String note) {
			return new Cell(null, null, note);
		}

	}

	/**
	 * A chart, drawn as vectors in the PDF (and natively in the workbook where it helps).
	 * {@code categories} are the x axis (years, members, outcomes); each series has one
	 * value per category (null: no value).
	 */
	public record Chart(String caption, ChartKind kind, Format format, List<String> categories, List<Series> series,
			String sheet) implements Block {
	}

	public enum ChartKind {

		/** Vertical bars per category, one bar per series. */
		BAR,
		/** One line per series across the categories. */
		LINE,
		/**
		 * Horizontal progress bars: series 0 = achieved, series 1 = expected (e.g. time
		 * elapsed).
		 */
		PROGRESS

	}

	public record Series(String name, List<BigDecimal> values) {
	}

}
