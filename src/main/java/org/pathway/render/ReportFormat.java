package org.pathway.render;

/**
 * What one output format is called and how it travels; each renderer says its own, so
 * nothing outside {@code render/} names a format.
 *
 * @param name the manifest's format word ({@code pdf})
 * @param extension the file extension, without its dot
 * @param mediaType the media type of a download
 * @param purpose what a reader does with the file, completing "Attached is your report:
 * FILE ..." in a delivery's message ({@code to read})
 */
public record ReportFormat(String name, String extension, String mediaType, String purpose) {

	/** The file name of a report in this format: the stem, a dot, the extension. */
	public String fileName(String stem) {
		return stem + "." + this.extension;
	}

	/** Whether a file name ends in this format's extension. */
	public boolean matches(String fileName) {
		return fileName.endsWith("." + this.extension);
	}

}
