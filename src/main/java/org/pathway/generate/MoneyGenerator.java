package org.pathway.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.pathway.generate.MemberRoster.Member;

/**
 * The money side of the sample: four funders (Ballmer Group's $175M anchor grant and
 * three smaller fictional ones, one in CAD, one without a pool), their payment schedules,
 * and the files for regrants and disbursements planned by {@link RegrantPlanner}.
 */
final class MoneyGenerator {

	static final String PAID = "paid";

	static final String SCHEDULED = "scheduled";

	static final String CANCELLED = "cancelled";

	record Funder(String id, String name, String emails) {
	}

	record Grant(String id, String funderId, String title, String currency, BigDecimal amount, LocalDate award,
			LocalDate start, LocalDate end, BigDecimal pool) {
	}

	record Payment(String id, String grantId, LocalDate due, BigDecimal amount, String status, LocalDate paid) {
	}

	record Regrant(String id, Grant grant, Member member, BigDecimal amount, LocalDate award, LocalDate start,
			LocalDate end, String type) {
	}

	record Disbursement(String id, String regrantId, LocalDate date, BigDecimal amount, String status) {
	}

	static final List<Funder> FUNDERS = List.of(
			new Funder("ballmer", "Ballmer Group", "ballmer.grants@example.org;ballmer.evaluation@example.org"),
			new Funder("harborlight", "Harborlight Family Foundation", "harborlight.programs@example.org"),
			new Funder("boreale", "Fondation Boréale pour l'enfance",
					"boreale.subventions@example.org;boreale.rapports@example.org"),
			new Funder("meridian", "Meridian Opportunity Fund", "meridian.grants@example.org"));

	static final Grant BALLMER = grant("G-BALLMER-2024", "ballmer",
			"Cradle to Career Network Strategic Plan, 2024-2030", "USD", "175000000", "2023-12-14", "2024-01-01",
			"2030-12-31", "130000000");

	static final Grant HARBORLIGHT = grant("G-HARBOR-2024", "harborlight", "Early Learning and Family Engagement Fund",
			"USD", "6000000", "2024-03-15", "2024-04-01", "2027-03-31", "4000000");

	static final Grant BOREALE = grant("G-BOREALE-2025", "boreale", "Cross-Border Early Literacy Initiative", "CAD",
			"2500000", "2024-11-20", "2025-01-01", "2027-12-31", "1500000");

	static final Grant MERIDIAN = grant("G-MERIDIAN-2025", "meridian", "Data Capacity and Continuous Improvement",
			"USD", "3000000", "2025-06-02", "2025-07-01", "2028-06-30", "0");

	static final List<Grant> GRANTS = List.of(BALLMER, HARBORLIGHT, BOREALE, MERIDIAN);

	/** Payment schedules: grant, due date, amount, and an optional forced status. */
	private static final String[] SCHEDULE = { "G-BALLMER-2024|2024-01-31|30000000|",
			"G-BALLMER-2024|2025-01-31|30000000|", "G-BALLMER-2024|2026-01-30|25000000|",
			"G-BALLMER-2024|2027-01-29|25000000|", "G-BALLMER-2024|2028-01-31|25000000|",
			"G-BALLMER-2024|2029-01-31|20000000|", "G-BALLMER-2024|2030-01-31|20000000|",
			"G-HARBOR-2024|2024-04-15|1500000|", "G-HARBOR-2024|2025-04-15|1500000|",
			"G-HARBOR-2024|2026-04-15|1500000|", "G-HARBOR-2024|2027-01-15|1500000|",
			"G-BOREALE-2025|2025-01-15|1000000|", "G-BOREALE-2025|2026-01-15|750000|",
			"G-BOREALE-2025|2027-01-15|750000|", "G-MERIDIAN-2025|2025-07-15|1000000|",
			"G-MERIDIAN-2025|2026-07-15|1000000|", "G-MERIDIAN-2025|2027-07-15|500000|",
			"G-MERIDIAN-2025|2028-01-14|500000|cancelled" };

	private MoneyGenerator() {
	}

	private static Grant grant(String id, String funder, String title, String currency, String amount, String award,
			String start, String end, String pool) {
		return new Grant(id, funder, title, currency, money(amount), LocalDate.parse(award), LocalDate.parse(start),
				LocalDate.parse(end), money(pool));
	}

	static BigDecimal money(String amount) {
		return new BigDecimal(amount).setScale(2);
	}

	/**
	 * Past-due payments are paid a few days after their due date; later ones are
	 * scheduled.
	 */
	static List<Payment> payments(long seed) {
		SplittableRandom random = Sampling.stream(seed, 9);
		List<Payment> payments = new ArrayList<>();
		for (String line : SCHEDULE) {
			String[] f = line.split("\\|", -1);
			LocalDate due = LocalDate.parse(f[1]);
			String id = "P-" + pad(payments.size() + 1, 4);
			LocalDate paid = due.plusDays(Sampling.below(random, 13));
			if (!f[3].isEmpty()) {
				payments.add(new Payment(id, f[0], due, money(f[2]), f[3], null));
			}
			else if (!paid.isAfter(SampleGenerator.DATA_DATE)) {
				payments.add(new Payment(id, f[0], due, money(f[2]), PAID, paid));
			}
			else {
				payments.add(new Payment(id, f[0], due, money(f[2]), SCHEDULED, null));
			}
		}
		return payments;
	}

	static long writeFunders(Path file) throws IOException {
		try (CsvSink csv = new CsvSink(file, "funder_id", "name", "contact_email")) {
			for (Funder funder : FUNDERS) {
				csv.row(funder.id(), funder.name(), funder.emails());
			}
			return csv.rows();
		}
	}

	static long writeGrants(Path file) throws IOException {
		try (CsvSink csv = new CsvSink(file, "grant_id", "funder_id", "title", "currency", "amount", "award_date",
				"start_date", "end_date", "regrant_pool_amount")) {
			for (Grant grant : GRANTS) {
				csv.row(grant.id(), grant.funderId(), grant.title(), grant.currency(), text(grant.amount()),
						grant.award().toString(), grant.start().toString(), grant.end().toString(), text(grant.pool()));
			}
			return csv.rows();
		}
	}

	static long writePayments(Path file, List<Payment> payments) throws IOException {
		try (CsvSink csv = new CsvSink(file, "payment_id", "grant_id", "due_date", "amount", "status", "paid_date")) {
			for (Payment payment : payments) {
				csv.row(payment.id(), payment.grantId(), payment.due().toString(), text(payment.amount()),
						payment.status(), (payment.paid() != null) ? payment.paid().toString() : "");
			}
			return csv.rows();
		}
	}

	static long writeRegrants(Path file, List<Regrant> regrants) throws IOException {
		try (CsvSink csv = new CsvSink(file, "regrant_id", "grant_id", "member_id", "currency", "amount", "award_date",
				"start_date", "end_date", "regrant_type")) {
			for (Regrant regrant : regrants) {
				csv.row(regrant.id(), regrant.grant().id(), regrant.member().id(), regrant.grant().currency(),
						text(regrant.amount()), regrant.award().toString(), regrant.start().toString(),
						regrant.end().toString(), regrant.type());
			}
			return csv.rows();
		}
	}

	static long writeDisbursements(Path file, List<Disbursement> disbursements) throws IOException {
		try (CsvSink csv = new CsvSink(file, "disbursement_id", "regrant_id", "date", "amount", "status")) {
			for (Disbursement disbursement : disbursements) {
				csv.row(disbursement.id(), disbursement.regrantId(), disbursement.date().toString(),
						text(disbursement.amount()), disbursement.status());
			}
			return csv.rows();
		}
	}

	static String text(BigDecimal amount) {
		return amount.setScale(2).toPlainString();
	}

	static String pad(long number, int width) {
		StringBuilder text = new StringBuilder(Long.toString(number));
		while (text.length() < width) {
			text.insert(0, '0');
		}
		return text.toString();
	}

}
