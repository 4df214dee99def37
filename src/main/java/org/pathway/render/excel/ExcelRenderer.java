package org.pathway.render.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.pathway.metrics.MetricValue;
import org.pathway.render.Discrepancy;
import org.pathway.render.ReportFormat;
import org.pathway.render.ReportRenderer;
import org.pathway.report.ReportDocument;

import org.springframework.stereotype.Component;

/**
 * Lays a {@link ReportDocument} out as an .xlsx: {@code Summary} first, the readable
 * sheets (tables and native charts, built with XSSF), then the streamed {@code Metrics}
 * sheet; same document, same bytes.
 */
@Component
public class ExcelRenderer implements ReportRenderer {

	private static final ReportFormat FORMAT = new ReportFormat("xlsx", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"to analyse (its Metrics sheet has every value, one row each)");

	/** Rows of the Metrics sheet kept in memory while streaming. */
	static final int WINDOW = 200;

	@Override
	public ReportFormat format() {
		return FORMAT;
	}

	@Override
	public void render(ReportDocument document, OutputStream out) throws IOException {
		Path written = Files.createTempFile("pathway-", ".xlsx");
		try {
			try (XSSFWorkbook workbook = new XSSFWorkbook()) {
				String primary = (document.branding() != null) ? document.branding().primaryColour() : null;
				Styles styles = new Styles(workbook, primary);
				SheetNames names = new SheetNames();
				names.allocate(SummarySheet.NAME);
				names.allocate(MetricsSheet.NAME);
				SummarySheet summary = new SummarySheet(workbook.createSheet(SummarySheet.NAME), styles);
				List<String> readable = new ReadableSheets(workbook, names, styles).write(document);
				summary.write(document, readable);
				describe(workbook.getProperties().getCoreProperties(), document);
				stream(workbook, styles, document, written);
			}
			Reproducible.copy(written, out, document.asOf());
		}
		finally {
			Files.deleteIfExists(written);
		}
	}

	/** The Metrics sheet holds every one of the values, exactly. */
	@Override
	public List<Discrepancy> reconcile(ReportDocument document, List<MetricValue> values, Path file)
			throws IOException {
		return MetricsReadBack.reconcile(values, file);
	}

	/**
	 * Only the Metrics sheet streams: the readable sheets are small, and XSSF can draw
	 * their charts.
	 */
	private static void stream(XSSFWorkbook workbook, Styles styles, ReportDocument document, Path written)
			throws IOException {
		SXSSFWorkbook streaming = new SXSSFWorkbook(workbook, WINDOW, true);
		try {
			MetricsSheet.write(streaming, styles, document.metrics());
			try (OutputStream file = Files.newOutputStream(written)) {
				streaming.write(file);
			}
		}
		finally {
			streaming.dispose();
		}
	}

	/**
	 * Title, subject, author and language; created and modified at the as-of date, 00:00
	 * UTC.
	 */
	private static void describe(POIXMLProperties.CoreProperties core, ReportDocument document) {
		Date asOf = Date.from(document.asOf().atStartOfDay(ZoneOffset.UTC).toInstant());
		core.setCreated(Optional.of(asOf));
		core.setModified(Optional.of(asOf));
		core.setTitle(Cells.safe(document.title()));
		core.setSubjectProperty(Cells.safe(document.subject()));
		if (document.branding() != null && document.branding().organisation() != null) {
			core.setCreator(Cells.safe(document.branding().organisation()));
		}
		if (document.language() != null) {
			core.getUnderlyingProperties().setLanguageProperty(Optional.of(document.language()));
		}
	}

}
