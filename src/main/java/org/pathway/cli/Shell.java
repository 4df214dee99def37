package org.pathway.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.pathway.pipeline.RunLauncher;
import org.pathway.pipeline.RunRequest;
import org.pathway.pipeline.RunResult;
import org.pathway.progress.RunProgress;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What every command shares: the console, and Spring started on a data folder with the
 * folder's lock held. A run started here stops gracefully when the process is asked to
 * end (SIGTERM, Ctrl-C): it is left STOPPED, and the same command (or {@code restart})
 * resumes it.
 */
final class Shell {

	private static final Log logger = LogFactory.getLog(Shell.class);

	private final PrintStream out;

	private final PrintStream err;

	private final SpringStart spring;

	Shell(PrintStream out, PrintStream err, SpringStart spring) {
		this.out = out;
		this.err = err;
		this.spring = spring;
	}

	PrintStream out() {
		return this.out;
	}

	PrintStream err() {
		return this.err;
	}

	SpringStart spring() {
		return this.spring;
	}

	/**
	 * Holds the data folder's lock and runs {@code work} with Spring started on it; the
	 * command's settings take precedence over every file.
	 */
	int withContext(Options.Data data, Map<String, Object> settings,
			Function<ConfigurableApplicationContext, Integer> work) throws IOException {
		try (DataFolderLock lock = DataFolderLock.acquire(private_(data.data));
				ConfigurableApplicationContext context = this.spring.start(data.data, data.database(), settings,
						WebApplicationType.NONE, false)) {
			PrivateFiles.restrict(data.data);
			return work.apply(context);
		}
	}

	int withContext(Options.Data data, Function<ConfigurableApplicationContext, Integer> work) throws IOException {
		return withContext(data, new LinkedHashMap<>(), work);
	}

	/** Runs a request to its end, printing progress and the summary. */
	int launch(Options.Data data, RunRequest request, Map<String, Object> settings) throws IOException {
		return withContext(data, settings, (context) -> {
			RunLauncher launcher = context.getBean(RunLauncher.class);
			return stoppable(launcher, () -> {
				RunResult result;
				try (ProgressLine progress = ProgressLine.start(context.getBean(RunProgress.class), this.out,
						this.err)) {
					result = launcher.launch(request);
				}
				return finish(result, context, request, data.data);
			});
		});
	}

	/** The exit code of a run that has ended, after its summary. */
	int finish(RunResult result, ConfigurableApplicationContext context, RunRequest request, Path data) {
		new Summary(this.out, this.err).print(result, context, request);
		if (!result.completed()) {
			if (RunResult.STOPPED.equals(result.failure())) {
				this.err.println("pathway: stopped: run " + result.runId() + " is STOPPED; run the same command again"
						+ " (or restart " + result.runId() + ") to resume it where it stopped");
			}
			else {
				this.err.println("pathway: failed: " + result.failure());
				this.err.println("Run the same command again to resume; details are in " + data.resolve("pathway.log"));
			}
			return Cli.FAILED;
		}
		return result.anyRejected() ? Cli.REJECTED : Cli.DONE;
	}

	/** A unit of work that returns an exit code. */
	@FunctionalInterface
	interface Work {

		int run();

	}

	/**
	 * Runs {@code work} with a shutdown hook that, if the JVM is asked to end meanwhile,
	 * stops the run in progress at its next safe point and lets this thread print what
	 * happened before the process goes.
	 */
	static int stoppable(RunLauncher launcher, Work work) {
		CountDownLatch finished = new CountDownLatch(1);
		Thread hook = new Thread(() -> {
			try {
				launcher.stopCurrent(Duration.ofSeconds(50));
				finished.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				logger.warn("The run could not be stopped gracefully; the next start recovers it", ex);
			}
		}, "pathway-graceful-stop");
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			return work.run();
		}
		finally {
			finished.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			}
			catch (IllegalStateException shuttingDown) {
				// the hook is running: it returns now that the work has finished
			}
		}
	}

	/** Creates the data folder readable by its owner only. */
	private static Path private_(Path data) throws IOException {
		PrivateFiles.createFolder(data);
		return data;
	}

}
