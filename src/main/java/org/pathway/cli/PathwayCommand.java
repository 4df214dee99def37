package org.pathway.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ScopeType;

import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.SpringBootVersion;

/** The top of the command line: its commands are added by {@link Cli}. */
@Command(name = "java -jar target/pathway.jar", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
		versionProvider = PathwayCommand.Version.class, synopsisSubcommandLabel = "COMMAND", usageHelpWidth = 100,
		description = "Pathway: batch reports for funders and the seven-year strategic plan.",
		footer = { "", "Spring Boot settings pass through as --KEY=VALUE (e.g. --server.port=9090,",
				"--spring.profiles.active=prod); --debug also shows the log on the console. The standard environment",
				"variables (SPRING_DATASOURCE_URL, SERVER_PORT...), ./application.yml and DATA/pathway.properties are",
				"read too, and where the database setting came from is printed.", "",
				"Exit codes: 0 done; 1 done, but some input was rejected; 2 bad usage; 3 refused: a run is",
				"already in progress; 4 failed (run the same command again to resume)." })
final class PathwayCommand {

	/**
	 * Pathway's version and build time (from the build's {@code build-info.properties}),
	 * and the versions it runs on.
	 */
	static final class Version implements IVersionProvider {

		@Override
		public String[] getVersion() throws IOException {
			Properties build = new Properties();
			try (InputStream in = PathwayCommand.class.getResourceAsStream("/META-INF/build-info.properties")) {
				if (in != null) {
					build.load(in);
				}
			}
			String version = build.getProperty("build.version", "(a development build)");
			String time = build.getProperty("build.time");
			return new String[] { "Pathway " + version + ((time != null) ? ", built " + time : ""),
					"Spring Boot " + SpringBootVersion.getVersion() + ", Spring Batch "
							+ JobOperator.class.getPackage().getImplementationVersion() + ", Java "
							+ Runtime.version() };
		}

	}

}
