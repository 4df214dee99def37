package org.pathway.pipeline;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * One run at a time, whoever asks: the command line, the scheduler, the API or a page. A
 * second asker is refused at once (exit 3, HTTP 409) with what is running; the scheduler
 * may instead wait its turn. In this process a semaphore does it; on the embedded
 * database the data folder lock keeps other processes out; on PostgreSQL, which several
 * machines may share, the slot also holds an advisory lock of the schema for as long as
 * the run lasts, so a process elsewhere is refused too.
 */
@Component
class RunSlot {

	/** The advisory lock's first key: "PATH". The second is the schema's hash. */
	private static final int LOCK_CLASS = 0x50415448;

	private final Semaphore permit = new Semaphore(1);

	private final DataSource dataSource;

	private volatile String holder = "";

	private volatile Boolean shared;

	private Connection lock;

	RunSlot(DataSource dataSource) {
		this.dataSource = dataSource;
	}

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
		if (!lockDatabase()) {
			this.permit.release();
			throw new UserException(3, "refused: another Pathway process on this database is running a run; wait"
					+ " for it to finish and ask again");
		}
		this.holder = what;
	}

	/** Waits up to the given time for the slot; false if it stayed busy. */
	boolean await(String what, long timeout, TimeUnit unit) throws InterruptedException {
		long deadline = System.nanoTime() + unit.toNanos(timeout);
		if (!this.permit.tryAcquire(timeout, unit)) {
			return false;
		}
		while (!lockDatabase()) {
			if (System.nanoTime() > deadline) {
				this.permit.release();
				return false;
			}
			Thread.sleep(5_000);
		}
		this.holder = what;
		return true;
	}

	void describe(String what) {
		this.holder = what;
	}

	void release() {
		this.holder = "";
		unlockDatabase();
		this.permit.release();
	}

	boolean busy() {
		return this.permit.availablePermits() == 0;
	}

	/**
	 * On PostgreSQL, takes the schema's advisory lock on a connection kept for the run.
	 */
	private boolean lockDatabase() {
		try {
			if (!shared()) {
				return true;
			}
			Connection connection = this.dataSource.getConnection();
			boolean locked;
			try (Statement statement = connection.createStatement();
					ResultSet result = statement
						.executeQuery("SELECT pg_try_advisory_lock(" + LOCK_CLASS + ", hashtext(current_schema()))")) {
				locked = result.next() && result.getBoolean(1);
			}
			if (!locked) {
				connection.close();
				return false;
			}
			this.lock = connection;
			return true;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot take the run lock in the database: " + ex.getMessage(), ex);
		}
	}

	private void unlockDatabase() {
		Connection connection = this.lock;
		this.lock = null;
		if (connection == null) {
			return;
		}
		try (connection; Statement statement = connection.createStatement()) {
			statement.execute("SELECT pg_advisory_unlock(" + LOCK_CLASS + ", hashtext(current_schema()))");
		}
		catch (SQLException ex) {
			// a connection that cannot unlock is broken: the pool drops it and the server
			// ends its session, which releases the lock
		}
	}

	private boolean shared() throws SQLException {
		if (this.shared == null) {
			try (Connection connection = this.dataSource.getConnection()) {
				this.shared = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
			}
		}
		return this.shared;
	}

}
