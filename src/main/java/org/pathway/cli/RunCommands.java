package org.pathway.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.pathway.pipeline.RunLauncher;
import org.pathway.pipeline.RunRequest;
import org.pathway.pipeline.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The commands that run the job, and look after runs: run, ingest, runs, restart, stop.
 */
final class RunCommands {

	private RunCommands() {
	}

	private static Map<String, Object> templates(Options.Reports reports) {
		Map<String, Object> settings = new LinkedHashMap<>();
		if (reports.templates != null) {
			settings.put("pathway.report-templates", reports.templates);
		}
		return settings;
	}

	@Command(name = "run",
			description = { "Ingest, compute the metrics and render every report as of a date (the main job).", "",
					"Ingests new or changed input files, computes every metric of domain.md as of the date,",
					"renders every report and writes the manifest, under OUTPUT/<as-of>/." })
	static final class Run implements Callable<Integer> {

		@Mixin
		Options.Input input;

		@Mixin
		Options.Output output;

		@Mixin
		Options.Reports reports;

		@Mixin
		Options.Data data;

		private final Shell shell;

		Run(Shell shell) {
			this.shell = shell;
		}

		@Override
		public Integer call() throws Exception {
			return this.shell.launch(this.data, this.reports.request(this.input.input, this.output.output),
					templates(this.reports));
		}

	}

	@Command(name = "ingest",
			description = "Only the ingest part of run: load new or changed input files into the database.")
	static final class Ingest implements Callable<Integer> {

		@Mixin
		Options.Input input;

		@Mixin
		Options.Data data;

		private final Shell shell;

		Ingest(Shell shell) {
			this.shell = shell;
		}

		@Override
		public Integer call() throws Exception {
			return this.shell.launch(this.data, RunRequest.ingest(this.input.input), new LinkedHashMap<>());
		}

	}

	@Command(name = "runs", description = "The latest runs.")
	static final class Runs implements Callable<Integer> {

		@Option(names = "--limit", paramLabel = "N", defaultValue = "20",
				description = "how many (default: ${DEFAULT-VALUE})")
		int limit;

		@Mixin
		Options.Data data;

		private final Shell shell;

		Runs(Shell shell) {
			this.shell = shell;
		}

		@Override
		public Integer call() throws Exception {
			return this.shell.withContext(this.data,
					(context) -> new RunControl(context, this.shell.out(), this.shell.err()).list(this.limit));
		}

	}

	@Command(name = "restart",
			description = "Resume a failed or stopped run where it stopped, with the same parameters.")
	static final class Restart implements Callable<Integer> {

		@Parameters(paramLabel = "RUN_ID", description = "a run id that 'runs' lists")
		long runId;

		@Mixin
		Options.Data data;

		private final Shell shell;

		Restart(Shell shell) {
			this.shell = shell;
		}

		@Override
		public Integer call() throws Exception {
			return this.shell.withContext(this.data, (context) -> {
				RunLauncher launcher = context.getBean(RunLauncher.class);
				return Shell.stoppable(launcher, () -> {
					RunResult result = launcher.resume(this.runId);
					return this.shell.finish(result, context, launcher.requestOf(this.runId), this.data.data);
				});
			});
		}

	}

	@Command(name = "stop",
			description = { "Mark a run that a crashed process left running as failed, so it can be restarted.", "",
					"A live run is stopped from the server's page or API, or with Ctrl-C." })
	static final class Stop implements Callable<Integer> {

		@Parameters(paramLabel = "RUN_ID", description = "a run id that 'runs' lists")
		long runId;

		@Mixin
		Options.Data data;

		private final Shell shell;

		Stop(Shell shell) {
			this.shell = shell;
		}

		@Override
		public Integer call() throws Exception {
			return this.shell.withContext(this.data,
					(context) -> new RunControl(context, this.shell.out(), this.shell.err()).stop(this.runId));
		}

	}

}
