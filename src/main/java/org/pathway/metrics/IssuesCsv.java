package org.pathway.metrics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.pathway.io.AtomicFiles;
import org.pathway.io.CsvCells;
import org.pathway.run.Problem;

/**
 * Writes a run's {@code issues.csv} (contract.md section 3): file, line, column, message;
 * text cells neutralised against formulas ({@link CsvCells}).
 */
final class IssuesCsv {

	private IssuesCsv() {
	}

	static void write(Path file, List<Problem> problems) throws IOException {
		AtomicFiles.write(file, (stream) -> {
			BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
			out.write("file,line,column,message\n");
			for (Problem problem : problems) {
				out.write(String.join(",", CsvCells.field(problem.file()),
						(problem.line() > 0) ? Long.toString(problem.line()) : "", CsvCells.field(problem.column()),
						CsvCells.field(problem.message())));
				out.write('\n');
			}
			out.flush();
		});
	}

}
