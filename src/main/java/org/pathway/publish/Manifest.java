package org.pathway.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.pathway.io.AtomicFiles;
import org.pathway.io.Sha256;
import org.pathway.run.FileOutcome;
import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.json} (contract.md section 3): the run, its as-of date, every input
 * file (path, sha256, rows, accepted or rejected) and every report file of the day (path,
 * report, scope, format, bytes, sha256, and the run that wrote it). A run that renders
 * only some reports merges into the day's manifest, so the reports that earlier runs
 * wrote stay listed while their files are still there unchanged. Written last, to a
 * temporary name, then moved into place.
 */
final class Manifest {

	private static final Log logger = LogFactory.getLog(Manifest.class);

	static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	/** Indented, {@code "name": value}: easy to read and to diff. */
	private static final ObjectWriter WRITER = JSON.writer()
		.with(new DefaultPrettyPrinter(
				Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER)));

	/** The file as a whole. */
	record Document(long runId, String asOf, List<Input> inputs, List<Output> outputs) {
	}

	record Input(String path, String sha256, long rows, String status) {
	}

	/** A report file, and the run that wrote it. */
	record Output(String path, String report, String scope, String format, long bytes, String sha256, long runId) {

		static Output of(OutputFile file, long runId) {
			return new Output(file.path(), file.report(), file.scope(), file.format(), file.bytes(), file.sha256(),
					runId);
		}

	}

	private Manifest() {
	}

	/**
	 * Writes the day's manifest. With {@code merge}, the outputs already listed that this
	 * run did not write are kept when their file is still there with the same checksum.
	 */
	static void write(Path file, long runId, LocalDate asOf, List<Input> inputs, List<OutputFile> written,
			boolean merge) throws IOException {
		List<Output> outputs = new ArrayList<>(written.stream().map((out) -> Output.of(out, runId)).toList());
		if (merge) {
			outputs.addAll(kept(file, outputs.stream().map(Output::path).collect(Collectors.toSet())));
		}
		outputs.sort(Comparator.comparing(Output::path));
		byte[] json = WRITER.writeValueAsBytes(new Document(runId, asOf.toString(), inputs, outputs));
		AtomicFiles.write(file, (out) -> {
			out.write(json);
			out.write('\n');
		});
	}

	/** The earlier outputs of the day that are still on disk as listed. */
	private static List<Output> kept(Path file, Set<String> rewritten) throws IOException {
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		Document before;
		try {
			before = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), Document.class);
		}
		catch (JacksonException ex) {
			logger.warn("The manifest " + file + " could not be read, so only this run's reports are listed in it: "
					+ ex.getOriginalMessage());
			return List.of();
		}
		Path folder = file.getParent().toAbsolutePath().normalize();
		List<Output> kept = new ArrayList<>();
		for (Output out : (before.outputs() != null) ? before.outputs() : List.<Output>of()) {
			if (out.path() == null || rewritten.contains(out.path())) {
				continue;
			}
			Path report = folder.resolve(out.path()).normalize();
			if (report.startsWith(folder) && Files.isRegularFile(report) && Files.size(report) == out.bytes()
					&& Sha256.of(report).equals(out.sha256())) {
				kept.add((out.runId() != 0) ? out : new Output(out.path(), out.report(), out.scope(), out.format(),
						out.bytes(), out.sha256(), before.runId()));
			}
			else {
				logger.warn("The manifest no longer lists " + out.path() + ": the file is gone or has changed");
			}
		}
		return kept;
	}

	static Input input(FileOutcome outcome, String sha256) {
		return new Input(outcome.path(), sha256, outcome.records(),
				FileOutcome.REJECTED.equals(outcome.status()) ? "rejected" : "accepted");
	}

}
