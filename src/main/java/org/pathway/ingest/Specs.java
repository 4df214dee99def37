package org.pathway.ingest;

import static org.pathway.ingest.Column.optional;
import static org.pathway.ingest.Column.required;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pathway.domain.Vocabulary;
import org.pathway.ingest.TableSpec.Reference;
import org.pathway.ingest.TableSpec.RowRule;

/**
 * The table specs of every tabular input kind: contract.md section 2, written as data. An
 * id that names a file or folder is parsed with {@link Fields#pathSegment} (funder_id,
 * member_id; requirement_id when that kind comes), every other id with {@link Fields#id}.
 */
final class Specs {

	private static final Map<InputKind, TableSpec> SPECS = new EnumMap<>(InputKind.class);

	static {
		add(new TableSpec(InputKind.FUNDERS, List.of(required("funder_id", Fields::pathSegment),
				required("name", Fields::text), optional("contact_email", Fields::emails)), List.of("funder_id"),
				List.of(), RowRule.NONE));
		add(new TableSpec(InputKind.MEMBERS,
				List.of(required("member_id", Fields::pathSegment), required("name", Fields::text),
						required("kind", (raw) -> Fields.oneOf(raw, Vocabulary.MEMBER_KINDS)),
						required("state", Specs::state), optional("region", Fields::text)),
				List.of("member_id"), List.of(), RowRule.NONE));
		add(new TableSpec(InputKind.GRANTS,
				List.of(required("grant_id", Fields::id), required("funder_id", Fields::id),
						required("title", Fields::text), required("currency", Fields::currency),
						required("amount", Fields::positiveAmount), required("award_date", Fields::date),
						required("start_date", Fields::date), required("end_date", Fields::date),
						required("regrant_pool_amount", Fields::nonNegativeAmount)),
				List.of("grant_id"), List.of(new Reference("funder_id", InputKind.FUNDERS, "funder_id", null)),
				(row, checks) -> {
					endNotBeforeStart(row, checks);
					if (((BigDecimal) row.get("regrant_pool_amount")).compareTo((BigDecimal) row.get("amount")) > 0) {
						checks.problem("regrant_pool_amount", "the regrant pool " + row.get("regrant_pool_amount")
								+ " is larger than the grant amount " + row.get("amount"));
					}
				}));
		add(new TableSpec(InputKind.GRANT_PAYMENTS,
				List.of(required("payment_id", Fields::id), required("grant_id", Fields::id),
						required("due_date", Fields::date), required("amount", Fields::positiveAmount),
						required("status", (raw) -> Fields.oneOf(raw, Vocabulary.PAYMENT_STATUSES)),
						optional("paid_date", Fields::date)),
				List.of("payment_id"), List.of(new Reference("grant_id", InputKind.GRANTS, "grant_id", null)),
				(row, checks) -> {
					boolean paid = "paid".equals(row.get("status"));
					if (paid && row.get("paid_date") == null) {
						checks.problem("paid_date", "a paid payment needs its paid_date (YYYY-MM-DD)");
					}
					if (!paid && row.get("paid_date") != null) {
						checks.problem("paid_date", "a paid_date is given but the status is " + row.get("status")
								+ ": set the status to paid or leave paid_date empty");
					}
				}));
		add(new TableSpec(InputKind.REQUIREMENTS,
				List.of(required("requirement_id", Fields::pathSegment), required("grant_id", Fields::id),
						required("type", (raw) -> Fields.oneOf(raw, Vocabulary.REQUIREMENT_TYPES)),
						required("period_start", Fields::date), required("period_end", Fields::date),
						required("due_date", Fields::date), optional("submitted_date", Fields::date),
						optional("payment_id", Fields::id)),
				List.of("requirement_id"),
				List.of(new Reference("grant_id", InputKind.GRANTS, "grant_id", null),
						new Reference("payment_id", InputKind.GRANT_PAYMENTS, "payment_id", null)),
				Requirements::checkRow, Requirements::checkPeriods));
		add(new TableSpec(InputKind.REGRANTS,
				List.of(required("regrant_id", Fields::id), required("grant_id", Fields::id),
						required("member_id", Fields::id), required("currency", Fields::currency),
						required("amount", Fields::positiveAmount), required("award_date", Fields::date),
						required("start_date", Fields::date), required("end_date", Fields::date),
						optional("regrant_type", (raw) -> Fields.oneOf(raw, Vocabulary.REGRANT_TYPES))),
				List.of("regrant_id"), List.of(new Reference("grant_id", InputKind.GRANTS, "grant_id", null),
						new Reference("member_id", InputKind.MEMBERS, "member_id", null)),
				(row, checks) -> {
					endNotBeforeStart(row, checks);
					String grantCurrency = checks.grantCurrency((String) row.get("grant_id"));
					if (grantCurrency != null && !grantCurrency.equals(row.get("currency"))) {
						checks.problem("currency", "currency " + row.get("currency") + " differs from the currency "
								+ grantCurrency + " of its source grant " + row.get("grant_id"));
					}
				}));
		add(new TableSpec(InputKind.DISBURSEMENTS,
				List.of(required("disbursement_id", Fields::id), required("regrant_id", Fields::id),
						required("date", "disbursement_date", Fields::date), required("amount", Fields::positiveAmount),
						required("status", (raw) -> Fields.oneOf(raw, Vocabulary.PAYMENT_STATUSES))),
				List.of("disbursement_id"),
				List.of(new Reference("regrant_id", InputKind.REGRANTS, "regrant_id", null)), RowRule.NONE));
		add(new TableSpec(InputKind.MILESTONES,
				List.of(required("member_id", Fields::id),
						required("outcome", (raw) -> Fields.oneOf(raw, Vocabulary.OUTCOMES)),
						required("year", "data_year", Fields::year),
						required("dimension", (raw) -> Fields.oneOf(raw, Vocabulary.DIMENSIONS.keySet())),
						required("subgroup", (raw) -> Fields.id(raw).toLowerCase(java.util.Locale.ROOT)),
						required("numerator", Count::parse), required("denominator", Count::parse)),
				List.of("member_id", "outcome", "year", "dimension", "subgroup"),
				List.of(new Reference("member_id", InputKind.MEMBERS, "member_id", null)), Specs::milestone));
		add(new TableSpec(InputKind.TARGETS,
				List.of(required("scope", Fields::id),
						required("outcome", (raw) -> Fields.oneOf(raw, Vocabulary.OUTCOMES)),
						required("baseline_year", Fields::year), required("baseline_rate", Fields::rate),
						required("target_year", Fields::year), required("target_rate", Fields::rate)),
				List.of("scope", "outcome"), List.of(new Reference("scope", InputKind.MEMBERS, "member_id", "network")),
				(row, checks) -> {
					if ((Integer) row.get("target_year") <= (Integer) row.get("baseline_year")) {
						checks.problem("target_year", "the target year " + row.get("target_year")
								+ " is not after the baseline year " + row.get("baseline_year"));
					}
				}));
	}

	private Specs() {
	}

	private static void add(TableSpec spec) {
		SPECS.put(spec.kind(), spec);
	}

	/** The spec of a tabular kind; plan and youth-level files have their own loaders. */
	static TableSpec of(InputKind kind) {
		return SPECS.get(kind);
	}

	/** The kinds that have a spec: those {@link TableLoader} reads. */
	static Set<InputKind> kinds() {
		return Collections.unmodifiableSet(SPECS.keySet());
	}

	/** Specs whose rows refer to rows of {@code kind}. */
	static List<TableSpec> referring(InputKind kind) {
		return SPECS.values()
			.stream()
			.filter((spec) -> spec.references().stream().anyMatch((ref) -> ref.target() == kind))
			.toList();
	}

	private static String state(String raw) throws FieldException {
		if (!Vocabulary.STATES.contains(raw)) {
			throw new FieldException(
					Fields.quote(raw) + " is not a US state code: expected a USPS code such as MI," + " CA or DC");
		}
		return raw;
	}

	private static void endNotBeforeStart(TableSpec.ParsedRow row, TableSpec.RowChecks checks) {
		if (((LocalDate) row.get("end_date")).isBefore((LocalDate) row.get("start_date"))) {
			checks.problem("end_date",
					"the end date " + row.get("end_date") + " is before the start date " + row.get("start_date"));
		}
	}

	private static void milestone(TableSpec.ParsedRow row, TableSpec.RowChecks checks) {
		String dimension = (String) row.get("dimension");
		String subgroup = (String) row.get("subgroup");
		List<String> subgroups = Vocabulary.DIMENSIONS.get(dimension);
		if (!subgroups.contains(subgroup)) {
			checks.problem("subgroup", Fields.quote(subgroup) + " is not a subgroup of " + dimension
					+ ": expected one of " + String.join(", ", subgroups));
		}
		Count numerator = (Count) row.get("numerator");
		Count denominator = (Count) row.get("denominator");
		if (numerator.value() != null && denominator.value() != null && numerator.value() > denominator.value()) {
			checks.problem("numerator",
					"the numerator " + numerator.value() + " is larger than the denominator " + denominator.value());
		}
	}

}
