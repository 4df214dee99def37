package org.pathway.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.pathway.generate.SampleGenerator;
import org.pathway.giving360.Giving360Export;
import org.pathway.pipeline.InputValidator;
import org.pathway.pipeline.RunResult;
import org.pathway.pipeline.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Commands about input and output files: validate, generate, export. */
final class DataCommands {

	private DataCommands() {
	}

	@Command(name = "validate",
			description = "Check files and the references between them (contract.md section 2); changes nothing.")
	static final class Validate implements Callable<Integer> {

		@Parameters(paramLabel = "FILE", arity = "1..*", description = "the files to check")
		List<Path> files;

		private final Shell shell;

		Validate(Shell shell) {
			this.shell = shell;
		}

		@Override
		public Integer call() {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("spring.datasource.url", "jdbc:h2:mem:validate-" + ProcessHandle.current().pid());
			properties.put("spring.datasource.username", "sa");
			properties.put("logging.file.name", "");
			try (ConfigurableApplicationContext context = this.shell.spring()
				.start(Path.of("data"), null, properties, WebApplicationType.NONE, true)) {
				RunResult result = context.getBean(InputValidator.class).validate(this.files);
				new Summary(this.shell.out(), this.shell.err()).printValidation(result);
				return result.anyRejected() ? Cli.REJECTED : Cli.DONE;
			}
		}

	}

	@Command(name = "generate",
			description = "Write a realistic synthetic input folder; the same seed gives identical files.")
	static final class Generate implements Callable<Integer> {

		@Option(names = "--scale", paramLabel = "small|network", defaultValue = "small",
				description = "small: the sample; network: with a 10-million-row youth file")
		String scale;

		@Option(names = "--out", paramLabel = "DIR", required = true, description = "the folder to write")
		Path out;

		@Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "(default: ${DEFAULT-VALUE})")
		long seed;

		@Option(names = "--youth-rows", paramLabel = "N", description = "rows of the youth-level file")
		Long youthRows;

		private final Shell shell;

		Generate(Shell shell) {
			this.shell = shell;
		}

		@Override
		public Integer call() throws Exception {
			SampleGenerator.Scale chosen = switch (this.scale) {
				case "small" -> SampleGenerator.Scale.SMALL;
				case "network" -> SampleGenerator.Scale.NETWORK;
				default -> throw new UserException(Cli.USAGE, "--scale " + this.scale + ": expected small or network");
			};
			SampleGenerator.Summary summary = (this.youthRows != null)
					? SampleGenerator.generate(chosen, this.seed, this.out, this.youthRows)
					: SampleGenerator.generate(chosen, this.seed, this.out);
			this.shell.out()
				.println("Generated " + this.scale + " input (seed " + this.seed + ") in " + this.out + ":");
			summary.files()
				.forEach((file) -> this.shell.out()
					.println(String.format(Locale.ROOT, "  %-24s %,12d rows %,15d bytes", file.name(), file.rows(),
							file.bytes())));
			return Cli.DONE;
		}

	}

	@Command(name = "export",
			description = { "Write the intermediary's regrants as 360Giving data, under OUTPUT/<as-of>/360giving/.", "",
					"A JSON package and a spreadsheet, valid against the 360Giving schema." })
	static final class Export implements Callable<Integer> {

		@Parameters(paramLabel = "FORMAT", arity = "0..1", description = "the format: 360giving")
		String format;

		@Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Options.DateConverter.class,
				description = "regrants awarded by this date (default: today)")
		LocalDate asOf;

		@Mixin
		Options.Output output;

		@Mixin
		Options.Data data;

		private final Shell shell;

		Export(Shell shell) {
			this.shell = shell;
		}

		@Override
		public Integer call() throws Exception {
			if (!"360giving".equals(this.format)) {
				throw new UserException(Cli.USAGE, "export needs the format: export 360giving --as-of YYYY-MM-DD");
			}
			LocalDate date = (this.asOf != null) ? this.asOf : LocalDate.now();
			return this.shell.withContext(this.data, (context) -> {
				Giving360Export.Result result;
				try {
					result = context.getBean(Giving360Export.class).export(date, this.output.output);
				}
				catch (IllegalStateException ex) {
					throw new UserException(Cli.USAGE, ex.getMessage());
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
				this.shell.out()
					.println("Exported " + result.regrants() + " regrants awarded by " + date + " as 360Giving data:");
				result.files().forEach((file) -> this.shell.out().println("  " + file));
				return Cli.DONE;
			});
		}

	}

}
