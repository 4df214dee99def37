package org.pathway.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.PathwayApplication;
import org.pathway.ingest.read.Problems;
import org.pathway.pipeline.RunLauncher;
import org.pathway.pipeline.RunRequest;
import org.pathway.pipeline.RunResult;
import org.pathway.run.FileOutcome;
import org.pathway.run.Problem;
import org.pathway.support.Databases;
import org.pathway.support.TinyInput;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each input kind has exactly one loader, found by kind; the files a kind brings decide
 * what is deleted and checked; a file's format, decided when it is found, picks its
 * reader or the refusal that names its extension. Same context as {@link H2IngestTests}.
 */
@SpringBootTest(classes = PathwayApplication.class,
		properties = { "spring.datasource.url=jdbc:h2:mem:ingest;DB_CLOSE_DELAY=-1", "logging.threshold.console=WARN" })
class InputLoadersTests {

	@Autowired
	InputLoaders loaders;

	@Autowired
	RunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path input;

	@BeforeEach
	void emptyDatabase() {
		Databases.empty(this.jdbc);
	}

	@Test
	void everyKindHasOneLoaderAndBringsItsTables() {
		Map<InputKind, String> loaderOf = new EnumMap<>(InputKind.class);
		for (InputKind kind : InputKind.values()) {
			loaderOf.put(kind, this.loaders.of(kind).getClass().getSimpleName());
		}
		assertThat(loaderOf).containsOnlyKeys(InputKind.values())
			.containsEntry(InputKind.PLAN, "PlanLoader")
			.containsEntry(InputKind.GIVING360, "Giving360Loader")
			.containsEntry(InputKind.YOUTH_MILESTONES, "YouthLoader");
		assertThat(Specs.kinds())
			.contains(InputKind.FUNDERS, InputKind.MEMBERS, InputKind.GRANTS, InputKind.GRANT_PAYMENTS,
					InputKind.REGRANTS, InputKind.DISBURSEMENTS, InputKind.MILESTONES, InputKind.TARGETS)
			.allSatisfy((kind) -> assertThat(loaderOf.get(kind)).as(kind.name()).isEqualTo("TableLoader"));
		assertThat(brings(InputKind.GIVING360)).containsExactly(InputKind.FUNDERS, InputKind.MEMBERS, InputKind.GRANTS,
				InputKind.REGRANTS, InputKind.DISBURSEMENTS);
		assertThat(brings(InputKind.YOUTH_MILESTONES)).containsExactly(InputKind.MILESTONES);
		assertThat(brings(InputKind.GRANTS)).containsExactly(InputKind.GRANTS);
		assertThat(brings(InputKind.PLAN)).containsExactly(InputKind.PLAN);
	}

	@Test
	void aKindWithoutALoaderOrWithTwoStopsTheStart() {
		InputLoader allButTargets = loader(EnumSet.complementOf(EnumSet.of(InputKind.TARGETS)));
		assertThatIllegalStateException().isThrownBy(() -> new InputLoaders(List.of(allButTargets)))
			.withMessage("no loader for the input kind TARGETS: give it a TableSpec in Specs (a tabular kind)"
					+ " or an InputLoader bean");
		InputLoader all = loader(EnumSet.allOf(InputKind.class));
		InputLoader plan = loader(EnumSet.of(InputKind.PLAN));
		assertThatIllegalStateException().isThrownBy(() -> new InputLoaders(List.of(all, plan)))
			.withMessageStartingWith("two loaders for the input kind PLAN: ");
	}

	@Test
	void aFormatThatIsNotReadIsRefusedNamingItsExtension() throws IOException {
		TinyInput.write(this.input);
		Files.copy(this.input.resolve("targets.csv"), this.input.resolve("targets-old.xls"));
		Files.copy(this.input.resolve("youth_milestones.csv"), this.input.resolve("youth_milestones-2024.XLS"));
		Files.copy(this.input.resolve("grants.csv"), this.input.resolve("360giving-grants.xls"));
		RunResult result = this.launcher.launch(RunRequest.ingest(this.input));
		assertThat(result.files()).filteredOn(FileOutcome::rejected)
			.extracting(FileOutcome::path, FileOutcome::kind, FileOutcome::records)
			.containsExactlyInAnyOrder(tuple("targets-old.xls", "TARGETS", 0L),
					tuple("youth_milestones-2024.XLS", "YOUTH_MILESTONES", 0L),
					tuple("360giving-grants.xls", "GIVING360", 0L));
		assertThat(result.problems()).extracting(Problem::file, Problem::line, Problem::message)
			.containsExactlyInAnyOrder(
					tuple("targets-old.xls", 0L,
							".xls files are not read: save it as .xlsx (Excel workbook) or .csv (UTF-8)"),
					tuple("youth_milestones-2024.XLS", 0L,
							".xls files are not read: save it as .xlsx (Excel workbook) or .csv (UTF-8)"),
					tuple("360giving-grants.xls", 0L, ".xls is not a 360Giving format: expected .json, .csv or .xlsx"));
		assertThat(result.files()).filteredOn((file) -> !file.rejected())
			.extracting(FileOutcome::status)
			.containsOnly(FileOutcome.ACCEPTED);
	}

	private List<InputKind> brings(InputKind kind) {
		return this.loaders.of(kind).brings(kind);
	}

	private static InputLoader loader(Set<InputKind> kinds) {
		return new InputLoader() {
			@Override
			public Set<InputKind> kinds() {
				return kinds;
			}

			@Override
			public Loaded load(InputFile file, Problems problems) {
				return Loaded.NOTHING;
			}
		};
	}

}
