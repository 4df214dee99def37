package org.pathway.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pathway.PathwayApplication;
import org.pathway.generate.SampleGenerator;
import org.pathway.giving360.Giving360Export;
import org.pathway.pipeline.InputValidator;
import org.pathway.pipeline.RunLauncher;
import org.pathway.pipeline.RunRequest;
import org.pathway.pipeline.RunResult;
import org.pathway.pipeline.UserException;
import org.pathway.progress.RunProgress;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line of contract.md section 1: parses, takes the data folder lock, starts
 * Spring for the commands that need the database, and turns outcomes into exit codes (0
 * done, 1 input rejected, 2 bad usage, 3 refused, 4 failed). User mistakes are messages,
 * never stack traces.
 */
public final class Cli {

	static final int DONE = 0;

	static final int REJECTED = 1;

	static final int USAGE = 2;

	static final int FAILED = 4;

	private final PrintStream out;

	private final PrintStream err;

	public Cli(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public int run(String... args) {
		try {
			Options options = Options.parse(args);
			if (options.has("help")) {
				this.out.print(Usage.TEXT);
				return DONE;
			}
			return switch (options.command()) {
				case "run" -> launch(options, false);
				case "ingest" -> launch(options, true);
				case "validate" -> validate(options);
				case "generate" -> generate(options);
				case "export" -> export(options);
				case "help", "--help", "-h" -> {
					this.out.print(Usage.TEXT);
					yield DONE;
				}
				case "serve" ->
					new Serve(this.out).serve(options, databaseProperties(options, options.path("data", "data")));
				case "runs", "restart", "stop" -> control(options);
				case "deliveries", "approve", "deliver" -> deliveries(options);
				case "hash-password" -> HashPassword.run(this.out, this.err);
				default -> throw new UserException(USAGE, "unknown command '" + options.command() + "'");
			};
		}
		catch (UserException ex) {
			this.err.println("pathway: " + ex.getMessage());
			if (ex.exitCode() == USAGE) {
				this.err.println("Run 'java -jar target/pathway.jar help' for the commands and options.");
			}
			return ex.exitCode();
		}
		catch (Exception ex) {
			this.err.println("pathway: failed: " + message(ex));
			this.err.println("The run can be started again; it resumes where it stopped. Details are in the log"
					+ " file in the data folder.");
			return FAILED;
		}
	}

	private int launch(Options options, boolean ingestOnly) throws IOException {
		Path data = options.path("data", "data");
		RunRequest request = ingestOnly ? RunRequest.ingest(options.path("input", "input"))
				: new RunRequest(false, options.path("input", "input"), options.asOf(),
						options.path("output", "output"), options.values("report"), options.values("funder"));
		try (DataFolderLock lock = DataFolderLock.acquire(data);
				ConfigurableApplicationContext context = start(databaseProperties(options, data));
				ProgressLine progress = ProgressLine.start(context.getBean(RunProgress.class), this.out, this.err)) {
			RunResult result = context.getBean(RunLauncher.class).launch(request);
			progress.close();
			new Summary(this.out, this.err).print(result, context, request);
			if (!result.completed()) {
				this.err.println("pathway: failed: " + result.failure());
				this.err.println("Run the same command again to resume; details are in " + data.resolve("pathway.log"));
				return FAILED;
			}
			return result.anyRejected() ? REJECTED : DONE;
		}
	}

	/** {@code runs}, {@code restart RUN_ID} and {@code stop RUN_ID}. */
	private int control(Options options) throws IOException {
		Path data = options.path("data", "data");
		try (DataFolderLock lock = DataFolderLock.acquire(data);
				ConfigurableApplicationContext context = start(databaseProperties(options, data))) {
			RunControl control = new RunControl(context, this.out, this.err);
			return switch (options.command()) {
				case "runs" -> control.list((int) options.longValue("limit", 20));
				case "restart" -> control.restart(runId(options));
				default -> control.stop(runId(options));
			};
		}
	}

	/** {@code deliveries}, {@code approve DELIVERY_ID} and {@code deliver}. */
	private int deliveries(Options options) throws IOException {
		Path data = options.path("data", "data");
		Map<String, Object> properties = databaseProperties(options, data);
		properties.put("pathway.folders.output", options.path("output", "output").toString());
		try (DataFolderLock lock = DataFolderLock.acquire(data);
				ConfigurableApplicationContext context = start(properties)) {
			DeliveryCommands commands = new DeliveryCommands(context, this.out);
			return switch (options.command()) {
				case "deliveries" -> commands.list((int) options.longValue("limit", 20));
				case "approve" -> commands.approve(number(options, "DELIVERY_ID", "deliveries"));
				default -> commands.deliver();
			};
		}
	}

	private static long runId(Options options) {
		return number(options, "RUN_ID", "runs");
	}

	private static long number(Options options, String what, String lister) {
		if (options.arguments().size() != 1 || !options.arguments().get(0).matches("\\d{1,18}")) {
			throw new UserException(USAGE,
					options.command() + " needs one " + what + ", a number that '" + lister + "' lists");
		}
		return Long.parseLong(options.arguments().get(0));
	}

	private int validate(Options options) {
		if (options.arguments().isEmpty()) {
			throw new UserException(USAGE, "validate needs one or more files");
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", "jdbc:h2:mem:validate-" + ProcessHandle.current().pid());
		properties.put("logging.file.name", "");
		try (ConfigurableApplicationContext context = start(properties)) {
			List<Path> files = options.arguments().stream().map(Path::of).toList();
			RunResult result = context.getBean(InputValidator.class).validate(files);
			new Summary(this.out, this.err).printValidation(result);
			return result.anyRejected() ? REJECTED : DONE;
		}
	}

	/**
	 * {@code export 360giving}: the intermediary's regrants as 360Giving data, holding
	 * the data folder lock like a run.
	 */
	private int export(Options options) throws IOException {
		if (options.arguments().size() != 1 || !"360giving".equals(options.arguments().get(0))) {
			throw new UserException(USAGE, "export needs the format: export 360giving --as-of YYYY-MM-DD");
		}
		Path data = options.path("data", "data");
		LocalDate asOf = options.asOf();
		Path output = options.path("output", "output");
		try (DataFolderLock lock = DataFolderLock.acquire(data);
				ConfigurableApplicationContext context = start(databaseProperties(options, data))) {
			Giving360Export.Result result;
			try {
				result = context.getBean(Giving360Export.class).export(asOf, output);
			}
			catch (IllegalStateException ex) {
				throw new UserException(USAGE, ex.getMessage());
			}
			this.out.println("Exported " + result.regrants() + " regrants awarded by " + asOf + " as 360Giving data:");
			result.files().forEach((file) -> this.out.println("  " + file));
			return DONE;
		}
	}

	private int generate(Options options) throws IOException {
		String scale = options.value("scale", "small");
		if (!options.has("out")) {
			throw new UserException(USAGE, "generate needs --out DIR");
		}
		SampleGenerator.Scale chosen = switch (scale) {
			case "small" -> SampleGenerator.Scale.SMALL;
			case "network" -> SampleGenerator.Scale.NETWORK;
			default -> throw new UserException(USAGE, "--scale " + scale + ": expected small or network");
		};
		long seed = options.longValue("seed", 1);
		Path out = options.path("out", null);
		SampleGenerator.Summary summary = options.has("youth-rows")
				? SampleGenerator.generate(chosen, seed, out, options.longValue("youth-rows", 0))
				: SampleGenerator.generate(chosen, seed, out);
		this.out.println("Generated " + scale + " input (seed " + seed + ") in " + out + ":");
		summary.files()
			.forEach((file) -> this.out.println(String.format(java.util.Locale.ROOT, "  %-24s %,12d rows %,15d bytes",
					file.name(), file.rows(), file.bytes())));
		return DONE;
	}

	static Map<String, Object> databaseProperties(Options options, Path data) {
		Map<String, Object> properties = new LinkedHashMap<>();
		String url = options.value("db-url", null);
		if (url == null) {
			url = "jdbc:h2:file:" + data.toAbsolutePath().normalize().resolve("pathway");
		}
		properties.put("spring.datasource.url", url);
		if (options.has("db-user")) {
			properties.put("spring.datasource.username", options.value("db-user", null));
		}
		else if (options.has("db-url")) {
			properties.put("spring.datasource.username", System.getProperty("user.name"));
		}
		if (options.has("db-password")) {
			properties.put("spring.datasource.password", options.value("db-password", null));
		}
		properties.put("logging.file.name", data.resolve("pathway.log").toString());
		// users, the schedule and the mail server are configured beside the database
		properties.put("spring.config.additional-location",
				"optional:file:" + data.toAbsolutePath().normalize().resolve("pathway.properties"));
		if (options.has("templates")) {
			properties.put("pathway.report-templates", options.value("templates", null));
		}
		return properties;
	}

	/**
	 * Starts Spring with the command's settings, which take precedence over every
	 * configuration file.
	 */
	static ConfigurableApplicationContext start(Map<String, Object> properties) {
		return application(WebApplicationType.NONE).run(arguments(properties));
	}

	/** Pathway's Spring application, quiet on the console (the command speaks for it). */
	static SpringApplicationBuilder application(WebApplicationType type) {
		return new SpringApplicationBuilder(PathwayApplication.class).web(type)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false);
	}

	/** Settings as command-line arguments, which take precedence over every file. */
	static String[] arguments(Map<String, Object> properties) {
		return properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
	}

	private static String message(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

}
