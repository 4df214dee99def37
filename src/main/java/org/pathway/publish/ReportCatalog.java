package org.pathway.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.pathway.io.Sha256;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports that completed runs wrote, found through their {@code manifest.json}. Each
 * report file has an opaque id (a digest of its date, path and checksum), so downloads
 * never take a path from the caller: an id either names a file a manifest lists, or
 * nothing.
 */
public final class ReportCatalog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path output;

	public ReportCatalog(Path output) {
		this.output = output;
	}

	/** The as-of dates that have a manifest, newest first. */
	public List<LocalDate> dates() throws IOException {
		if (!Files.isDirectory(this.output)) {
			return List.of();
		}
		List<LocalDate> dates = new ArrayList<>();
		try (Stream<Path> folders = Files.list(this.output)) {
			for (Path folder : folders.toList()) {
				LocalDate date = date(folder.getFileName().toString());
				if (date != null && Files.isRegularFile(folder.resolve("manifest.json"))) {
					dates.add(date);
				}
			}
		}
		dates.sort(Comparator.reverseOrder());
		return dates;
	}

	/** Every report file of a date, in the manifest's order; empty when there is none. */
	public List<Entry> reports(LocalDate date) throws IOException {
		Path manifest = this.output.resolve(date.toString()).resolve("manifest.json");
		if (!Files.isRegularFile(manifest)) {
			return List.of();
		}
		JsonNode root = JSON.readTree(Files.readString(manifest, StandardCharsets.UTF_8));
		List<Entry> entries = new ArrayList<>();
		for (JsonNode out : root.path("outputs")) {
			String path = out.path("path").asString();
			String sha256 = out.path("sha256").asString();
			long runId = out.path("run_id").asLong(root.path("run_id").asLong());
			entries.add(new Entry(id(date, path, sha256), date, runId, path, out.path("report").asString(),
					out.path("scope").asString(), out.path("format").asString(), out.path("bytes").asLong(), sha256));
		}
		return entries;
	}

	/** The report with this id, if a manifest lists it. */
	public Optional<Entry> find(String id) throws IOException {
		if (id == null || !id.matches("[0-9a-f]{32}")) {
			return Optional.empty();
		}
		for (LocalDate date : dates()) {
			for (Entry entry : reports(date)) {
				if (entry.id().equals(id)) {
					return Optional.of(entry);
				}
			}
		}
		return Optional.empty();
	}

	/** Where an entry's file is: always under the output folder's date folder. */
	public Path file(Entry entry) {
		Path folder = this.output.resolve(entry.asOf().toString()).toAbsolutePath().normalize();
		Path file = folder.resolve(entry.path()).normalize();
		if (!file.startsWith(folder)) {
			throw new IllegalStateException("manifest path leaves its folder: " + entry.path());
		}
		return file;
	}

	private static LocalDate date(String name) {
		try {
			return LocalDate.parse(name);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String id(LocalDate date, String path, String sha256) {
		return Sha256.hex(date + "\n" + path + "\n" + sha256).substring(0, 32);
	}

	/**
	 * One report file.
	 *
	 * @param id its opaque id
	 * @param asOf its as-of date
	 * @param runId the run that wrote it
	 * @param path its path under the date's folder
	 * @param report the report template
	 * @param scope its scope ({@code network}, {@code funder:<id>})
	 * @param format the format's name, as its renderer gives it ({@code pdf})
	 * @param bytes its size
	 * @param sha256 its checksum
	 */
	public record Entry(String id, LocalDate asOf, long runId, String path, String report, String scope, String format,
			long bytes, String sha256) {

		public String fileName() {
			return this.path.substring(this.path.lastIndexOf('/') + 1);
		}

	}

}
