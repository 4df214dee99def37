package org.pathway.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.pathway.ingest.giving360.Giving360Source;

import org.springframework.stereotype.Component;

/**
 * Finds the input files under a folder, in load order (by kind, then path), with their
 * checksums. Hidden files, Office lock files ({@code ~$...}) and files of other types are
 * left alone. A link out of the folder, and a file that cannot be read, are listed with
 * the reason they are refused, never read ({@link InputWalk}). A checksum is computed
 * once per file version (path, size, modification time) in a process.
 */
@Component
public class InputScanner {

	static final Set<String> EXTENSIONS = Set.of("csv", "xlsx", "xlsm", "xls", "yml", "yaml", "json");

	private final Map<String, String> checksums = new ConcurrentHashMap<>();

	public List<InputFile> scan(Path folder) throws IOException {
		List<InputFile> files = new ArrayList<>();
		for (InputWalk.Found found : InputWalk.walk(folder, InputScanner::isCandidate)) {
			if (found.refusal() == null) {
				files.add(describeOrRefuse(found.file(), found.path()));
			}
			else {
				InputKind kind = found.folder() ? null : kindByName(found.file().getFileName().toString());
				files.add(new InputFile(found.file(), found.path(), kind, null, 0, found.refusal()));
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
		return new InputFile(file, file.toString().replace('\\', '/'), kindOf(file), checksum(file), Files.size(file));
	}

	/**
	 * A file known to its user by another path (an upload, checked before it is placed in
	 * the input folder under that path).
	 */
	public InputFile describe(Path file, String path) throws IOException {
		return new InputFile(file, path, kindOf(file, Path.of(path).getFileName().toString()), checksum(file),
				Files.size(file));
	}

	/** A file of the folder, or its refusal when it cannot be read. */
	private InputFile describeOrRefuse(Path file, String path) {
		try {
			String sha256 = checksum(file);
			return new InputFile(file, path, kindOf(file), sha256, Files.size(file));
		}
		catch (IOException ex) {
			return new InputFile(file, path, kindByName(file.getFileName().toString()), null, 0,
					"cannot be read: " + InputWalk.reason(ex));
		}
	}

	/**
	 * A file's kind: from the leading word of its name; a JSON file, or a spreadsheet
	 * whose name gives no kind but whose header has 360Giving column titles, is 360Giving
	 * data.
	 */
	static InputKind kindOf(Path file) {
		return kindOf(file, file.getFileName().toString());
	}

	/** The kind of a file's content, when it is to be known by another name. */
	static InputKind kindOf(Path file, String name) {
		InputKind kind = kindByName(name);
		boolean spreadsheet = !extension(name).equals("json") && !extension(name).equals("yml")
				&& !extension(name).equals("yaml");
		return (kind == null && spreadsheet && Giving360Source.recognise(file)) ? InputKind.GIVING360 : kind;
	}

	/** The kind a file's name gives, without reading it. */
	private static InputKind kindByName(String name) {
		InputKind kind = InputKind.ofFileName(name).orElse(null);
		String extension = extension(name);
		if (extension.equals("json")) {
			return InputKind.GIVING360;
		}
		if (kind == InputKind.PLAN) {
			return (extension.equals("yml") || extension.equals("yaml")) ? kind : null;
		}
		if (extension.equals("yml") || extension.equals("yaml")) {
			return null;
		}
		return kind;
	}

	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static boolean isCandidate(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return false;
			}
		}
		String name = relative.getFileName().toString();
		return !name.startsWith("~$") && EXTENSIONS.contains(extension(name));
	}

	private String checksum(Path file) throws IOException {
		String version = file.toAbsolutePath() + "|" + Files.size(file) + "|"
				+ Files.getLastModifiedTime(file).toMillis();
		String known = this.checksums.get(version);
		if (known == null) {
			known = sha256(file);
			this.checksums.put(version, known);
		}
		return known;
	}

	public static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			int n;
			while ((n = in.read(buffer)) > 0) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
