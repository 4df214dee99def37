/**
 * The workbook renderer: a {@code ReportDocument} as an .xlsx (with ingest, the only
 * package that imports POI).
 */
package org.pathway.render.excel;
