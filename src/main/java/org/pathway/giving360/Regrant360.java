package org.pathway.giving360;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One regrant as a 360Giving grant: what the export writes, to both forms.
 *
 * @param grantId the source grant, or null when unattributed
 * @param start planned start, or null
 * @param end planned end, or null
 * @param regrantType a code of the 360Giving regrantType list, or null
 * @param paid the disbursements paid by the as-of date
 */
record Regrant360(String id, String grantId, String memberId, String memberName, String currency, BigDecimal amount,
		LocalDate awardDate, LocalDate start, LocalDate end, String regrantType, List<Paid> paid) {

	/** A disbursement paid: a 360Giving disbursement transaction. */
	record Paid(String id, LocalDate date, BigDecimal amount) {
	}

	String title() {
		return "Regrant to " + this.memberName;
	}

	String description(String funderName) {
		return "Regrant by " + funderName + " to " + this.memberName + ", "
				+ ((this.grantId != null) ? "paid from grant " + this.grantId : "source grant not recorded");
	}

	BigDecimal disbursed() {
		return this.paid.stream().map(Paid::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

}
