package org.pathway.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What identifies a run, and what its steps read: the one place that knows the names of
 * the job parameters. A run is its input folder, the checksums of its input files, what
 * the database held when it started, and (for the main job) its as-of date, output
 * folder, reports and funders; an ingest has no date. Every parameter identifies the run
 * (no incrementer): asking for the same again is the same run.
 *
 * @param input the input folder, absolute and normal
 * @param inputs a digest of the input files' paths and checksums
 * @param state a digest of what the database held of the input when the run started
 * @param asOf the as-of date, or null for an ingest
 * @param output the output folder, absolute and normal, or null for an ingest
 * @param reports the report templates to render, sorted; empty for all
 * @param funders the funders whose reports to render, sorted; empty for all
 */
public record RunParameters(Path input, String inputs, String state, LocalDate asOf, Path output, List<String> reports,
		List<String> funders) {

	private static final String INPUT = "input";

	private static final String INPUTS = "inputs";

	private static final String STATE = "state";

	private static final String AS_OF = "asOf";

	private static final String OUTPUT = "output";

	private static final String REPORTS = "reports";

	private static final String FUNDERS = "funders";

	public RunParameters {
		input = input.toAbsolutePath().normalize();
		output = (output != null) ? output.toAbsolutePath().normalize() : null;
		reports = List.copyOf(new TreeSet<>(reports));
		funders = List.copyOf(new TreeSet<>(funders));
	}

	/** An ingest of {@code input}. */
	public static RunParameters ingest(Path input, String inputs, String state) {
		return new RunParameters(input, inputs, state, null, null, List.of(), List.of());
	}

	public boolean ingestOnly() {
		return this.asOf == null;
	}

	public JobParameters toJobParameters() {
		JobParametersBuilder builder = new JobParametersBuilder().addString(INPUT, this.input.toString())
			.addString(INPUTS, this.inputs)
			.addString(STATE, this.state);
		if (!ingestOnly()) {
			builder.addLocalDate(AS_OF, this.asOf)
				.addString(OUTPUT, this.output.toString())
				.addString(REPORTS, String.join(",", this.reports))
				.addString(FUNDERS, String.join(",", this.funders));
		}
		return builder.toJobParameters();
	}

	public static RunParameters of(JobParameters parameters) {
		String output = parameters.getString(OUTPUT);
		return new RunParameters(Path.of(parameters.getString(INPUT)), parameters.getString(INPUTS),
				parameters.getString(STATE), parameters.getLocalDate(AS_OF), (output != null) ? Path.of(output) : null,
				list(parameters.getString(REPORTS)), list(parameters.getString(FUNDERS)));
	}

	/**
	 * The same input files, date, output, reports and funders, whatever the database
	 * held.
	 */
	public boolean sameRequest(RunParameters other) {
		return this.input.equals(other.input) && Objects.equals(this.inputs, other.inputs)
				&& Objects.equals(this.asOf, other.asOf) && Objects.equals(this.output, other.output)
				&& this.reports.equals(other.reports) && this.funders.equals(other.funders);
	}

	private static List<String> list(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : List.of(joined.split(","));
	}

}
