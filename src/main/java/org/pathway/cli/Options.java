package org.pathway.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.pathway.pipeline.RunRequest;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options that several commands share (contract.md section 1), as picocli mixins.
 */
final class Options {

	private Options() {
	}

	/**
	 * The database options.
	 *
	 * @param url a JDBC URL instead of the embedded database, or null
	 * @param user its user, or null
	 * @param password its password, or null
	 */
	record Database(String url, String user, String password) {
	}

	/** Where the database and run state are. */
	static final class Data {

		@Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
				description = "database, lock and log (default: ${DEFAULT-VALUE})")
		Path data;

		@Option(names = "--db-url", paramLabel = "URL",
				description = "a JDBC URL instead of the embedded database, e.g. jdbc:postgresql://127.0.0.1:5432/pathway")
		String url;

		@Option(names = "--db-user", paramLabel = "USER", description = "the database user (default: your user name)")
		String user;

		@Option(names = "--db-password", paramLabel = "PASSWORD", description = "the database password")
		String password;

		Database database() {
			return new Database(this.url, this.user, this.password);
		}

	}

	/** The input folder. */
	static final class Input {

		@Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
				description = "input folder (default: ${DEFAULT-VALUE})")
		Path input;

	}

	/** The output folder. */
	static final class Output {

		@Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
				description = "output folder; reports go to OUTPUT/<as-of>/ (default: ${DEFAULT-VALUE})")
		Path output;

	}

	/** What a run reports on, and as of when. */
	static final class Reports {

		@Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
				description = "as-of date of the run (default: today)")
		LocalDate asOf;

		@Option(names = "--report", paramLabel = "ID", split = ",",
				description = "only this report, e.g. funder-report or strategic-plan (repeatable)")
		List<String> reports = new ArrayList<>();

		@Option(names = "--funder", paramLabel = "ID", split = ",",
				description = "only this funder's report (repeatable)")
		List<String> funders = new ArrayList<>();

		@Option(names = "--templates", paramLabel = "DIR", description = "report templates (default: report-templates)")
		String templates;

		LocalDate asOfOrToday() {
			return (this.asOf != null) ? this.asOf : LocalDate.now();
		}

		RunRequest request(Path input, Path output) {
			return new RunRequest(false, input, asOfOrToday(), output, strip(this.reports), strip(this.funders));
		}

		private static List<String> strip(List<String> values) {
			return values.stream().map(String::strip).filter((value) -> !value.isEmpty()).toList();
		}

	}

	/** A date as contract.md writes it; anything else is a usage error. */
	static final class DateConverter implements ITypeConverter<LocalDate> {

		@Override
		public LocalDate convert(String value) {
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				throw new TypeConversionException("expected a date YYYY-MM-DD");
			}
		}

	}

}
