package org.pathway.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What a trigger asks for: the main job or ingest only, over an input folder, as of a
 * date.
 *
 * @param ingestOnly true for the {@code ingest} command
 * @param input the input folder
 * @param asOf the as-of date of the run
 * @param output the output folder (metrics.csv and reports go under
 * {@code output/<as-of>/})
 * @param reports the report templates to render; empty for all
 * @param funders the funders whose reports to render; empty for all
 */
public record RunRequest(boolean ingestOnly, Path input, LocalDate asOf, Path output, List<String> reports,
		List<String> funders) {

	/** An ingest: no date, no output. */
	public static RunRequest ingest(Path input) {
		return new RunRequest(true, input, null, null, List.of(), List.of());
	}

	/** The main job over every report and funder. */
	public static RunRequest run(Path input, LocalDate asOf, Path output) {
		return new RunRequest(false, input, asOf, output, List.of(), List.of());
	}

}
