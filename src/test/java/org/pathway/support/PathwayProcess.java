package org.pathway.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.pathway.PathwayApplication;

/**
 * Pathway as a separate process, as a user or a scheduler starts it: its own working
 * folder and environment, its output kept in a file, and signals that are real signals.
 */
public final class PathwayProcess {

	private final Process process;

	private final Path output;

	private PathwayProcess(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	/**
	 * Starts {@code pathway ARGS} in {@code folder} with extra environment variables;
	 * standard output and error go to {@code output}.
	 */
	public static PathwayProcess start(Path folder, Map<String, String> environment, Path output, String... args)
			throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
						System.getProperty("java.class.path"), PathwayApplication.class.getName()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
		builder.environment().keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("SERVER_"));
		builder.environment().putAll(environment);
		builder.redirectErrorStream(true);
		builder.redirectOutput(output.toFile());
		return new PathwayProcess(builder.start(), output);
	}

	/** Runs to the end (at most 5 minutes) and returns the exit code. */
	public static int run(Path folder, Map<String, String> environment, Path output, String... args) throws Exception {
		PathwayProcess process = start(folder, environment, output, args);
		return process.waitFor(5, TimeUnit.MINUTES);
	}

	public int waitFor(long time, TimeUnit unit) throws InterruptedException {
		if (!this.process.waitFor(time, unit)) {
			this.process.destroyForcibly();
			throw new AssertionError("the process did not end in " + time + " " + unit + ": " + output());
		}
		return this.process.exitValue();
	}

	/** Sends SIGTERM, as a service manager or {@code kill} does. */
	public void terminate() {
		this.process.destroy();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	public String output() {
		try {
			return Files.exists(this.output) ? Files.readString(this.output, StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			return "(unreadable: " + ex.getMessage() + ")";
		}
	}

	/** Waits until {@code file} contains {@code text} (at most 2 minutes). */
	public void awaitText(Path file, String text) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (System.nanoTime() < deadline && this.process.isAlive()) {
			if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).contains(text)) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("never saw '" + text + "' in " + file + "; output: " + output());
	}

}
