package org.pathway.ingest.read;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Measures {@link XlsxRecordSource} on a large generated sheet: rows per second and peak
 * heap, to show that reading is streamed. Not a unit test: run
 * {@code main [inline|shared] [rows] [file]}, e.g. with {@code -Xmx64m}; {@code shared}
 * stores the texts in a shared-strings table as Excel does, and a file, when given, is
 * kept (and read again, without writing, when it exists).
 */
final class XlsxReadSpeed {

	private static final int ROWS = 200_000;

	/**
	 * After this many records the live heap is measured once, after a full collection.
	 */
	private static final int HALF_WAY = 100_000;

	private XlsxReadSpeed() {
	}

	public static void main(String[] args) throws Exception {
		boolean shared = args.length > 0 && args[0].equals("shared");
		int rows = (args.length > 1) ? Integer.parseInt(args[1]) : ROWS;
		boolean keep = args.length > 2;
		Path file = keep ? Path.of(args[2]) : Files.createTempFile("xlsx-read-speed", ".xlsx");
		try {
			if (!keep || !Files.exists(file)) {
				long start = System.nanoTime();
				write(file, rows, shared);
				System.out.printf("wrote %,d rows x 8 columns (%s strings): %,d bytes in %.1f s%n", rows,
						shared ? "shared" : "inline", Files.size(file), (System.nanoTime() - start) / 1e9);
			}
			for (int round = 1; round <= 3; round++) {
				read(file, round);
			}
		}
		finally {
			if (!keep) {
				Files.deleteIfExists(file);
			}
		}
	}

	private static void read(Path file, int round) throws Exception {
		System.gc();
		long baseline = heapUsed();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		Problems problems = new Problems(file.getFileName().toString());
		long start = System.nanoTime();
		long records = 0;
		String last = null;
		long live = 0;
		try (XlsxRecordSource source = new XlsxRecordSource(file, "grants", problems)) {
			RawRecord record;
			while ((record = source.next()) != null) {
				records++;
				last = record.values()[4];
				if (records == HALF_WAY) {
					System.gc();
					live = heapUsed();
				}
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(
				"round %d: %,d records in %.2f s = %,.0f rows/s; heap before %.1f MB, live half-way %.1f MB,"
						+ " peak sum over heap pools %.1f MB (max %.0f MB); problems %d; last amount %s%n",
				round, records, seconds, records / seconds, baseline / 1e6, live / 1e6, peakHeap() / 1e6,
				Runtime.getRuntime().maxMemory() / 1e6, problems.count(), last);
	}

	private static void write(Path file, int rows, boolean shared) throws Exception {
		Random random = new Random(42);
		try (SXSSFWorkbook book = new SXSSFWorkbook(new XSSFWorkbook(), 100, true, shared);
				OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = book.createSheet("grants");
			CellStyle money = book.createCellStyle();
			money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
			String[] names = { "grant_id", "funder_id", "title", "currency", "amount", "award_date", "start_date",
					"end_date" };
			Row header = sheet.createRow(0);
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			LocalDate first = LocalDate.of(2019, 1, 1);
			for (int r = 1; r <= rows; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(String.format("G-%07d", r));
				row.createCell(1).setCellValue("F-" + (r % 40));
				row.createCell(2).setCellValue("Grant for programme " + (r % 1000));
				row.createCell(3).setCellValue("USD");
				Cell amount = row.createCell(4);
				amount.setCellValue(random.nextInt(100_000_000) / 100.0);
				amount.setCellStyle(money);
				LocalDate award = first.plusDays(random.nextInt(2000));
				styled(row.createCell(5), award, date);
				styled(row.createCell(6), award.plusDays(30), date);
				styled(row.createCell(7), award.plusDays(30 + 365L * (1 + random.nextInt(3))), date);
			}
			book.write(out);
		}
	}

	private static void styled(Cell cell, LocalDate value, CellStyle style) {
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

}
