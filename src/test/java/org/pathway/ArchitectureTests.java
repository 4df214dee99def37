package org.pathway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dependencies point one way (house style): triggers (cli, web, schedule) -> pipeline ->
 * features; publish -> render -> report -> metrics -> ingest -> domain; giving360
 * (export) -> ingest; delivery -> publish; nothing imports a trigger; progress is a leaf
 * every step may report to. OpenPDF is used only in render.pdf, Apache POI only in
 * render.excel, ingest.read and giving360 (the 360Giving spreadsheet). The formats are
 * reached only through render's API (ReportRenderer, Renderers): no code outside render
 * names render.pdf or render.excel, or writes an output format's name in a string.
 * Checked on the main sources.
 */
class ArchitectureTests {

	private static final Path MAIN = Path.of("src/main/java/org/pathway");

	/** Package to the packages of this project it must not import. */
	private static final Map<String, List<String>> FORBIDDEN = Map.ofEntries(
			Map.entry("io",
					List.of("domain", "ingest", "metrics", "report", "render", "publish", "delivery", "pipeline", "cli",
							"generate", "giving360", "progress", "web", "schedule")),
			Map.entry("progress",
					List.of("io", "domain", "ingest", "metrics", "report", "render", "publish", "delivery", "pipeline",
							"cli", "generate", "giving360", "web", "schedule")),
			Map.entry("domain",
					List.of("ingest", "metrics", "report", "render", "publish", "delivery", "pipeline", "cli",
							"generate", "giving360", "web", "schedule")),
			Map.entry("ingest",
					List.of("metrics", "report", "render", "publish", "delivery", "pipeline", "cli", "generate",
							"giving360", "web", "schedule")),
			Map.entry("metrics",
					List.of("report", "render", "publish", "delivery", "pipeline", "cli", "generate", "giving360",
							"web", "schedule")),
			Map.entry("report",
					List.of("render", "publish", "delivery", "pipeline", "cli", "generate", "giving360", "web",
							"schedule")),
			Map.entry("render",
					List.of("publish", "delivery", "pipeline", "cli", "generate", "ingest", "giving360", "web",
							"schedule")),
			// publish reads written files back through the renderers, never with the
			// input's readers
			Map.entry("publish",
					List.of("delivery", "pipeline", "cli", "generate", "giving360", "web", "schedule", "ingest.read")),
			// delivery reads what publish wrote (the manifest) and sends it
			Map.entry("delivery", List.of("pipeline", "cli", "generate", "giving360", "web", "schedule")),
			// the 360Giving export reads the facts and the standard's field names
			// (ingest), writes files (io)
			Map.entry("giving360",
					List.of("metrics", "report", "render", "publish", "delivery", "pipeline", "cli", "generate", "web",
							"schedule")),
			Map.entry("pipeline", List.of("cli", "generate", "web", "schedule")),
			Map.entry("generate",
					List.of("ingest", "metrics", "report", "render", "publish", "delivery", "pipeline", "cli",
							"giving360", "web", "schedule")),
			// Triggers: none imports another, except that the pages show when the
			// schedule runs next.
			Map.entry("cli", List.of("schedule", "web")), Map.entry("schedule", List.of("cli", "web")),
			Map.entry("web", List.of("cli", "generate")));

	private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)", Pattern.MULTILINE);

	@Test
	void featuresNeverImportTheLayersAboveThem() throws IOException {
		List<String> violations = new ArrayList<>();
		for (Path file : sources()) {
			String module = MAIN.relativize(file).getName(0).toString();
			List<String> forbidden = FORBIDDEN.getOrDefault(module, List.of());
			for (String imported : imports(file)) {
				for (String other : forbidden) {
					if (imported.startsWith("org.pathway." + other + ".") || imported.equals("org.pathway." + other)) {
						violations.add(MAIN.relativize(file) + " imports " + imported);
					}
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void pdfAndExcelLibrariesStayInTheirPackages() throws IOException {
		List<String> violations = new ArrayList<>();
		for (Path file : sources()) {
			Path parent = MAIN.relativize(file).getParent();
			String where = (parent != null) ? parent.toString().replace('\\', '/') : "";
			for (String imported : imports(file)) {
				if (imported.startsWith("com.lowagie") && !where.equals("render/pdf")) {
					violations.add(where + "/" + file.getFileName() + " imports " + imported);
				}
				// giving360 writes the 360Giving spreadsheet: an interchange format, not
				// a report
				if (imported.startsWith("org.apache.poi") && !where.equals("render/excel")
						&& !where.equals("ingest/read") && !where.equals("giving360")) {
					violations.add(where + "/" + file.getFileName() + " imports " + imported);
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	/**
	 * A renderer owns its format (house style): outside render, no source names the
	 * format packages (imported or fully qualified) or writes "pdf", "xlsx" or a media
	 * type of theirs in a string, except where input files are read (ingest, the uploads
	 * of pipeline) and the 360Giving interchange file is written (giving360).
	 */
	@Test
	void outputFormatsAreKnownOnlyToTheirRenderers() throws IOException {
		// lower case: the format's words in code; prose for people may say "PDF"
		Pattern formatWord = Pattern.compile("\"[^\"\n]*\\b(pdf|xlsx|spreadsheetml)\\b[^\"\n]*\"");
		List<String> violations = new ArrayList<>();
		for (Path file : sources()) {
			String module = MAIN.relativize(file).getName(0).toString();
			if (module.equals("render")) {
				continue;
			}
			String text = Files.readString(file);
			for (String format : List.of("org.pathway.render.pdf", "org.pathway.render.excel")) {
				if (text.contains(format)) {
					violations.add(MAIN.relativize(file) + " names " + format);
				}
			}
			if (List.of("ingest", "giving360").contains(module) || file.endsWith("InputUploads.java")) {
				continue;
			}
			Matcher literal = formatWord.matcher(text);
			while (literal.find()) {
				violations.add(MAIN.relativize(file) + " says " + literal.group());
			}
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void everyPackageSaysWhatItIsFor() throws IOException {
		try (Stream<Path> dirs = Files.walk(MAIN)) {
			List<Path> packages = dirs.filter(Files::isDirectory).filter((dir) -> {
				try (Stream<Path> files = Files.list(dir)) {
					return files.anyMatch((f) -> f.toString().endsWith(".java"));
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
			assertThat(packages).hasSizeGreaterThan(10)
				.allSatisfy((dir) -> assertThat(dir.resolve("package-info.java")).as(dir.toString()).isRegularFile());
		}
	}

	private static List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter((f) -> f.toString().endsWith(".java")).toList();
		}
	}

	private static List<String> imports(Path file) throws IOException {
		List<String> imports = new ArrayList<>();
		Matcher matcher = IMPORT.matcher(Files.readString(file));
		while (matcher.find()) {
			imports.add(matcher.group(2));
		}
		return imports;
	}

}
