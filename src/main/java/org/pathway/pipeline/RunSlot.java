package org.pathway.pipeline;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * One run at a time in this process, whoever asks: the command line, the scheduler, the
 * API or a page. A second asker is refused at once (exit 3, HTTP 409) with what is
 * running; the scheduler may instead wait its turn. Across processes the data folder lock
 * does the same.
 */
@Component
class RunSlot {

	private final Semaphore permit = new Semaphore(1);

	private volatile String holder = "";

	/**
	 * Takes the slot for {@code what}, or says what holds it. Waits a moment first: a run
	 * that has just ended in the database may still be releasing the slot.
	 */
	void take(String what) {
		take(what, 2);
	}

	/**
	 * Like {@link #take(String)}, waiting up to {@code graceSeconds}: a restart right
	 * after a stop waits for the stopping run to let go.
	 */
	void take(String what, int graceSeconds) {
		boolean taken;
		try {
			taken = this.permit.tryAcquire(graceSeconds, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			taken = false;
		}
		if (!taken) {
			throw new UserException(3, "refused: " + this.holder + " is in progress; wait for it to finish"
					+ " (or stop it) and ask again");
		}
		this.holder = what;
	}

	/** Waits up to the given time for the slot; false if it stayed busy. */
	boolean await(String what, long timeout, TimeUnit unit) throws InterruptedException {
		if (!this.permit.tryAcquire(timeout, unit)) {
			return false;
		}
		this.holder = what;
		return true;
	}

	void describe(String what) {
		this.holder = what;
	}

	void release() {
		this.holder = "";
		this.permit.release();
	}

	boolean busy() {
		return this.permit.availablePermits() == 0;
	}

}
