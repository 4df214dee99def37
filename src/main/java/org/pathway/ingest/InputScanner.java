package org.pathway.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.pathway.ingest.read.InputFormat;
import org.pathway.io.Sha256;

import org.springframework.stereotype.Component;

/**
 * Finds the input files under a folder, in load order (by kind, then path), with their
 * format and checksums. Hidden files, Office lock files ({@code ~$...}) and files of
 * other formats are left alone. A link out of the folder, and a file that cannot be read,
 * are listed with the reason they are refused, never read ({@link InputWalk}). A checksum
 * is computed once per file version (path, size, modification time) in a process.
 */
@Component
public class InputScanner {

	private final List<InputLoader> loaders;

	private final Map<String, String> checksums = new ConcurrentHashMap<>();

	/** Asks {@code loaders} about files whose name gives no kind. */
	InputScanner(List<InputLoader> loaders) {
		this.loaders = loaders;
	}

	public List<InputFile> scan(Path folder) throws IOException {
		List<InputFile> files = new ArrayList<>();
		for (InputWalk.Found found : InputWalk.walk(folder, InputScanner::candidate)) {
			if (found.refusal() == null) {
				files.add(describeOrRefuse(found));
			}
			else {
				InputKind kind = found.folder() ? null
						: kindByName(found.file().getFileName().toString(), found.format());
				files.add(new InputFile(found.file(), found.path(), kind, found.format(), null, 0, found.refusal()));
			}
		}
		files.sort(Comparator.comparingInt((InputFile f) -> (f.kind() != null) ? f.kind().ordinal() : Integer.MAX_VALUE)
			.thenComparing(InputFile::path));
		return files;
	}

	/**
	 * Describes one file given on its own (the validate command); its path is as given.
	 */
	public InputFile describe(Path file) throws IOException {
		String name = file.getFileName().toString();
		InputFormat format = InputFormat.of(name);
		return new InputFile(file, file.toString().replace('\\', '/'), kindOf(file, name, format), format,
				checksum(file), Files.size(file));
	}

	/**
	 * A file known to its user by another path (an upload, checked before it is placed in
	 * the input folder under that path).
	 */
	public InputFile describe(Path file, String path) throws IOException {
		String name = Path.of(path).getFileName().toString();
		InputFormat format = InputFormat.of(name);
		return new InputFile(file, path, kindOf(file, name, format), format, checksum(file), Files.size(file));
	}

	/** A file of the folder, or its refusal when it cannot be read. */
	private InputFile describeOrRefuse(InputWalk.Found found) {
		Path file = found.file();
		String name = file.getFileName().toString();
		try {
			String sha256 = checksum(file);
			return new InputFile(file, found.path(), kindOf(file, name, found.format()), found.format(), sha256,
					Files.size(file));
		}
		catch (IOException ex) {
			return new InputFile(file, found.path(), kindByName(name, found.format()), found.format(), null, 0,
					"cannot be read: " + InputWalk.reason(ex));
		}
	}

	/**
	 * A file's kind: from the leading word of its name; a file whose name gives none is
	 * of the kind a loader recognises in its content (a spreadsheet with 360Giving column
	 * titles), if any.
	 */
	private InputKind kindOf(Path file, String name, InputFormat format) {
		InputKind kind = kindByName(name, format);
		if (kind != null) {
			return kind;
		}
		for (InputLoader loader : this.loaders) {
			Optional<InputKind> recognised = loader.recognise(file, format);
			if (recognised.isPresent()) {
				return recognised.get();
			}
		}
		return null;
	}

	/**
	 * The kind a file's name gives, without reading it: a JSON file is 360Giving data,
	 * plan.yml is the plan and no other kind is YAML.
	 */
	private static InputKind kindByName(String name, InputFormat format) {
		InputKind kind = InputKind.ofFileName(name).orElse(null);
		if (format == InputFormat.JSON) {
			return InputKind.GIVING360;
		}
		if (kind == InputKind.PLAN) {
			return (format == InputFormat.YAML) ? kind : null;
		}
		if (format == InputFormat.YAML) {
			return null;
		}
		return kind;
	}

	/**
	 * The format of a file of the folder, or null when it is not an input file (hidden,
	 * an Office lock file, another format).
	 */
	private static InputFormat candidate(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return null;
			}
		}
		String name = relative.getFileName().toString();
		InputFormat format = InputFormat.of(name);
		return (name.startsWith("~$") || format == InputFormat.OTHER) ? null : format;
	}

	private String checksum(Path file) throws IOException {
		String version = file.toAbsolutePath() + "|" + Files.size(file) + "|"
				+ Files.getLastModifiedTime(file).toMillis();
		String known = this.checksums.get(version);
		if (known == null) {
			known = Sha256.of(file);
			this.checksums.put(version, known);
		}
		return known;
	}

}
