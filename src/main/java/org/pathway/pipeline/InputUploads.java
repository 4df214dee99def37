package org.pathway.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.pathway.run.FileOutcome;
import org.pathway.run.Problem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An input file sent through the API or the inputs page: checked exactly as a run would
 * check it, against what the database holds, with the run's cross-file checks as
 * warnings, and placed in the input folder only when it is valid. A file of the same name
 * is replaced only when asked: otherwise the answer gives both row counts, and the page
 * keeps the upload (under an opaque id, for {@link #STAGED_FOR}) until it is confirmed or
 * dropped. A rejected upload leaves the input folder as it was. Holds the run slot
 * meanwhile, so no run reads a half-placed file.
 */
@Component
public class InputUploads {

	/** How long an upload waiting for "replace it?" is kept. */
	public static final Duration STAGED_FOR = Duration.ofMinutes(30);

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

	private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

	private static final Set<String> EXTENSIONS = Set.of("csv", "xlsx", "yml", "yaml", "json");

	private static final String STAGED = "staged-";

	private final SecureRandom random = new SecureRandom();

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
	 * Checks and, when valid, places the file, unless a file of that name exists and
	 * {@code ifExists} does not say to replace it. Bad names are refused with exit code
	 * 2; a run in progress with exit code 3.
	 */
	public Upload accept(String fileName, InputStream content, IfExists ifExists) throws IOException {
		String name = checkName(fileName);
		this.slot.take("an upload of " + name);
		Path received = null;
		try {
			received = Files.createTempFile(Files.createDirectories(uploads()), "upload-", "-" + name);
			Files.copy(content, received, StandardCopyOption.REPLACE_EXISTING);
			return decide(name, received, ifExists);
		}
		finally {
			if (received != null) {
				Files.deleteIfExists(received);
			}
			this.slot.release();
		}
	}

	/**
	 * Places an upload kept by {@link IfExists#STAGE}, replacing the file of its name,
	 * after checking it again (the database may have changed meanwhile).
	 */
	public Upload replaceStaged(String id) throws IOException {
		Path staged = staged(id);
		String name = staged.getFileName().toString().substring(STAGED.length() + 33);
		this.slot.take("an upload of " + name);
		try {
			return decide(name, staged, IfExists.REPLACE);
		}
		finally {
			Files.deleteIfExists(staged);
			this.slot.release();
		}
	}

	/**
	 * Drops an upload kept by {@link IfExists#STAGE}; the input folder stays as it is.
	 */
	public String discardStaged(String id) throws IOException {
		Path staged = staged(id);
		Files.deleteIfExists(staged);
		return staged.getFileName().toString().substring(STAGED.length() + 33);
	}

	private Upload decide(String name, Path received, IfExists ifExists) throws IOException {
		InputValidator.Checked checked = this.validator.validateUpload(received, name);
		RunResult result = checked.result();
		FileOutcome outcome = result.files().get(0);
		Path target = this.input.resolve(name);
		boolean exists = Files.exists(target);
		if (result.anyRejected()) {
			return new Upload(name, Upload.REJECTED, outcome, result.problems(), List.of(), null, null);
		}
		Long existingRows = exists ? this.validator.validateAs(target, name).files().get(0).records() : null;
		if (exists && ifExists != IfExists.REPLACE) {
			String id = (ifExists == IfExists.STAGE) ? stage(received, name) : null;
			return new Upload(name, Upload.EXISTS, outcome, result.problems(), checked.warnings(), existingRows, id);
		}
		place(received, target);
		return new Upload(name, exists ? Upload.REPLACED : Upload.PLACED, outcome, result.problems(),
				checked.warnings(), existingRows, null);
	}

	/** Keeps the received file (moved, so it keeps its owner-only permissions). */
	private String stage(Path received, String name) throws IOException {
		sweep();
		String id = HexFormat.of().formatHex(bytes());
		Files.move(received, uploads().resolve(STAGED + id + "-" + name));
		return id;
	}

	private byte[] bytes() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return bytes;
	}

	/** The upload kept under this id, unless it is unknown or has expired. */
	private Path staged(String id) throws IOException {
		sweep();
		if (id != null && ID.matcher(id).matches() && Files.isDirectory(uploads())) {
			try (DirectoryStream<Path> files = Files.newDirectoryStream(uploads(), STAGED + id + "-*")) {
				for (Path file : files) {
					return file;
				}
			}
		}
		throw new UserException(2, "this upload is no longer waiting: it was already replaced or dropped, or it"
				+ " expired after " + STAGED_FOR.toMinutes() + " minutes; upload the file again");
	}

	/**
	 * Deletes kept uploads older than {@link #STAGED_FOR}, by their files' times (the
	 * file system's clock).
	 */
	private void sweep() throws IOException {
		if (!Files.isDirectory(uploads())) {
			return;
		}
		Instant oldest = Instant.now().minus(STAGED_FOR);
		try (DirectoryStream<Path> files = Files.newDirectoryStream(uploads(), STAGED + "*")) {
			for (Path file : files) {
				if (Files.getLastModifiedTime(file).toInstant().isBefore(oldest)) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	private Path uploads() {
		return this.data.resolve("uploads");
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
		if (fileName == null || fileName.codePoints().anyMatch(Character::isISOControl)) {
			throw new UserException(2, "the file name is missing or has a control character (such as NUL or a line"
					+ " break): use letters, digits, '.', '_' and '-', with no folder");
		}
		String name = Path.of(fileName.replace('\\', '/')).getFileName().toString();
		if (!NAME.matcher(name).matches() || !name.equals(fileName)) {
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

	/** What to do when the input folder has a file of the upload's name. */
	public enum IfExists {

		/**
		 * Answer with both row counts and place nothing (the API without replace=true).
		 */
		ASK,

		/** Like ASK, and keep the upload for a later "replace it" (the page). */
		STAGE,

		/** Replace it. */
		REPLACE

	}

	/**
	 * What became of an upload.
	 *
	 * @param name the file's name in the input folder
	 * @param status {@link #PLACED}, {@link #REPLACED}, {@link #REJECTED} or
	 * {@link #EXISTS} (valid, but a file of that name is there and was kept)
	 * @param outcome the check's outcome for the file (kind, rows, problems)
	 * @param problems every problem found (the file is rejected when there is any)
	 * @param warnings figures a run would flag once the file is in, not reasons to refuse
	 * it
	 * @param existingRows the rows of the file of that name already there, or null
	 * @param stagedId the id under which the upload is kept to be confirmed, or null
	 */
	public record Upload(String name, String status, FileOutcome outcome, List<Problem> problems,
			List<Problem> warnings, Long existingRows, String stagedId) {

		public static final String PLACED = "placed";

		public static final String REPLACED = "replaced";

		public static final String REJECTED = "rejected";

		public static final String EXISTS = "exists";

	}

}
