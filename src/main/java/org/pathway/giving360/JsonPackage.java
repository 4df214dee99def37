package org.pathway.giving360;

import java.io.OutputStream;
import java.util.List;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes regrants as a 360Giving JSON package: {@code {"grants": [...]}}, each grant
 * valid against the standard's schema (ISO dates, amounts as exact plain numbers).
 */
final class JsonPackage {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private JsonPackage() {
	}

	static void write(List<Regrant360> regrants, Giving360Export.Intermediary intermediary, OutputStream out) {
		ObjectNode root = MAPPER.createObjectNode();
		ArrayNode grants = root.putArray("grants");
		for (Regrant360 regrant : regrants) {
			grants.add(grant(regrant, intermediary));
		}
		MAPPER.writeValue(out, root);
	}

	private static ObjectNode grant(Regrant360 r, Giving360Export.Intermediary intermediary) {
		ObjectNode grant = MAPPER.createObjectNode();
		grant.put("id", r.id());
		grant.put("title", r.title());
		grant.put("description", r.description(intermediary.name()));
		grant.put("currency", r.currency());
		grant.put("amountAwarded", r.amount());
		grant.put("awardDate", r.awardDate().toString());
		if (r.start() != null || r.end() != null) {
			ObjectNode planned = grant.putArray("plannedDates").addObject();
			if (r.start() != null) {
				planned.put("startDate", r.start().toString());
			}
			if (r.end() != null) {
				planned.put("endDate", r.end().toString());
			}
		}
		grant.putArray("recipientOrganization").addObject().put("id", r.memberId()).put("name", r.memberName());
		grant.putArray("fundingOrganization").addObject().put("id", intermediary.id()).put("name", intermediary.name());
		if (r.grantId() != null) {
			grant.putArray("relatedActivity").add(r.grantId());
		}
		if (r.regrantType() != null) {
			grant.put("regrantType", r.regrantType());
		}
		grant.put("amountDisbursed", r.disbursed());
		if (!r.paid().isEmpty()) {
			ArrayNode transactions = grant.putArray("disbursementTransaction");
			for (Regrant360.Paid paid : r.paid()) {
				transactions.addObject()
					.put("id", paid.id())
					.put("transactionDate", paid.date().toString())
					.put("value", paid.amount())
					.put("currency", r.currency());
			}
		}
		return grant;
	}

}
