package org.pathway.render;

import java.io.IOException;
import java.io.OutputStream;

import org.pathway.report.ReportDocument;

/** Lays out a format-neutral report in one file format. */
public interface ReportRenderer {

	/** The file extension and manifest format: {@code pdf} or {@code xlsx}. */
	String format();

	void render(ReportDocument document, OutputStream out) throws IOException;

}
