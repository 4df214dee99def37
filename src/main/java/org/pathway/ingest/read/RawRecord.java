package org.pathway.ingest.read;

/**
 * One data record of a tabular file, before any validation.
 *
 * @param line the 1-based physical line (CSV: the line the record starts on) or sheet row
 * number
 * @param values the cell texts, in header order, exactly as many as the header has
 * columns; CSV values are unquoted text, Excel values are normalised by
 * {@link RecordSource} implementations
 */
public record RawRecord(long line, String[] values) {
}
