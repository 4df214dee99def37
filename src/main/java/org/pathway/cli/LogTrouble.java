package org.pathway.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import ch.qos.logback.core.status.StatusManager;
import org.slf4j.LoggerFactory;

/**
 * When the log file cannot be written (a full disk, a folder made read-only), Logback
 * reports every failed write with a stack trace on the console: hundreds of lines. This
 * replaces that with one line, once, saying what happened; the command carries on and
 * tells its own outcome as usual.
 */
final class LogTrouble extends ContextAwareBase implements StatusListener {

	private final PrintStream err;

	private final AtomicBoolean told = new AtomicBoolean();

	private LogTrouble(PrintStream err) {
		this.err = err;
	}

	/** Takes the console status listeners out of Logback and puts this one in. */
	static void install(PrintStream err) {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return;
		}
		StatusManager statuses = context.getStatusManager();
		for (StatusListener listener : statuses.getCopyOfStatusListenerList()) {
			if (listener instanceof OnConsoleStatusListener || listener instanceof LogTrouble) {
				statuses.remove(listener);
			}
		}
		statuses.add(new LogTrouble(err));
	}

	@Override
	public void addStatusEvent(Status status) {
		if (status.getLevel() == Status.ERROR && this.told.compareAndSet(false, true)) {
			Throwable cause = status.getThrowable();
			String reason = (cause != null && cause.getMessage() != null) ? cause.getMessage() : status.getMessage();
			this.err.println("pathway: the log file cannot be written (" + reason + "); carrying on without it");
		}
	}

	@Override
	public boolean isResetResistant() {
		return false;
	}

}
