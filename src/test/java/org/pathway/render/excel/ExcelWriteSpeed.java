package org.pathway.render.excel;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.pathway.report.ReportDocument;

/**
 * Not a unit test: writes a workbook with 200,000 Metrics rows (or the first argument)
 * three times and prints rows/s and the heap used while writing; run it with
 * {@code -Xmx80m} to see memory stay bounded.
 */
public final class ExcelWriteSpeed {

	private ExcelWriteSpeed() {
	}

	public static void main(String[] args) throws Exception {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 200_000;
		ReportDocument document = ExcelFixtures.document(rows);
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		Path file = Files.createTempFile("excel-write-speed-", ".xlsx");
		try {
			for (int run = 1; run <= 3; run++) {
				System.gc();
				long baseline = memory.getHeapMemoryUsage().getUsed();
				AtomicLong peak = new AtomicLong(baseline);
				Thread sampler = new Thread(() -> {
					while (!Thread.currentThread().isInterrupted()) {
						peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
						try {
							Thread.sleep(1);
						}
						catch (InterruptedException ex) {
							return;
						}
					}
				});
				sampler.setDaemon(true);
				sampler.start();
				long started = System.nanoTime();
				try (OutputStream out = Files.newOutputStream(file)) {
					new ExcelRenderer().render(document, out);
				}
				double seconds = (System.nanoTime() - started) / 1e9;
				sampler.interrupt();
				sampler.join();
				System.out.printf(
						"run %d: %,d rows in %.2f s = %,.0f rows/s; %,d bytes; heap: document %d MB, "
								+ "peak while writing %d MB (+%d MB); max heap %d MB%n",
						run, rows, seconds, rows / seconds, Files.size(file), baseline >> 20, peak.get() >> 20,
						(peak.get() - baseline) >> 20, Runtime.getRuntime().maxMemory() >> 20);
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
