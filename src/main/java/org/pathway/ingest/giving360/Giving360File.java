package org.pathway.ingest.giving360;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pathway.domain.Vocabulary;
import org.pathway.ingest.Fields;
import org.pathway.ingest.IngestStore;
import org.pathway.ingest.InputFile;
import org.pathway.ingest.InputKind;
import org.pathway.ingest.InputLoader.Loaded;
import org.pathway.ingest.read.Problems;

/**
 * Loads one 360Giving file as the intermediary sees it: a grant to the intermediary
 * ({@code intermediary_org_id} of plan.yml) is a grant from its funding organisation; a
 * grant by the intermediary is a regrant to its recipient, who becomes a member of
 * unknown kind and state unless already one, paid from the grant its
 * {@code relatedActivity} names, or unattributed when it names none. Any other grant is
 * refused, saying why. Like every file, it loads whole or not at all.
 */
final class Giving360File {

	/** The kinds of facts a 360Giving file brings, in the order they are written. */
	static final List<InputKind> KINDS = List.of(InputKind.FUNDERS, InputKind.MEMBERS, InputKind.GRANTS,
			InputKind.REGRANTS, InputKind.DISBURSEMENTS);

	/**
	 * Regrant types whose code-list definition says the whole grant is for onward grants:
	 * a grant received with one of them is all regrant pool.
	 */
	private static final Set<String> WHOLLY_FOR_REGRANTING = Set.of("FRG010", "FRG020", "FRG030", "FRG040", "FRG050",
			"FRG060");

	private final IngestStore store;

	private final String path;

	private final Problems problems;

	private final GrantValues values;

	private final Map<InputKind, List<Object[]>> rows = new LinkedHashMap<>();

	private final Map<String, Long> seen = new HashMap<>();

	private final List<Pending> regrants = new ArrayList<>();

	private Map<String, Object> knownFunders;

	private Map<String, Object> knownMembers;

	/** Grant id to currency: grants already loaded and those received in this file. */
	private Map<String, Object> grantCurrencies;

	private Map<String, String> otherGrants;

	private Map<String, String> otherRegrants;

	private Map<String, String> otherDisbursements;

	private String intermediary;

	/** A regrant read, whose source grant is resolved once the whole file is read. */
	private record Pending(Giving360Grant grant, Object[] row) {
	}

	Giving360File(IngestStore store, String path, Problems problems) {
		this.store = store;
		this.path = path;
		this.problems = problems;
		this.values = new GrantValues(problems);
		KINDS.forEach((kind) -> this.rows.put(kind, new ArrayList<>()));
	}

	/** Reads, checks and, when no problem is found, writes the file's facts. */
	Loaded load(InputFile file) throws IOException {
		this.intermediary = this.store.intermediary().orElse(null);
		if (this.intermediary == null) {
			this.problems.file("no plan is loaded: plan.yml (with intermediary_org_id) tells grants the"
					+ " intermediary received from grants it made; put it in the input folder");
			return Loaded.NOTHING;
		}
		this.knownFunders = this.store.column(InputKind.FUNDERS, "funder_id", null);
		this.knownMembers = this.store.column(InputKind.MEMBERS, "member_id", null);
		this.grantCurrencies = new HashMap<>(this.store.column(InputKind.GRANTS, "grant_id", "currency"));
		this.otherGrants = this.store.keysOutside(InputKind.GRANTS, this.path);
		this.otherRegrants = this.store.keysOutside(InputKind.REGRANTS, this.path);
		this.otherDisbursements = this.store.keysOutside(InputKind.DISBURSEMENTS, this.path);
		long records = 0;
		try (Giving360Source source = Giving360Source.open(file.file(), file.format(), this.problems)) {
			if (source == null) {
				return Loaded.NOTHING;
			}
			Giving360Grant grant;
			while ((grant = source.next()) != null) {
				records++;
				read(grant);
			}
		}
		this.regrants.forEach(this::attribute);
		long facts = 0;
		if (this.problems.isEmpty()) {
			for (Map.Entry<InputKind, List<Object[]>> kind : this.rows.entrySet()) {
				this.store.insert(kind.getKey(), kind.getValue(), this.path);
				facts += kind.getValue().size();
			}
		}
		return new Loaded(records, facts);
	}

	private void read(Giving360Grant grant) {
		long before = this.problems.count();
		String id = this.values.parse(grant, Giving360Field.ID, Giving360Values::identifier);
		String currency = this.values.parse(grant, Giving360Field.CURRENCY, Fields::currency);
		BigDecimal amount = this.values.parse(grant, Giving360Field.AMOUNT, Fields::positiveAmount);
		LocalDate awarded = this.values.parse(grant, Giving360Field.AWARD_DATE, Giving360Values::date);
		LocalDate start = this.values.optional(grant, Giving360Field.START_DATE, Giving360Values::date);
		LocalDate end = this.values.optional(grant, Giving360Field.END_DATE, Giving360Values::date);
		String funder = this.values.parse(grant, Giving360Field.FUNDER_ID, Fields::id);
		String recipient = this.values.parse(grant, Giving360Field.RECIPIENT_ID, Giving360Values::identifier);
		String regrantType = this.values.optional(grant, Giving360Field.REGRANT_TYPE,
				(raw) -> Fields.oneOf(raw, Vocabulary.REGRANT_TYPES));
		if (start != null && end != null && end.isBefore(start)) {
			this.problems.cell(grant.line(), grant.column(Giving360Field.END_DATE),
					"the end date " + end + " is before the start date " + start);
		}
		if (id != null) {
			Long first = this.seen.putIfAbsent(id, grant.line());
			if (first != null) {
				this.problems.cell(grant.line(), grant.column(Giving360Field.ID), "grant identifier " + id
						+ " appears twice in this file (first on line " + first + "): identifiers must be unique");
			}
		}
		boolean received = this.intermediary.equals(recipient);
		boolean made = this.intermediary.equals(funder);
		if (funder != null && recipient != null && received == made) {
			this.problems.line(grant.line(),
					received ? "a grant from the intermediary " + this.intermediary + " to itself: refused"
							: "neither the funding organisation " + funder + " nor the recipient " + recipient
									+ " is the intermediary (intermediary_org_id " + this.intermediary
									+ " in plan.yml): Pathway takes only grants to or from the intermediary");
		}
		if (received && funder != null) {
			// a funder it becomes names its report folder
			this.values.value(grant, grant.column(Giving360Field.FUNDER_ID), funder, Fields::pathSegment);
		}
		if (this.problems.count() > before || funder == null || recipient == null) {
			return;
		}
		if (received) {
			receive(grant, id, currency, amount, awarded, start, end, funder, regrantType);
		}
		else {
			regrant(grant, new Object[] { id, null, recipient, currency, amount, awarded, start, end, regrantType });
		}
	}

	/** A grant to the intermediary: a grant from its funding organisation. */
	private void receive(Giving360Grant grant, String id, String currency, BigDecimal amount, LocalDate awarded,
			LocalDate start, LocalDate end, String funder, String regrantType) {
		String title = this.values.parse(grant, Giving360Field.TITLE, Fields::text);
		String funderName = this.values.parse(grant, Giving360Field.FUNDER_NAME, Fields::text);
		conflict(grant, id, this.otherGrants, "grant");
		if (!this.knownFunders.containsKey(funder) && funderName != null) {
			this.knownFunders.put(funder, funderName);
			this.rows.get(InputKind.FUNDERS).add(new Object[] { funder, funderName, null });
		}
		BigDecimal pool = BigDecimal.ZERO.setScale(2);
		if (regrantType != null && WHOLLY_FOR_REGRANTING.contains(regrantType)) {
			pool = amount;
		}
		else {
			this.problems.warning(grant.line(), grant.column(Giving360Field.REGRANT_TYPE),
					"grant " + id + " has "
							+ ((regrantType != null) ? "regrant type " + regrantType : "no regrant type")
							+ ": its regrant pool is taken as 0 (360Giving does not carry a pool amount;"
							+ " a grants file can give it)");
		}
		this.grantCurrencies.put(id, currency);
		this.rows.get(InputKind.GRANTS)
			.add(new Object[] { id, funder, title, currency, amount, awarded, start, end, pool });
	}

	/** A grant by the intermediary: a regrant to its recipient, who becomes a member. */
	private void regrant(Giving360Grant grant, Object[] row) {
		String id = (String) row[0];
		String member = (String) row[2];
		conflict(grant, id, this.otherRegrants, "regrant");
		if (!this.knownMembers.containsKey(member)) {
			String name = this.values.parse(grant, Giving360Field.RECIPIENT_NAME, Fields::text);
			if (name != null) {
				this.knownMembers.put(member, name);
				// kind and state are not in 360Giving data: unknown (NULL), never guessed
				this.rows.get(InputKind.MEMBERS).add(new Object[] { member, name, null, null, null });
			}
		}
		List<Giving360Grant.Transaction> transactions = grant.transactions();
		for (int i = 0; i < transactions.size(); i++) {
			Giving360Grant.Transaction t = transactions.get(i);
			String tid = t.id().isBlank() ? id + "/" + (i + 1)
					: this.values.value(grant, t.column() + "/id", t.id(), Giving360Values::identifier);
			LocalDate date = this.values.value(grant, t.column() + "/transactionDate", t.date(), Giving360Values::date);
			BigDecimal value = this.values.value(grant, t.column() + "/value", t.value(), Fields::positiveAmount);
			if (tid != null) {
				conflict(grant, tid, this.otherDisbursements, "disbursement");
			}
			this.rows.get(InputKind.DISBURSEMENTS).add(new Object[] { tid, id, date, value, "paid" });
		}
		this.regrants.add(new Pending(grant, row));
	}

	/**
	 * The source grant of a regrant: the one grant among its related activities that is
	 * known; none named is unattributed (NULL), never guessed.
	 */
	private void attribute(Pending pending) {
		Giving360Grant grant = pending.grant();
		List<String> related = grant.relatedActivity();
		if (!related.isEmpty()) {
			List<String> grants = related.stream().filter(this.grantCurrencies::containsKey).toList();
			String column = grant.column(Giving360Field.RELATED_ACTIVITY);
			if (grants.isEmpty()) {
				this.problems.cell(grant.line(), column, "relatedActivity " + String.join(", ", related)
						+ " names no known grant: the source grant must be loaded (a grants file, or a grant to the"
						+ " intermediary in 360Giving data); leave relatedActivity out for an unattributed regrant");
				return;
			}
			if (grants.size() > 1) {
				this.problems.cell(grant.line(), column, "relatedActivity names several grants ("
						+ String.join(", ", grants) + "): a regrant is paid from one source grant");
				return;
			}
			Object currency = this.grantCurrencies.get(grants.get(0));
			if (!currency.equals(pending.row()[3])) {
				this.problems.cell(grant.line(), grant.column(Giving360Field.CURRENCY), "currency " + pending.row()[3]
						+ " differs from the currency " + currency + " of its source grant " + grants.get(0));
				return;
			}
			pending.row()[1] = grants.get(0);
		}
		this.rows.get(InputKind.REGRANTS).add(pending.row());
	}

	private void conflict(Giving360Grant grant, String id, Map<String, String> other, String what) {
		if (id != null && other.containsKey(id)) {
			this.problems.cell(grant.line(), grant.column(Giving360Field.ID), what + " " + id
					+ " is already loaded from " + other.get(id) + ": a key may come from one file only");
		}
	}

}
