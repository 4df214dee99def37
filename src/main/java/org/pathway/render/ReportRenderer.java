package org.pathway.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.pathway.metrics.MetricValue;
import org.pathway.report.ReportDocument;

/**
 * Lays out a format-neutral report in one file format, and reads what it wrote back: a
 * Spring bean of this type is all the reports step, the reconciliation gate, the
 * downloads and the deliveries need to handle a format.
 */
public interface ReportRenderer {

	/** The format's name, file extension, media type and purpose. */
	ReportFormat format();

	void render(ReportDocument document, OutputStream out) throws IOException;

	/**
	 * Reads {@code file}, which {@link #render} wrote from {@code document}, back and
	 * returns every one of {@code values} (stored key figures of the document's scope) it
	 * does not show as stored, in their order; empty when the file agrees. Each format
	 * decides what showing means: exact numbers in a data sheet, or the document's text.
	 * @throws IOException when the file cannot be read
	 * @throws IllegalStateException when the file is not what this renderer writes
	 */
	List<Discrepancy> reconcile(ReportDocument document, List<MetricValue> values, Path file) throws IOException;

}
