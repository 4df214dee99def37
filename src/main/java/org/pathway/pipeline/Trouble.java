package org.pathway.pipeline;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * What went wrong in the machine rather than in the data, in one line a person can act
 * on: the database does not answer, the disk is full, a file may not be written. The
 * stack trace belongs in the log; this is what the command line and the pages show.
 */
public final class Trouble {

	private Trouble() {
	}

	/** True when the database could not be reached (or stopped answering). */
	public static boolean databaseUnreachable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = next(cause)) {
			if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
					|| cause instanceof UnknownHostException || cause instanceof SocketTimeoutException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}

	/** True when a write failed because the disk (or the user's quota) is full. */
	public static boolean diskFull(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = next(cause)) {
			String message = cause.getMessage();
			if (message != null && (message.contains("No space left on device") || message.contains("Disk quota"))) {
				return true;
			}
		}
		return false;
	}

	/** One line: what happened, the most telling message of the chain. */
	public static String describe(Throwable ex) {
		if (diskFull(ex)) {
			return "the disk is full (No space left on device)" + where(ex);
		}
		for (Throwable cause = ex; cause != null; cause = next(cause)) {
			if (cause instanceof AccessDeniedException denied) {
				return "permission denied: " + denied.getFile();
			}
		}
		if (databaseUnreachable(ex)) {
			for (Throwable cause = ex; cause != null; cause = next(cause)) {
				if (cause instanceof SQLException && cause.getMessage() != null) {
					return "the database does not answer: " + firstSentence(cause.getMessage());
				}
			}
		}
		Throwable root = ex;
		while (next(root) != null) {
			root = next(root);
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

	private static String where(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = next(cause)) {
			if (cause instanceof FileSystemException file && file.getFile() != null) {
				return " writing " + file.getFile();
			}
		}
		return "";
	}

	private static String firstSentence(String message) {
		int dot = message.indexOf(". ");
		return (dot > 0) ? message.substring(0, dot) : message.strip();
	}

	private static Throwable next(Throwable ex) {
		Throwable cause = ex.getCause();
		if (cause == null && ex instanceof SQLException sql) {
			cause = sql.getNextException();
		}
		return (cause == ex) ? null : cause;
	}

}
