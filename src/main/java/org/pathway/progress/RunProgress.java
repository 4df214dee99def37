package org.pathway.progress;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The progress of the step running in this process. Steps say how much work they have
 * ({@link #expect}) and report it as it is done ({@link #advance}); readers take a
 * {@link #snapshot()} at any time from any thread. One run at a time holds the launcher,
 * so one instance is enough.
 */
@Component
public class RunProgress implements StepExecutionListener {

	private volatile String step;

	private volatile String unit = "";

	private volatile long startedNanos;

	private final AtomicLong total = new AtomicLong();

	private final AtomicLong done = new AtomicLong();

	private final AtomicLong rows = new AtomicLong();

	@Override
	public void beforeStep(StepExecution stepExecution) {
		begin(stepExecution.getStepName());
	}

	/** A step begins: nothing of it is done yet. */
	public void begin(String stepName) {
		this.total.set(0);
		this.done.set(0);
		this.rows.set(0);
		this.unit = "";
		this.startedNanos = System.nanoTime();
		this.step = stepName;
	}

	/** The step has this much work, in the given unit (bytes, reports). */
	public void expect(long amount, String unitName) {
		this.unit = unitName;
		this.total.set(amount);
	}

	/** Some of the work is done, covering so many rows. Safe from several threads. */
	public void advance(long amount, long rowCount) {
		this.done.addAndGet(amount);
		this.rows.addAndGet(rowCount);
	}

	/** No step is running any more. */
	public void clear() {
		this.step = null;
	}

	public Snapshot snapshot() {
		String current = this.step;
		if (current == null) {
			return Snapshot.IDLE;
		}
		long elapsed = Math.max(1, System.nanoTime() - this.startedNanos);
		long all = this.total.get();
		long finished = Math.min(this.done.get(), all);
		int percent = (all == 0) ? 0 : (int) (finished * 100 / all);
		long rowsSoFar = this.rows.get();
		return new Snapshot(current, percent, finished, all, this.unit, rowsSoFar, (long) (rowsSoFar / (elapsed / 1e9)),
				elapsed / 1_000_000);
	}

	/**
	 * The progress at one moment.
	 *
	 * @param step the running step, or null when nothing runs
	 * @param percent the share of the step done, 0 to 100
	 * @param done work done, in {@code unit}
	 * @param total all the step's work, in {@code unit} (0 when unknown)
	 * @param unit what the work is counted in
	 * @param rows rows handled so far
	 * @param rowsPerSecond rows handled per second since the step began
	 * @param elapsedMillis time since the step began
	 */
	public record Snapshot(String step, int percent, long done, long total, String unit, long rows, long rowsPerSecond,
			long elapsedMillis) {

		static final Snapshot IDLE = new Snapshot(null, 0, 0, 0, "", 0, 0, 0);

		public boolean running() {
			return this.step != null;
		}

	}

}
