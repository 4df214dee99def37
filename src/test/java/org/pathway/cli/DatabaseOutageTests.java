package org.pathway.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.generate.SampleGenerator;
import org.pathway.support.CuttableProxy;
import org.pathway.support.Databases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PostgreSQL goes away in the middle of a run (through a proxy that is cut): the command
 * fails within 30 seconds naming the database's host and port, with advice that is true:
 * once the database is back, the same command recovers the run and finishes it, with the
 * figures of a run that was never interrupted.
 */
class DatabaseOutageTests {

	@TempDir
	Path work;

	@Test
	void aDatabaseLostMidRunFailsWithinThirtySecondsAndTheSameCommandFinishesTheRun() throws Exception {
		assumeTrue(Databases.postgresAvailable(), "PostgreSQL at 127.0.0.1:5432");
		// the schema just emptied, in the database the tests were given, reached through
		// the
		// proxy
		String url = Databases.freshPostgresSchema("outage");
		Path input = this.work.resolve("input");
		SampleGenerator.generate(SampleGenerator.Scale.SMALL, 3, input, 50_000);
		try (CuttableProxy proxy = new CuttableProxy(5432, Long.getLong("outage.cutAfter", 10_000_000))) {
			String viaProxy = url.replace("127.0.0.1:5432/", "127.0.0.1:" + proxy.port() + "/");
			String[] run = { "run", "--input", input.toString(), "--output", this.work.resolve("output").toString(),
					"--data", this.work.resolve("data").toString(), "--as-of", "2026-09-30", "--db-url", viaProxy,
					"--db-user", Databases.POSTGRES_USER };
			Console console = new Console();
			int exit = console.run(run);
			long afterCut = (System.nanoTime() - proxy.cutAt()) / 1_000_000_000;
			System.out.println("outage: the clients sent " + proxy.sent() + " bytes; the command ended " + afterCut
					+ " s after the cut");
			assertThat(proxy.cutAt()).as("the cut happened during the run").isPositive();
			assertThat(exit).as(console.err()).isEqualTo(4);
			assertThat(afterCut).isLessThan(30);
			assertThat(console.err()).contains("the database at 127.0.0.1:" + proxy.port())
				.contains("When it answers again, run the same command")
				.doesNotContain("\tat ");

			proxy.restore();
			console.clear();
			assertThat(console.run(run)).as(console.err()).isZero();
			assertThat(Files.readString(this.work.resolve("data/pathway.log"))).contains("Recovering run 1")
				.contains("Resuming run 1");
		}
		Path clean = this.work.resolve("clean");
		assertThat(new Console().run("run", "--input", input.toString(), "--output", clean.resolve("output").toString(),
				"--data", clean.resolve("data").toString(), "--as-of", "2026-09-30"))
			.isZero();
		assertThat(Files.readAllBytes(this.work.resolve("output/2026-09-30/metrics.csv")))
			.isEqualTo(Files.readAllBytes(clean.resolve("output/2026-09-30/metrics.csv")));
	}

}
