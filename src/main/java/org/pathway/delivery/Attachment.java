package org.pathway.delivery;

/**
 * One report file of a delivery, as the manifest listed it when it was queued.
 *
 * @param path the file, under the date's output folder, with '/' separators
 * @param sha256 its checksum in the manifest: the file is attached only while its bytes
 * still have it
 */
public record Attachment(String path, String sha256) {

	/** The file's name, as the message attaches it. */
	public String fileName() {
		return this.path.substring(this.path.lastIndexOf('/') + 1);
	}

}
