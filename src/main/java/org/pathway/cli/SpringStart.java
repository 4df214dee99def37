package org.pathway.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pathway.PathwayApplication;
import org.pathway.pipeline.Trouble;
import org.pathway.pipeline.UserException;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Starts Spring for a command, the way a Spring Boot user expects: Pathway's defaults
 * (the embedded database and the log in the data folder) have the lowest precedence, so
 * the standard environment variables ({@code SPRING_DATASOURCE_URL},
 * {@code SERVER_PORT}), {@code ./application.yml} or {@code ./config/},
 * {@code data/pathway.properties} and {@code --spring.*} arguments all win over them, and
 * the command's own options ({@code --db-url}, {@code --port}) win over everything. Where
 * the database setting came from anywhere but an option is said on the console, never
 * silently. A database that cannot be reached is one message naming its host and port.
 */
final class SpringStart {

	private static final Pattern FILE = Pattern.compile("Config resource 'file \\[(.*?)\\]'");

	private final SpringArgs spring;

	private final PrintStream out;

	private final PrintStream err;

	private volatile String url;

	SpringStart(SpringArgs spring, PrintStream out, PrintStream err) {
		this.spring = spring;
		this.out = out;
		this.err = err;
	}

	/** Spring settings given as {@code --KEY=VALUE} arguments. */
	Map<String, String> passed() {
		return this.spring.settings();
	}

	/**
	 * Starts Pathway's application context.
	 * @param data the data folder
	 * @param database the database options, or null for the command's own settings only
	 * @param settings the command's settings, which take precedence over every file
	 * @param type servlet for {@code serve}, none for the rest
	 * @param shutdownHook whether Spring closes the context when the JVM is asked to end
	 */
	ConfigurableApplicationContext start(Path data, Options.Database database, Map<String, Object> settings,
			WebApplicationType type, boolean shutdownHook) {
		Map<String, Object> defaults = new LinkedHashMap<>();
		// closed with the context, not by H2's own shutdown hook, so a run can stop
		// gracefully first
		defaults.put("spring.datasource.url",
				"jdbc:h2:file:" + data.toAbsolutePath().normalize().resolve("pathway") + ";DB_CLOSE_ON_EXIT=FALSE");
		defaults.put("logging.file.name", writableLog(data.resolve("pathway.log")));
		// a database that stops answering fails the command in seconds, not minutes
		defaults.put("spring.datasource.hikari.connection-timeout", "5000");
		defaults.put("spring.datasource.hikari.validation-timeout", "3000");
		Map<String, Object> explicit = new LinkedHashMap<>(settings);
		if (database != null && database.url() != null) {
			explicit.put("spring.datasource.url", database.url());
			explicit.put("spring.datasource.username",
					(database.user() != null) ? database.user() : System.getProperty("user.name"));
			if (database.password() != null) {
				explicit.put("spring.datasource.password", database.password());
			}
		}
		String pathwayProperties = "optional:file:" + data.toAbsolutePath().normalize().resolve("pathway.properties");
		explicit.put("spring.config.additional-location", pathwayProperties);
		for (Map.Entry<String, String> passed : this.spring.settings().entrySet()) {
			Object option = explicit.get(passed.getKey());
			if (passed.getKey().equals("spring.config.additional-location")) {
				explicit.put(passed.getKey(), passed.getValue() + "," + pathwayProperties);
			}
			else if (option != null && settings.containsKey(passed.getKey()) && !option.equals(passed.getValue())
					|| option != null && database != null && database.url() != null
							&& passed.getKey().startsWith("spring.datasource.") && !option.equals(passed.getValue())) {
				throw new UserException(Cli.USAGE, "--" + passed.getKey() + "=" + passed.getValue()
						+ " disagrees with the command's option that sets it to " + option + ": give one of them");
			}
			else {
				explicit.put(passed.getKey(), passed.getValue());
			}
		}
		Sources sources = new Sources(this.err);
		SpringApplicationBuilder builder = new SpringApplicationBuilder(PathwayApplication.class).web(type)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.registerShutdownHook(shutdownHook)
			.properties(defaults)
			.listeners(sources);
		try {
			ConfigurableApplicationContext context = builder.run(arguments(explicit));
			this.url = sources.url;
			sources.announce(this.out, pathwayProperties);
			return context;
		}
		catch (RuntimeException ex) {
			if (Trouble.databaseUnreachable(ex)) {
				throw new UserException(Cli.FAILED, "cannot reach the database " + where(sources.url) + ": "
						+ Trouble.describe(ex).replace("the database does not answer: ", "").replaceAll("\\.+$", "")
						+ ". Nothing was run: start the database, or correct the setting"
						+ ((sources.urlSource != null) ? " (" + sources.urlSource + ")" : "")
						+ ", then run the same command again.");
			}
			throw ex;
		}
	}

	/**
	 * The log file, if it can be written; else says so in one line and logs nowhere (the
	 * command still speaks for itself), rather than Logback printing every failure.
	 */
	private String writableLog(Path log) {
		try {
			Files.createDirectories(log.toAbsolutePath().getParent());
			Files.newOutputStream(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND).close();
			return log.toString();
		}
		catch (IOException ex) {
			this.err.println("pathway: the log file " + log + " cannot be written (" + Trouble.describe(ex)
					+ "); carrying on without it");
			return "";
		}
	}

	/** Where the database of the last context started is, for messages; empty if none. */
	String databaseWhere() {
		return where(this.url);
	}

	/** Settings as command-line arguments, which take precedence over every file. */
	static String[] arguments(Map<String, Object> properties) {
		return properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
	}

	/** Host and port of a JDBC URL for a server, the file of an embedded database. */
	static String where(String url) {
		if (url == null) {
			return "";
		}
		Matcher server = Pattern.compile("jdbc:[a-z]+://([^/:?]+)(:(\\d+))?.*").matcher(url);
		if (server.matches()) {
			String port = (server.group(3) != null) ? server.group(3)
					: url.startsWith("jdbc:postgresql:") ? "5432" : "(default port)";
			return "at " + server.group(1) + ":" + port + " (" + masked(url) + ")";
		}
		return masked(url);
	}

	static String masked(String url) {
		return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
	}

	/**
	 * Sees the environment once Spring has read every source: fills in what depends on
	 * the database chosen, and notes where the choice came from.
	 */
	private static final class Sources implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

		private String url;

		private String urlSource;

		private final List<String> files = new ArrayList<>();

		private final PrintStream err;

		Sources(PrintStream err) {
			this.err = err;
		}

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			// the logging system has started by now
			LogTrouble.install(this.err);
			ConfigurableEnvironment environment = event.getEnvironment();
			this.url = environment.getProperty("spring.datasource.url");
			Map<String, Object> derived = new LinkedHashMap<>();
			if (!environment.containsProperty("spring.datasource.username")) {
				derived.put("spring.datasource.username",
						(this.url != null && this.url.startsWith("jdbc:h2:")) ? "sa" : System.getProperty("user.name"));
			}
			if (this.url != null && this.url.startsWith("jdbc:postgresql:")) {
				// a server that does not answer is known in seconds, not minutes
				derived.putIfAbsent("spring.datasource.hikari.data-source-properties.connectTimeout", "5");
				derived.putIfAbsent("spring.datasource.hikari.data-source-properties.tcpKeepAlive", "true");
			}
			environment.getPropertySources().addLast(new MapPropertySource("pathwayDerived", derived));
			for (PropertySource<?> source : environment.getPropertySources()) {
				if (source.getName().equals("configurationProperties")) {
					continue; // a view of all the others
				}
				Matcher file = FILE.matcher(source.getName());
				if (file.find()) {
					this.files.add(file.group(1));
				}
				if (this.urlSource == null && source.containsProperty("spring.datasource.url")) {
					this.urlSource = describe(source);
				}
			}
		}

		private static String describe(PropertySource<?> source) {
			Matcher file = FILE.matcher(source.getName());
			if (file.find()) {
				return "from " + file.group(1);
			}
			return switch (source.getName()) {
				case "systemEnvironment" -> "from the environment variable SPRING_DATASOURCE_URL";
				case "systemProperties" -> "from the Java system property spring.datasource.url";
				case "commandLineArgs" -> "from the command line";
				case "defaultProperties" -> null;
				default -> "from " + source.getName();
			};
		}

		/**
		 * Says which files were read and where the database came from, if not the
		 * default.
		 */
		void announce(PrintStream out, String pathwayProperties) {
			for (String file : this.files) {
				if (!pathwayProperties.endsWith(Path.of(file).toAbsolutePath().normalize().toString())) {
					out.println("Settings: " + file);
				}
			}
			if (this.urlSource != null && !this.urlSource.equals("from the command line")) {
				out.println("Database: " + masked(this.url) + " (" + this.urlSource + ")");
			}
		}

	}

}
