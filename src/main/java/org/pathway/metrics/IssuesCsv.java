package org.pathway.metrics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.pathway.ingest.read.Problem;

/**
 * Writes a run's {@code issues.csv} (contract.md section 3): file, line, column, message.
 */
final class IssuesCsv {

	private IssuesCsv() {
	}

	static void write(Path file, List<Problem> problems) throws IOException {
		Files.createDirectories(file.getParent());
		Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
		try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			out.write("file,line,column,message\n");
			for (Problem problem : problems) {
				out.write(String.join(",", MetricsCsv.field(problem.file()),
						(problem.line() > 0) ? Long.toString(problem.line()) : "", MetricsCsv.field(problem.column()),
						MetricsCsv.field(problem.message())));
				out.write('\n');
			}
		}
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

}
