package org.pathway.render.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * Re-zips POI's output with one fixed entry time and a fixed entry order (POI stamps
 * entries with the clock), copying the compressed bytes as they are, so that the same
 * document gives the same bytes.
 */
final class Reproducible {

	static final String CONTENT_TYPES = "[Content_Types].xml";

	/** {@code [Content_Types].xml} first, as Office writes it, then by name. */
	static final Comparator<ZipArchiveEntry> ORDER = Comparator
		.comparing((ZipArchiveEntry e) -> !CONTENT_TYPES.equals(e.getName()))
		.thenComparing(ZipArchiveEntry::getName);

	private Reproducible() {
	}

	/**
	 * Copies {@code zip} to {@code out} (left open) with every entry dated {@code day}
	 * 00:00.
	 */
	static void copy(Path zip, OutputStream out, LocalDate day) throws IOException {
		long time = day.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
		try (ZipFile in = ZipFile.builder().setPath(zip).get();
				ZipArchiveOutputStream copy = new ZipArchiveOutputStream(CloseShieldOutputStream.wrap(out))) {
			List<ZipArchiveEntry> entries = Collections.list(in.getEntries());
			entries.sort(ORDER);
			for (ZipArchiveEntry entry : entries) {
				ZipArchiveEntry fixed = new ZipArchiveEntry(entry.getName());
				fixed.setMethod(entry.getMethod());
				fixed.setCrc(entry.getCrc());
				fixed.setSize(entry.getSize());
				fixed.setCompressedSize(entry.getCompressedSize());
				fixed.setTime(time);
				try (InputStream raw = in.getRawInputStream(entry)) {
					copy.addRawArchiveEntry(fixed, raw);
				}
			}
			copy.finish();
		}
		out.flush();
	}

}
