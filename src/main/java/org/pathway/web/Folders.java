package org.pathway.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.pathway.pipeline.RunRequest;
import org.pathway.publish.ReportCatalog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The folders the server works on ({@code serve --input --output}), and the run requests
 * made from them.
 */
@Component
@ConditionalOnWebApplication
class Folders {

	private final Path input;

	private final Path output;

	private final Clock clock;

	Folders(@Value("${pathway.folders.input:input}") String input,
			@Value("${pathway.folders.output:output}") String output, Clock clock) {
		this.input = Path.of(input);
		this.output = Path.of(output);
		this.clock = clock;
	}

	RunRequest run(LocalDate asOf, List<String> reports, List<String> funders) {
		return new RunRequest(false, this.input, (asOf != null) ? asOf : LocalDate.now(this.clock), this.output,
				(reports != null) ? reports : List.of(), (funders != null) ? funders : List.of());
	}

	ReportCatalog reports() {
		return new ReportCatalog(this.output);
	}

	Path input() {
		return this.input;
	}

}
