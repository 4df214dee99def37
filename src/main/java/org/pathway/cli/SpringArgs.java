package org.pathway.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pathway.pipeline.UserException;

/**
 * Spring Boot's own command-line settings, taken out of the arguments before Pathway's
 * options are parsed and passed to Spring as they are: {@code --spring.*},
 * {@code --server.*}, {@code --management.*}, {@code --logging.*}, {@code --pathway.*}
 * and {@code --info.*} as {@code --KEY=VALUE}, and the flags {@code --debug} and
 * {@code --trace}, which also show the log on the console.
 *
 * @param settings the Spring settings, in order
 * @param pathway the remaining arguments, Pathway's own
 */
record SpringArgs(Map<String, String> settings, List<String> pathway) {

	private static final List<String> PREFIXES = List.of("spring.", "server.", "management.", "logging.", "pathway.",
			"info.");

	static SpringArgs split(String... args) {
		Map<String, String> settings = new LinkedHashMap<>();
		List<String> pathway = new ArrayList<>();
		for (String arg : args) {
			if (arg.equals("--debug") || arg.equals("--trace")) {
				String level = arg.substring(2);
				settings.put(level, "true");
				settings.put("logging.threshold.console", level.toUpperCase(java.util.Locale.ROOT));
				continue;
			}
			String key = arg.startsWith("--") ? arg.substring(2) : null;
			if (key == null || PREFIXES.stream().noneMatch(key::startsWith)) {
				pathway.add(arg);
				continue;
			}
			int equals = key.indexOf('=');
			if (equals < 0) {
				throw new UserException(Cli.USAGE,
						"--" + key + " is a Spring setting: write it as --" + key + "=VALUE, with '='");
			}
			settings.put(key.substring(0, equals), key.substring(equals + 1));
		}
		return new SpringArgs(settings, pathway);
	}

}
