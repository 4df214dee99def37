package org.pathway.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.pathway.ingest.read.InputFormat;

/**
 * Walks an input folder without ever leaving it: a link (to a file or a folder) whose
 * target is outside the folder, or cannot be resolved, is refused without being opened,
 * and so is anything that is not a regular file (a named pipe would block the reader). A
 * link to a file inside the folder is read through; a link to a folder inside is not
 * descended, since its files are found where they are. A sub-folder that cannot be read
 * is refused alone; the walk goes on.
 */
final class InputWalk extends SimpleFileVisitor<Path> {

	static final String LINK_TO_FILE_OUTSIDE = "is a link to a file outside the input folder: refused without"
			+ " reading it (copy the file into the input folder instead)";

	static final String LINK_TO_FOLDER_OUTSIDE = "is a link to a folder outside the input folder: refused, nothing"
			+ " in it is read (copy the files into the input folder instead)";

	static final String BROKEN_LINK = "is a link whose target is missing or cannot be resolved: refused";

	static final String NOT_A_FILE = "is not a regular file (a named pipe, socket or device): refused without"
			+ " reading it";

	/**
	 * What the walk found: a file to read, or something refused (then {@code refusal}
	 * says why).
	 *
	 * @param file where it is
	 * @param path its path relative to the input folder, with '/' separators
	 * @param format its format, {@link InputFormat#OTHER} for a folder
	 * @param refusal why it is not read, or null
	 * @param folder whether it is a folder (or a link to one)
	 */
	record Found(Path file, String path, InputFormat format, String refusal, boolean folder) {
	}

	private final Path root;

	private final Function<Path, InputFormat> candidate;

	private final List<Found> found = new ArrayList<>();

	private InputWalk(Path root, Function<Path, InputFormat> candidate) {
		this.root = root;
		this.candidate = candidate;
	}

	/**
	 * The files under {@code folder} to which {@code candidate} gives a format (it gives
	 * null for a relative path that is not an input file), and every link or folder
	 * refused; hidden folders are not entered. The folder itself may be a link: its real
	 * place is walked.
	 * @throws IOException when the folder itself cannot be read
	 */
	static List<Found> walk(Path folder, Function<Path, InputFormat> candidate) throws IOException {
		Path root = folder.toRealPath();
		InputWalk walk = new InputWalk(root, candidate);
		Files.walkFileTree(root, walk);
		return walk.found;
	}

	/**
	 * Why a file or folder could not be read, as a person says it: "permission denied",
	 * "it no longer exists", or the system's own reason.
	 */
	static String reason(IOException failure) {
		if (failure instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (failure instanceof NoSuchFileException) {
			return "it no longer exists";
		}
		if (failure instanceof FileSystemException system && system.getReason() != null) {
			return system.getReason().toLowerCase(java.util.Locale.ROOT);
		}
		return String.valueOf(failure.getMessage());
	}

	@Override
	public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
		return (dir.equals(this.root) || !isHidden(dir)) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
	}

	@Override
	public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
		if (attributes.isSymbolicLink()) {
			link(file);
		}
		else {
			InputFormat format = this.candidate.apply(relative(file));
			if (format != null) {
				add(file, format, attributes.isRegularFile() ? null : NOT_A_FILE);
			}
		}
		return FileVisitResult.CONTINUE;
	}

	@Override
	public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
		if (file.equals(this.root)) {
			throw failure;
		}
		if (!isHidden(file)) {
			add(file, unreadableFolder(failure));
		}
		return FileVisitResult.CONTINUE;
	}

	@Override
	public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
		if (failure != null) {
			if (dir.equals(this.root)) {
				throw failure;
			}
			add(dir, unreadableFolder(failure));
		}
		return FileVisitResult.CONTINUE;
	}

	/** Resolves a link (a stat, never an open) and keeps it only when it stays inside. */
	private void link(Path link) {
		if (isHidden(link)) {
			return;
		}
		InputFormat format = this.candidate.apply(relative(link));
		Path target;
		try {
			target = link.toRealPath();
		}
		catch (IOException ex) {
			if (format != null) {
				add(link, format, BROKEN_LINK);
			}
			return;
		}
		boolean folder = Files.isDirectory(target);
		if (!target.startsWith(this.root)) {
			if (folder) {
				add(link, LINK_TO_FOLDER_OUTSIDE);
			}
			else if (format != null) {
				add(link, format, LINK_TO_FILE_OUTSIDE);
			}
		}
		else if (!folder && format != null) {
			add(link, format, Files.isRegularFile(target) ? null : NOT_A_FILE);
		}
	}

	private static String unreadableFolder(IOException failure) {
		return "is a folder that cannot be read: " + reason(failure)
				+ "; nothing in it is loaded, and what its files loaded before is kept";
	}

	private void add(Path file, InputFormat format, String refusal) {
		this.found.add(new Found(file, relative(file).toString().replace('\\', '/'), format, refusal, false));
	}

	/** A folder refused, with why. */
	private void add(Path folder, String refusal) {
		this.found
			.add(new Found(folder, relative(folder).toString().replace('\\', '/'), InputFormat.OTHER, refusal, true));
	}

	private Path relative(Path file) {
		return this.root.relativize(file);
	}

	private boolean isHidden(Path path) {
		Path name = path.getFileName();
		return name != null && name.toString().startsWith(".");
	}

}
