/**
 * The PDF renderer: a {@code ReportDocument} as a PDF for funders to read (the only
 * package that imports OpenPDF).
 */
package org.pathway.render.pdf;
