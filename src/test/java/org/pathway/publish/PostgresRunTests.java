package org.pathway.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.cli.Cli;
import org.pathway.generate.SampleGenerator;
import org.pathway.support.Databases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole main job on PostgreSQL 15 gives exactly what it gives on the embedded H2: the
 * same metrics.csv and byte-identical reports. Skipped where no PostgreSQL answers on
 * 127.0.0.1:5432.
 */
@EnabledIf("org.pathway.support.Databases#postgresAvailable")
class PostgresRunTests {

	@TempDir
	Path work;

	@Test
	void theSameInputGivesTheSameMetricsAndReportsOnPostgresAsOnH2() throws IOException {
		Path input = this.work.resolve("input");
		SampleGenerator.generate(SampleGenerator.Scale.SMALL, 4, input);
		String url = Databases.freshPostgresSchema("pathway_run_it");
		run("--input", input.toString(), "--output", this.work.resolve("h2").toString(), "--data",
				this.work.resolve("data-h2").toString());
		run("--input", input.toString(), "--output", this.work.resolve("pg").toString(), "--data",
				this.work.resolve("data-pg").toString(), "--db-url", url, "--db-user", Databases.POSTGRES_USER);
		List<Path> files;
		try (Stream<Path> walk = Files.walk(this.work.resolve("h2"))) {
			files = walk.filter((f) -> f.toString().matches(".*\\.(csv|pdf|xlsx)$")).toList();
		}
		assertThat(files).hasSizeGreaterThan(8);
		for (Path h2 : files) {
			Path pg = this.work.resolve("pg").resolve(this.work.resolve("h2").relativize(h2));
			assertThat(Files.readAllBytes(pg)).as(pg.toString()).isEqualTo(Files.readAllBytes(h2));
		}
	}

	private static void run(String... options) {
		String[] args = new String[options.length + 3];
		args[0] = "run";
		System.arraycopy(options, 0, args, 1, options.length);
		args[options.length + 1] = "--as-of";
		args[options.length + 2] = "2026-09-30";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
		assertThat(new Cli(stream, stream).run(args)).as(out.toString(StandardCharsets.UTF_8)).isZero();
	}

}
