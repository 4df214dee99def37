package org.pathway.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pathway.pipeline.UserException;

/**
 * The command line, parsed: a command, its options (contract.md section 1) and its
 * arguments. Bad usage is a {@link UserException} with exit code 2.
 */
record Options(String command, Map<String, List<String>> options, List<String> arguments) {

	private static final Set<String> VALUED = Set.of("input", "output", "data", "as-of", "report", "funder", "scale",
			"out", "seed", "youth-rows", "db-url", "db-user", "db-password", "templates", "port", "limit");

	private static final Set<String> FLAGS = Set.of("help");

	static Options parse(String[] args) {
		if (args.length == 0) {
			throw new UserException(2, "no command given");
		}
		Map<String, List<String>> options = new LinkedHashMap<>();
		List<String> arguments = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				arguments.add(arg);
				continue;
			}
			String name = arg.substring(2);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (FLAGS.contains(name)) {
				options.computeIfAbsent(name, (k) -> new ArrayList<>()).add("true");
				continue;
			}
			if (!VALUED.contains(name)) {
				throw new UserException(2, "unknown option --" + name);
			}
			if (value == null) {
				if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
					throw new UserException(2, "option --" + name + " needs a value");
				}
				value = args[++i];
			}
			options.computeIfAbsent(name, (k) -> new ArrayList<>()).add(value);
		}
		return new Options(args[0], options, arguments);
	}

	boolean has(String name) {
		return this.options.containsKey(name);
	}

	String value(String name, String fallback) {
		List<String> values = this.options.get(name);
		return (values == null) ? fallback : values.get(values.size() - 1);
	}

	/** Every value of a repeatable option (also comma separated), in order. */
	java.util.List<String> values(String name) {
		java.util.List<String> values = new java.util.ArrayList<>();
		for (String value : this.options.getOrDefault(name, java.util.List.of())) {
			for (String part : value.split(",")) {
				if (!part.isBlank()) {
					values.add(part.strip());
				}
			}
		}
		return values;
	}

	Path path(String name, String fallback) {
		return Path.of(value(name, fallback));
	}

	LocalDate asOf() {
		String value = value("as-of", null);
		if (value == null) {
			return LocalDate.now();
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new UserException(2, "--as-of " + value + ": expected a date YYYY-MM-DD");
		}
	}

	long longValue(String name, long fallback) {
		String value = value(name, null);
		if (value == null) {
			return fallback;
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new UserException(2, "--" + name + " " + value + ": expected a whole number");
		}
	}

}
