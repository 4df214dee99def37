package org.pathway.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.pathway.pipeline.UserException;
import picocli.CommandLine.Command;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * {@code hash-password}: reads a password (without echo at a terminal, else one line of
 * standard input) and prints its bcrypt hash for {@code pathway.users.<name>.password}.
 */
@Command(name = "hash-password",
		description = "Read a password and print the hash to put in pathway.users.NAME.password.")
final class HashPassword implements Callable<Integer> {

	private final PrintStream out;

	HashPassword(PrintStream out) {
		this.out = out;
	}

	@Override
	public Integer call() throws IOException {
		Console console = System.console();
		String password;
		if (console != null) {
			char[] typed = console.readPassword("Password: ");
			password = (typed != null) ? new String(typed) : null;
		}
		else {
			password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		}
		if (password == null || password.length() < 12) {
			throw new UserException(Cli.USAGE, "a password of at least 12 characters is needed");
		}
		this.out.println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
		return Cli.DONE;
	}

}
