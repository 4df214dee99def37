package org.pathway.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An input file sent through the API or the inputs page: checked exactly as a run would
 * check it, against what the database holds, and placed in the input folder only when it
 * is valid. A rejected upload leaves the input folder as it was. Holds the run slot
 * meanwhile, so no run reads a half-placed file.
 */
@Component
public class InputUploads {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

	private static final Set<String> EXTENSIONS = Set.of("csv", "xlsx", "yml", "yaml", "json");

	private final InputValidator validator;

	private final RunSlot slot;

	private final Path input;

	private final Path data;

	InputUploads(InputValidator validator, RunSlot slot, @Value("${pathway.folders.input:input}") String input,
			@Value("${pathway.folders.data:data}") String data) {
		this.validator = validator;
		this.slot = slot;
		this.input = Path.of(input);
		this.data = Path.of(data);
	}

	/**
	 * Checks and, when valid, places the file. Bad names are refused with exit code 2; a
	 * run in progress with exit code 3.
	 */
	public RunResult accept(String fileName, InputStream content) throws IOException {
		String name = checkName(fileName);
		this.slot.take("an upload of " + name);
		Path staging = Files.createDirectories(this.data.resolve("uploads"));
		Path received = Files.createTempFile(staging, "upload-", "-" + name);
		try {
			Files.copy(content, received, StandardCopyOption.REPLACE_EXISTING);
			RunResult result = this.validator.validateAs(received, name);
			if (!result.anyRejected()) {
				place(received, this.input.resolve(name));
			}
			return result;
		}
		finally {
			Files.deleteIfExists(received);
			this.slot.release();
		}
	}

	/**
	 * Copies beside the target, then renames: readers see the old file or the new one.
	 */
	private static void place(Path received, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		Path partial = target.resolveSibling("." + target.getFileName() + ".part");
		Files.copy(received, partial, StandardCopyOption.REPLACE_EXISTING);
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static String checkName(String fileName) {
		String name = (fileName != null) ? Path.of(fileName.replace('\\', '/')).getFileName().toString() : "";
		if (fileName == null || !NAME.matcher(name).matches() || !name.equals(fileName)) {
			throw new UserException(2, "'" + fileName + "' is not a plain file name: use letters, digits, '.', '_'"
					+ " and '-', with no folder");
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		if (!EXTENSIONS.contains(extension)) {
			throw new UserException(2, name + ": expected a .csv, .xlsx, .json or plan.yml file");
		}
		return name;
	}

}
