package org.pathway.ingest.read;

import java.util.List;
import java.util.Locale;

/**
 * The format of an input file, known from the extension of its name and decided once,
 * when the file is found ({@code InputFile.format()}); every reader and loader goes by
 * it. The only place that reads extensions.
 */
public enum InputFormat {

	/** Comma-separated text (contract.md section 2), read by {@link CsvRecordSource}. */
	CSV("csv"),
	/** An Excel workbook, read by {@link XlsxRecordSource}. */
	XLSX("xlsx", "xlsm"),
	/**
	 * An old binary Excel workbook: found, then refused with a message saying how to save
	 * it.
	 */
	XLS("xls"),
	/** YAML (plan.yml). */
	YAML("yml", "yaml"),
	/** JSON (360Giving packages). */
	JSON("json"),
	/** Anything else: never found in the input folder, only given by name (validate). */
	OTHER();

	private final List<String> extensions;

	InputFormat(String... extensions) {
		this.extensions = List.of(extensions);
	}

	/** The format of a file by the extension of its name, in any case. */
	public static InputFormat of(String fileName) {
		String extension = extension(fileName);
		for (InputFormat format : values()) {
			if (format.extensions.contains(extension)) {
				return format;
			}
		}
		return OTHER;
	}

	/**
	 * The extension of a file name, lower case, without the dot ({@code ""} when it has
	 * none): for a message that names it.
	 */
	public static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return (dot < 0) ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** Whether files of this format are read as records (a header and rows). */
	public boolean tabular() {
		return this == CSV || this == XLSX;
	}

}
