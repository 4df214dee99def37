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

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries (house style), checked with ArchUnit on the compiled classes, so
 * a fully qualified name or a reflection-free use counts as much as an import.
 * Dependencies point one way: triggers (cli, web, schedule) -> pipeline -> features;
 * delivery -> publish -> render -> report -> metrics -> ingest -> run, io, domain;
 * giving360 (export) -> ingest; nothing imports a trigger; progress is a leaf every step
 * may report to. No two modules depend on each other. OpenPDF is used only in render.pdf,
 * Apache POI only in render.excel, ingest.read and giving360. The output formats are
 * reached only through render's API (ReportRenderer, Renderers): nothing outside render
 * uses render.pdf or render.excel, or writes a format's name in a string; publish reads
 * written files back through the renderers, never with the input's readers.
 */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.pathway");

	private static final List<String> ALL = List.of("cli", "web", "schedule", "pipeline", "generate", "giving360",
			"delivery", "publish", "render", "report", "metrics", "ingest", "run", "progress", "io", "domain");

	/** Each module, and the modules of this project it may depend on. */
	private static final Map<String, List<String>> ALLOWED = Map.ofEntries(Map.entry("domain", List.of()),
			Map.entry("io", List.of()), Map.entry("progress", List.of()), Map.entry("run", List.of("io", "domain")),
			Map.entry("ingest", List.of("run", "progress", "io", "domain")),
			Map.entry("metrics", List.of("ingest", "run", "progress", "io", "domain")),
			Map.entry("report", List.of("metrics", "run", "io", "domain")),
			Map.entry("render", List.of("report", "metrics", "io", "domain")),
			// publish reads written files back through the renderers, never with the
			// input's readers
			Map.entry("publish", List.of("render", "report", "metrics", "run", "progress", "io", "domain")),
			// delivery reads what publish wrote (the manifest) and sends it
			Map.entry("delivery",
					List.of("publish", "render", "report", "metrics", "ingest", "run", "progress", "io", "domain")),
			// the 360Giving export reads the facts and the standard's field names
			// (ingest)
			Map.entry("giving360", List.of("ingest", "run", "io", "domain")),
			Map.entry("generate", List.of("io", "domain")),
			Map.entry("pipeline",
					List.of("delivery", "publish", "render", "report", "metrics", "ingest", "run", "progress", "io",
							"domain")),
			// the triggers: none imports another, except that the pages show when the
			// schedule runs next
			Map.entry("schedule", List.of("pipeline", "run", "io", "domain")),
			Map.entry("web",
					List.of("schedule", "pipeline", "delivery", "publish", "render", "report", "metrics", "ingest",
							"run", "progress", "io", "domain")),
			Map.entry("cli", List.of("pipeline", "generate", "giving360", "delivery", "publish", "render", "report",
					"metrics", "ingest", "run", "progress", "io", "domain")));

	@Test
	void modulesDependOnlyOnTheModulesBelowThem() {
		assertThat(ALLOWED.keySet()).containsExactlyInAnyOrderElementsOf(ALL);
		for (Map.Entry<String, List<String>> module : ALLOWED.entrySet()) {
			String[] forbidden = ALL.stream()
				.filter((other) -> !other.equals(module.getKey()) && !module.getValue().contains(other))
				.map((other) -> "org.pathway." + other + "..")
				.toArray(String[]::new);
			if (forbidden.length > 0) {
				ArchRule rule = noClasses().that()
					.resideInAPackage("org.pathway." + module.getKey() + "..")
					.should()
					.dependOnClassesThat()
					.resideInAnyPackage(forbidden)
					.because(module.getKey() + " may depend on " + module.getValue() + " only");
				rule.check(MAIN);
			}
		}
	}

	@Test
	void noTwoModulesDependOnEachOther() {
		slices().matching("org.pathway.(*)..").should().beFreeOfCycles().check(MAIN);
	}

	@Test
	void pdfAndExcelLibrariesStayInTheirPackages() {
		noClasses().that()
			.resideOutsideOfPackage("org.pathway.render.pdf..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.lowagie..")
			.check(MAIN);
		// giving360 writes the 360Giving spreadsheet: an interchange format, not a report
		noClasses().that()
			.resideOutsideOfPackages("org.pathway.render.excel..", "org.pathway.ingest.read..",
					"org.pathway.giving360..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.apache.poi..")
			.check(MAIN);
	}

	@Test
	void outputFormatsAreKnownOnlyToTheirRenderers() throws IOException {
		noClasses().that()
			.resideOutsideOfPackage("org.pathway.render..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.pathway.render.pdf..", "org.pathway.render.excel..")
			.because("a renderer owns its format")
			.check(MAIN);
		// the core of the ingest finds its loaders through InputLoader, never by name
		noClasses().that()
			.resideInAPackage("org.pathway.ingest")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.pathway.ingest.giving360..")
			.check(MAIN);
		// lower case: the format's words in code; prose for people may say "PDF". Input
		// files are read in ingest and the uploads; giving360 writes an interchange file.
		Pattern formatWord = Pattern.compile("\"[^\"\n]*\\b(pdf|xlsx|spreadsheetml)\\b[^\"\n]*\"");
		List<String> violations = new ArrayList<>();
		Path main = Path.of("src/main/java/org/pathway");
		try (Stream<Path> files = Files.walk(main)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String module = main.relativize(file).getName(0).toString();
				if (List.of("render", "ingest", "giving360").contains(module) || file.endsWith("InputUploads.java")) {
					continue;
				}
				Matcher literal = formatWord.matcher(Files.readString(file));
				while (literal.find()) {
					violations.add(main.relativize(file) + " says " + literal.group());
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void everyPackageSaysWhatItIsFor() throws IOException {
		Path main = Path.of("src/main/java/org/pathway");
		try (Stream<Path> dirs = Files.walk(main)) {
			List<Path> packages = new ArrayList<>();
			for (Path dir : dirs.filter(Files::isDirectory).toList()) {
				try (Stream<Path> files = Files.list(dir)) {
					if (files.anyMatch((f) -> f.toString().endsWith(".java"))) {
						packages.add(dir);
					}
				}
			}
			assertThat(packages).hasSizeGreaterThan(10)
				.allSatisfy((dir) -> assertThat(dir.resolve("package-info.java")).as(dir.toString()).isRegularFile());
		}
	}

}
