package org.pathway.ingest.read;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures {@link CsvRecordSource} throughput on a generated grants-like file; run by
 * hand ({@code java ... CsvReadSpeed [rows]}), never as a unit test, since timings vary
 * by machine.
 */
final class CsvReadSpeed {

	private CsvReadSpeed() {
	}

	public static void main(String[] args) throws IOException {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 2_000_000;
		Path file = Files.createTempFile("csv-speed", ".csv");
		try {
			try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				out.write("regrant_id,grant_id,member_id,currency,amount,award_date,start_date,end_date\n");
				for (int i = 0; i < rows; i++) {
					out.write(String.format("RG%07d,G%05d,M%04d,USD,%d.%02d,2024-%02d-15,2024-%02d-01,2025-%02d-28%n",
							i, i % 50_000, i % 2_000, i % 1_000_000, i % 100, 1 + i % 12, 1 + i % 12, 1 + i % 12));
				}
			}
			long size = Files.size(file);
			System.out.printf("%,d rows, %,d bytes (%.1f bytes per row)%n", rows, size, (double) size / rows);
			for (int run = 1; run <= 6; run++) {
				long start = System.nanoTime();
				long records = 0;
				Problems problems = new Problems("speed.csv");
				try (CsvRecordSource source = new CsvRecordSource(file, problems)) {
					while (source.next() != null) {
						records++;
					}
				}
				double seconds = (System.nanoTime() - start) / 1e9;
				System.out.printf("run %d: %,d records in %.3f s: %.0f MB/s, %,.0f records/s, %d problems%n", run,
						records, seconds, size / seconds / 1e6, records / seconds, problems.count());
			}
		}
		finally {
			Files.delete(file);
		}
	}

}
