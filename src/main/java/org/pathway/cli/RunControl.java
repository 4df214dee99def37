package org.pathway.cli;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.pathway.pipeline.NoSuchRunException;
import org.pathway.pipeline.RunHistory;
import org.pathway.pipeline.RunLauncher;
import org.pathway.pipeline.RunResult;
import org.pathway.pipeline.RunView;
import org.pathway.pipeline.UserException;

import org.springframework.context.ApplicationContext;

/** {@code runs}, {@code restart RUN_ID} and {@code stop RUN_ID}. */
final class RunControl {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

	private final ApplicationContext context;

	private final PrintStream out;

	private final PrintStream err;

	RunControl(ApplicationContext context, PrintStream out, PrintStream err) {
		this.context = context;
		this.out = out;
		this.err = err;
	}

	int list(int limit) {
		List<RunView> runs = this.context.getBean(RunHistory.class).recent(limit);
		if (runs.isEmpty()) {
			this.out.println("No runs yet.");
			return Cli.DONE;
		}
		this.out.println(String.format(Locale.ROOT, "%6s  %-6s  %-23s  %-10s  %-19s  %-19s  %5s  %5s  %8s", "RUN",
				"JOB", "STATUS", "AS-OF", "STARTED", "ENDED", "FILES", "REJ.", "PROBLEMS"));
		for (RunView run : runs) {
			this.out.println(String.format(Locale.ROOT, "%6d  %-6s  %-23s  %-10s  %-19s  %-19s  %5d  %5d  %8d",
					run.runId(), run.job(), run.shownStatus(), (run.asOf() != null) ? run.asOf() : "-",
					(run.started() != null) ? TIME.format(run.started()) : "-",
					(run.ended() != null) ? TIME.format(run.ended()) : "-", run.files().size(), run.rejected(),
					run.problems()));
		}
		return Cli.DONE;
	}

	int restart(long runId) {
		RunLauncher launcher = this.context.getBean(RunLauncher.class);
		RunResult result = launcher.resume(runId);
		new Summary(this.out, this.err).print(result, this.context, launcher.requestOf(runId));
		if (!result.completed()) {
			this.err.println("pathway: failed: " + result.failure());
			return Cli.FAILED;
		}
		return result.anyRejected() ? Cli.REJECTED : Cli.DONE;
	}

	/**
	 * With the data folder lock held here, no other process runs anything: a run that
	 * still says STARTED was left so by a process that stopped, and is marked failed so
	 * it can be restarted.
	 */
	int stop(long runId) {
		RunView run = this.context.getBean(RunHistory.class)
			.find(runId)
			.orElseThrow(() -> new NoSuchRunException(runId));
		if (!run.running()) {
			throw new UserException(3, "run " + runId + " is not running (it is " + run.status() + ")");
		}
		this.context.getBean(RunLauncher.class).recoverInterrupted();
		this.out.println("Run " + runId + " was left " + run.status() + " by a process that stopped; it is now"
				+ " marked failed. Resume it with: java -jar target/pathway.jar restart " + runId);
		return Cli.DONE;
	}

}
