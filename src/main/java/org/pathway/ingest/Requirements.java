package org.pathway.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of a requirements file beyond its columns (domain.md 3.7): a period ends
 * after it starts and within its grant's start, the report is due after its period, the
 * payment it holds back is one of its grant's, and two requirements of one grant and one
 * type never cover the same day.
 */
final class Requirements {

	private Requirements() {
	}

	static void checkRow(TableSpec.ParsedRow row, TableSpec.RowChecks checks) {
		LocalDate start = (LocalDate) row.get("period_start");
		LocalDate end = (LocalDate) row.get("period_end");
		LocalDate due = (LocalDate) row.get("due_date");
		String grant = (String) row.get("grant_id");
		if (end.isBefore(start)) {
			checks.problem("period_end", "the period ends on " + end + ", before it starts (" + start + ")");
		}
		if (due.isBefore(end)) {
			checks.problem("due_date",
					"due on " + due + ", before the period ends (" + end + "): a report is due after its period");
		}
		LocalDate grantStart = date(checks.lookup(InputKind.GRANTS, grant, "start_date"));
		if (grantStart != null && start.isBefore(grantStart)) {
			checks.problem("period_start",
					"the period starts on " + start + ", before grant " + grant + " starts (" + grantStart + ")");
		}
		String payment = (String) row.get("payment_id");
		Object paymentGrant = (payment != null) ? checks.lookup(InputKind.GRANT_PAYMENTS, payment, "grant_id") : null;
		if (paymentGrant != null && !paymentGrant.equals(grant)) {
			checks.problem("payment_id", "payment " + payment + " is a payment of grant " + paymentGrant + ", not of "
					+ grant + ": a requirement holds back a payment of its own grant");
		}
	}

	/**
	 * Two requirements of one grant and one type may not overlap, in this file or with
	 * another's.
	 */
	static void checkPeriods(List<TableSpec.Line> rows, TableSpec.FileChecks checks) {
		List<Period> seen = new ArrayList<>();
		for (Object[] other : checks.outside("requirement_id", "grant_id", "type", "period_start", "period_end")) {
			seen.add(new Period((String) other[0], (String) other[1], (String) other[2], date(other[3]), date(other[4]),
					"in " + other[5]));
		}
		for (TableSpec.Line line : rows) {
			TableSpec.ParsedRow row = line.row();
			Period period = new Period((String) row.get("requirement_id"), (String) row.get("grant_id"),
					(String) row.get("type"), (LocalDate) row.get("period_start"), (LocalDate) row.get("period_end"),
					"on line " + line.number());
			for (Period earlier : seen) {
				if (earlier.overlaps(period)) {
					checks.problem(line.number(), "period_start",
							"the period " + period.start() + ".." + period.end() + " overlaps that of requirement "
									+ earlier.id() + " (" + earlier.start() + ".." + earlier.end() + ", "
									+ earlier.where() + "), of the same grant " + period.grant() + " and type "
									+ period.type() + ": each " + period.type() + " report covers its own days");
				}
			}
			seen.add(period);
		}
	}

	private static LocalDate date(Object value) {
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate();
		}
		return (LocalDate) value;
	}

	private record Period(String id, String grant, String type, LocalDate start, LocalDate end, String where) {

		boolean overlaps(Period other) {
			return this.grant.equals(other.grant) && this.type.equals(other.type) && !this.start.isAfter(other.end)
					&& !other.start.isAfter(this.end);
		}

	}

}
