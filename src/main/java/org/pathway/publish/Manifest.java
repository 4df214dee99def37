package org.pathway.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.pathway.io.AtomicFiles;
import org.pathway.ingest.FileOutcome;

/**
 * Writes {@code manifest.json} (contract.md section 3): the run, its as-of date, every
 * input file (path, sha256, rows, accepted or rejected) and every output file (path,
 * report, scope, format, bytes, sha256). Written last, to a temporary name, then moved
 * into place.
 */
final class Manifest {

	record Input(String path, String sha256, long rows, String status) {
	}

	private Manifest() {
	}

	static void write(Path file, long runId, LocalDate asOf, List<Input> inputs, List<OutputFile> outputs)
			throws IOException {
		StringBuilder json = new StringBuilder();
		json.append("{\n  \"run_id\": ").append(runId).append(",\n  \"as_of\": ").append(string(asOf.toString()));
		json.append(",\n  \"inputs\": [");
		for (int i = 0; i < inputs.size(); i++) {
			Input in = inputs.get(i);
			json.append((i == 0) ? "\n" : ",\n")
				.append("    {\"path\": ")
				.append(string(in.path()))
				.append(", \"sha256\": ")
				.append(string(in.sha256()))
				.append(", \"rows\": ")
				.append(in.rows())
				.append(", \"status\": ")
				.append(string(in.status()))
				.append('}');
		}
		json.append(inputs.isEmpty() ? "],\n" : "\n  ],\n");
		json.append("  \"outputs\": [");
		for (int i = 0; i < outputs.size(); i++) {
			OutputFile out = outputs.get(i);
			json.append((i == 0) ? "\n" : ",\n")
				.append("    {\"path\": ")
				.append(string(out.path()))
				.append(", \"report\": ")
				.append(string(out.report()))
				.append(", \"scope\": ")
				.append(string(out.scope()))
				.append(", \"format\": ")
				.append(string(out.format()))
				.append(", \"bytes\": ")
				.append(out.bytes())
				.append(", \"sha256\": ")
				.append(string(out.sha256()))
				.append('}');
		}
		json.append(outputs.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
		AtomicFiles.write(file, (out) -> out.write(json.toString().getBytes(StandardCharsets.UTF_8)));
	}

	static Input input(FileOutcome outcome, String sha256) {
		return new Input(outcome.path(), sha256, outcome.records(),
				FileOutcome.REJECTED.equals(outcome.status()) ? "rejected" : "accepted");
	}

	/** A JSON string, escaped (RFC 8259). */
	static String string(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
