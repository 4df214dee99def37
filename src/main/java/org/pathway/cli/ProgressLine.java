package org.pathway.cli;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.pathway.progress.RunProgress;

/**
 * The progress of a long run on the command line: at a terminal, one line rewritten in
 * place (step, percent, rows per second); otherwise (a scheduler, a log file) a plain
 * line when a step begins and every {@code interval} while it runs.
 */
final class ProgressLine implements AutoCloseable {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

	private final RunProgress progress;

	private final PrintStream err;

	private final PrintStream out;

	private final boolean terminal;

	private final long quietUntil;

	private final long plainEveryMillis;

	private final ScheduledExecutorService ticker;

	private String lastStep;

	private long lastPlain;

	private boolean drawn;

	private ProgressLine(RunProgress progress, PrintStream out, PrintStream err, boolean terminal, long tickMillis,
			long quietMillis, long plainEveryMillis) {
		this.progress = progress;
		this.out = out;
		this.err = err;
		this.quietUntil = System.currentTimeMillis() + quietMillis;
		this.terminal = terminal;
		this.plainEveryMillis = plainEveryMillis;
		this.ticker = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "pathway-progress");
			thread.setDaemon(true);
			return thread;
		});
		this.ticker.scheduleAtFixedRate(this::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
	}

	static ProgressLine start(RunProgress progress, PrintStream out, PrintStream err) {
		return new ProgressLine(progress, out, err, System.console() != null, 250, 5_000, 10_000);
	}

	static ProgressLine start(RunProgress progress, PrintStream out, PrintStream err, boolean terminal, long tickMillis,
			long quietMillis, long plainEveryMillis) {
		return new ProgressLine(progress, out, err, terminal, tickMillis, quietMillis, plainEveryMillis);
	}

	private synchronized void tick() {
		RunProgress.Snapshot now = this.progress.snapshot();
		if (!now.running()) {
			return;
		}
		String text = describe(now);
		if (this.terminal) {
			this.err.print("\r" + String.format(Locale.ROOT, "%-78s", text));
			this.err.flush();
			this.drawn = true;
			return;
		}
		long clock = System.currentTimeMillis();
		if (clock < this.quietUntil) {
			return;
		}
		if (!Objects.equals(now.step(), this.lastStep) || clock - this.lastPlain >= this.plainEveryMillis) {
			this.out.println(LocalTime.now().format(CLOCK) + " " + text);
			this.lastStep = now.step();
			this.lastPlain = clock;
		}
	}

	static String describe(RunProgress.Snapshot now) {
		StringBuilder text = new StringBuilder(now.step());
		if (now.total() > 0) {
			text.append(' ').append(now.percent()).append('%');
			if ("bytes".equals(now.unit())) {
				text.append(String.format(Locale.ROOT, " (%,d of %,d MB)", now.done() / 1_000_000,
						now.total() / 1_000_000));
			}
			else {
				text.append(String.format(Locale.ROOT, " (%,d of %,d %s)", now.done(), now.total(), now.unit()));
			}
		}
		if (now.rows() > 0) {
			text.append(String.format(Locale.ROOT, ", %,d rows, %,d rows/s", now.rows(), now.rowsPerSecond()));
		}
		return text.toString();
	}

	@Override
	public synchronized void close() {
		if (this.ticker.isShutdown()) {
			return;
		}
		this.ticker.shutdownNow();
		if (this.drawn) {
			this.err.print("\r" + " ".repeat(78) + "\r");
			this.err.flush();
		}
	}

}
