package org.pathway.ingest.read;

import java.io.IOException;
import java.util.List;

/**
 * Streams the records of one tabular input file (a CSV file, or one sheet of an .xlsx
 * workbook), never holding the whole file in memory.
 *
 * <p>
 * Problems of structure (bad encoding, ragged rows, an unterminated quote, a sheet that
 * is not there) are added to the {@link Problems} given at construction, with line and
 * column. A record whose structure is broken is reported and skipped; a problem after
 * which nothing more can be read (an unterminated quote, a corrupt workbook) is reported
 * and ends the stream.
 */
public interface RecordSource extends AutoCloseable {

	/**
	 * The header names, trimmed, in file order; empty when the file has no readable
	 * header (a problem has then been reported).
	 */
	List<String> header();

	/**
	 * The next record, or null when there are no more. Records whose number of fields
	 * differs from the header are reported and skipped, never padded or cut.
	 */
	RawRecord next() throws IOException;

	/**
	 * Reads to the end without using the records, so that every structural problem is
	 * reported even when the file is refused for another reason; returns the records
	 * read.
	 */
	default long drain() throws IOException {
		long records = 0;
		while (next() != null) {
			records++;
		}
		return records;
	}

	/**
	 * Physical lines (CSV) or rows (Excel) read so far, including the header and blank
	 * ones.
	 */
	long linesRead();

	@Override
	void close() throws IOException;

}
