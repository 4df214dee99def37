package org.pathway.delivery;

import java.util.ArrayList;
import java.util.List;

import org.pathway.render.Renderers;

/** The funder-specific text of a delivery message. */
final class DeliveryText {

	private DeliveryText() {
	}

	/**
	 * The subject line: one line whatever the funder's name holds, since a line break in
	 * a header could start a header of its own.
	 */
	static String subject(Delivery delivery) {
		return oneLine(delivery.funderName()) + ": funder report as of " + delivery.asOf();
	}

	/** Control characters (CR, LF, tab, NUL...) become single spaces. */
	static String oneLine(String text) {
		return text.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]+", " ").strip();
	}

	/**
	 * The message: each file named with what it is for (its format's purpose), then its
	 * checksum. For a PDF and a workbook: "ballmer.pdf to read, and ballmer.xlsx to
	 * analyse (...)".
	 */
	static String body(Delivery delivery, Renderers renderers) {
		List<String> files = new ArrayList<>();
		StringBuilder checksums = new StringBuilder();
		for (Attachment attachment : delivery.attachments()) {
			String name = attachment.fileName();
			files.add(renderers.ofFile(name).map((format) -> name + " " + format.purpose()).orElse(name));
			checksums.append("  ").append(attachment.sha256()).append("  ").append(name).append('\n');
		}
		return """
				Dear %s team,

				Attached is your funder report as of %s: %s.

				It covers the grants you made to the network, the regrants and disbursements they funded, \
				and the outcomes for young people in the communities your money reached. Groups too small \
				to publish are shown as suppressed.

				Checksums (SHA-256), to confirm the files are the ones we produced:
				%s
				This message was sent once by Pathway, the network's reporting system (run %d). \
				Reply to this message with any question.
				""".formatted(delivery.funderName(), delivery.asOf(), list(files), checksums, delivery.runId());
	}

	/** {@code a}; {@code a, and b}; {@code a, b, and c}. */
	static String list(List<String> items) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + ", and " + items.get(items.size() - 1);
	}

}
