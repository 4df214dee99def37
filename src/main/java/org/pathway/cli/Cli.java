package org.pathway.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.pathway.pipeline.Trouble;
import org.pathway.pipeline.UserException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line of contract.md section 1 (picocli): parses, runs the command, and
 * turns outcomes into exit codes (0 done, 1 input rejected, 2 bad usage, 3 refused, 4
 * failed). User mistakes and troubles of the machine (a database that does not answer, a
 * full disk) are one message each, never a stack trace; the details go to the log.
 */
public final class Cli {

	static final int DONE = 0;

	static final int REJECTED = 1;

	static final int USAGE = 2;

	static final int FAILED = 4;

	private static final Log logger = LogFactory.getLog(Cli.class);

	private final PrintStream out;

	private final PrintStream err;

	public Cli(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public int run(String... args) {
		SpringArgs spring;
		try {
			spring = SpringArgs.split(args);
		}
		catch (UserException ex) {
			return fail(ex, null, null);
		}
		if (spring.pathway().isEmpty()) {
			return fail(new UserException(USAGE, "no command given"), null, null);
		}
		SpringStart start = new SpringStart(spring, this.out, this.err);
		CommandLine commands = commands(new Shell(this.out, this.err, start));
		commands.setOut(new PrintWriter(this.out, true, StandardCharsets.UTF_8));
		commands.setErr(new PrintWriter(this.err, true, StandardCharsets.UTF_8));
		commands.setParameterExceptionHandler((ex, arguments) -> fail(usage(ex), ex.getCommandLine(), start));
		commands.setExecutionExceptionHandler((ex, commandLine, parsed) -> fail(ex, commandLine, start));
		return commands.execute(spring.pathway().toArray(String[]::new));
	}

	private CommandLine commands(Shell shell) {
		CommandLine commands = new CommandLine(new PathwayCommand());
		commands.addSubcommand("help", new CommandLine.HelpCommand());
		commands.addSubcommand(new RunCommands.Run(shell));
		commands.addSubcommand(new RunCommands.Ingest(shell));
		commands.addSubcommand(new DataCommands.Validate(shell));
		commands.addSubcommand(new DataCommands.Generate(shell));
		commands.addSubcommand(new Serve(shell));
		commands.addSubcommand(new RunCommands.Runs(shell));
		commands.addSubcommand(new RunCommands.Restart(shell));
		commands.addSubcommand(new RunCommands.Stop(shell));
		commands.addSubcommand(new HashPassword(this.out));
		commands.addSubcommand(new DeliveryCommands.Listing(shell));
		commands.addSubcommand(new DeliveryCommands.Approve(shell));
		commands.addSubcommand(new DeliveryCommands.Deliver(shell));
		commands.addSubcommand(new DataCommands.Export(shell));
		return commands;
	}

	/** A parse error in Pathway's words: which option or value, and what was expected. */
	private static UserException usage(ParameterException ex) {
		if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
			String first = unmatched.getUnmatched().get(0);
			boolean top = ex.getCommandLine().getParent() == null;
			return new UserException(USAGE, first.startsWith("-") ? "unknown option " + first
					: top ? "unknown command '" + first + "'" : "unexpected argument '" + first + "'");
		}
		if (ex.getCause() instanceof CommandLine.TypeConversionException conversion && ex.getArgSpec() != null
				&& ex.getArgSpec().isOption()) {
			String expected = conversion.getMessage()
				.matches("'.*' is not an? (int|long|java.lang.Integer|java.lang.Long)") ? "expected a whole number"
						: conversion.getMessage();
			return new UserException(USAGE, ((CommandLine.Model.OptionSpec) ex.getArgSpec()).longestName() + " "
					+ ex.getValue() + ": " + expected);
		}
		CommandLine.Model.ArgSpec spec = ex.getArgSpec();
		if (spec == null && ex instanceof CommandLine.MissingParameterException missing
				&& !missing.getMissing().isEmpty()) {
			spec = missing.getMissing().get(0);
		}
		if (spec != null) {
			String what = (spec instanceof CommandLine.Model.OptionSpec option)
					? option.longestName() + "=" + option.paramLabel()
					: ((spec.arity().max > 1) ? "one or more " : "one ") + spec.paramLabel();
			String needs = ex.getCommandLine().getCommandName() + " needs " + what + " ("
					+ String.join(" ", spec.description()) + ")";
			return new UserException(USAGE, (ex instanceof CommandLine.MissingParameterException) ? needs
					: needs + ", not '" + ex.getValue() + "'");
		}
		return new UserException(USAGE, ex.getMessage());
	}

	/** Prints the one line a failure deserves and returns its exit code. */
	private int fail(Exception ex, CommandLine command, SpringStart start) {
		UserException user = userException(ex);
		if (user != null) {
			this.err.println("pathway: " + user.getMessage());
			if (user.exitCode() == USAGE) {
				String name = (command != null && command.getParent() != null) ? " " + command.getCommandName() : "";
				this.err.println("Run 'java -jar target/pathway.jar help" + name + "' for the options.");
			}
			return user.exitCode();
		}
		logger.error("The command failed", ex);
		if (Trouble.databaseUnreachable(ex)) {
			String where = (start != null) ? start.databaseWhere() : "";
			this.err.println("pathway: failed: the database " + where + " stopped answering ("
					+ Trouble.describe(ex).replace("the database does not answer: ", "") + ")");
			this.err.println("When it answers again, run the same command: a run that was in progress is recovered"
					+ " and resumes where it stopped. Details are in the log file in the data folder.");
			return FAILED;
		}
		this.err.println("pathway: failed: " + Trouble.describe(ex));
		this.err.println(Trouble.diskFull(ex)
				? "Free some space for the data and output folders, then run the same command again; it resumes"
						+ " where it stopped."
				: "The run can be started again; it resumes where it stopped. Details are in the log file in the"
						+ " data folder.");
		return FAILED;
	}

	/**
	 * The user's mistake somewhere in the chain: thrown as such, or a setting that
	 * Pathway refused while starting (its message starts with the setting's name).
	 */
	private static UserException userException(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof UserException user) {
				return user;
			}
			if (cause instanceof IllegalStateException && cause.getMessage() != null
					&& cause.getMessage().startsWith("pathway.")) {
				return new UserException(USAGE, cause.getMessage());
			}
		}
		return null;
	}

}
