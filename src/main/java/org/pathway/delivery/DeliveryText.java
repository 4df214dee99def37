package org.pathway.delivery;

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

	static String body(Delivery delivery) {
		String pdf = name(delivery.pdfPath());
		String xlsx = name(delivery.xlsxPath());
		return """
				Dear %s team,

				Attached is your funder report as of %s: %s to read, and %s to analyse (its Metrics sheet \
				has every value, one row each).

				It covers the grants you made to the network, the regrants and disbursements they funded, \
				and the outcomes for young people in the communities your money reached. Groups too small \
				to publish are shown as suppressed.

				Checksums (SHA-256), to confirm the files are the ones we produced:
				  %s  %s
				  %s  %s

				This message was sent once by Pathway, the network's reporting system (run %d). \
				Reply to this message with any question.
				""".formatted(delivery.funderName(), delivery.asOf(), pdf, xlsx, delivery.pdfSha256(), pdf,
				delivery.xlsxSha256(), xlsx, delivery.runId());
	}

	private static String name(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

}
