package org.pathway.ingest.giving360;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.pathway.ingest.read.Problems;

/**
 * The grants of a 360Giving JSON package, streamed one grant at a time, each with the
 * line it starts on. Numbers are read as exact decimals, never as floating point.
 */
final class JsonGrants implements Giving360Source {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final InputStream in;

	private final JsonParser parser;

	private final Problems problems;

	private int index;

	private boolean done;

	private JsonGrants(InputStream in, JsonParser parser, Problems problems) {
		this.in = in;
		this.parser = parser;
		this.problems = problems;
	}

	static Giving360Source open(Path file, Problems problems) throws IOException {
		InputStream in = Files.newInputStream(file);
		JsonGrants grants = new JsonGrants(in, MAPPER.createParser(in), problems);
		grants.findGrants();
		return grants;
	}

	/** Moves to the first element of the package's {@code grants} array. */
	private void findGrants() {
		try {
			if (this.parser.nextToken() != JsonToken.START_OBJECT) {
				notAPackage();
				return;
			}
			while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = this.parser.currentName();
				JsonToken value = this.parser.nextToken();
				if ("grants".equals(name)) {
					if (value != JsonToken.START_ARRAY) {
						this.problems.line(line(), "grants: expected an array of grants");
						this.done = true;
					}
					return;
				}
				this.parser.skipChildren();
			}
			notAPackage();
		}
		catch (JacksonException ex) {
			unreadable(ex);
		}
	}

	private void notAPackage() {
		this.problems.file("not a 360Giving JSON package: expected an object with a 'grants' array");
		this.done = true;
	}

	@Override
	public Giving360Grant next() {
		if (this.done) {
			return null;
		}
		try {
			JsonToken token = this.parser.nextToken();
			if (token == JsonToken.END_ARRAY || token == null) {
				this.done = true;
				return null;
			}
			long line = line();
			String at = "grants/" + this.index++;
			if (token != JsonToken.START_OBJECT) {
				this.parser.skipChildren();
				this.problems.cell(line, at, "expected a grant (a JSON object)");
				return next();
			}
			JsonNode grant = this.parser.readValueAsTree();
			return grant(line, at, grant);
		}
		catch (JacksonException ex) {
			unreadable(ex);
			return null;
		}
	}

	private Giving360Grant grant(long line, String at, JsonNode grant) {
		Map<Giving360Field, String> values = new EnumMap<>(Giving360Field.class);
		Map<Giving360Field, String> columns = new EnumMap<>(Giving360Field.class);
		for (Giving360Field field : Giving360Field.values()) {
			columns.put(field, at + "/" + field.json());
			JsonNode node = grant.at("/" + field.json());
			if (field == Giving360Field.RELATED_ACTIVITY || node.isMissingNode() || node.isNull()) {
				continue;
			}
			String text = text(node);
			if (text == null) {
				this.problems.cell(line, columns.get(field), "expected a single value, found " + node.getNodeType());
			}
			else if (!text.isBlank()) {
				values.put(field, text.strip());
			}
		}
		List<String> related = new ArrayList<>();
		for (JsonNode id : grant.path("relatedActivity")) {
			related.add(text(id));
		}
		List<Giving360Grant.Transaction> transactions = new ArrayList<>();
		JsonNode disbursements = grant.path("disbursementTransaction");
		for (int i = 0; i < disbursements.size(); i++) {
			JsonNode t = disbursements.get(i);
			transactions.add(new Giving360Grant.Transaction(text(t.path("id")), text(t.path("transactionDate")),
					text(t.path("value")), at + "/disbursementTransaction/" + i));
		}
		return new Giving360Grant(line, values, columns, related, transactions);
	}

	/** A value as text: strings as they are, numbers in plain decimal notation. */
	private static String text(JsonNode node) {
		if (node.isString()) {
			return node.stringValue();
		}
		if (node.isNumber()) {
			return node.decimalValue().toPlainString();
		}
		return (node.isMissingNode() || node.isNull()) ? "" : null;
	}

	private long line() {
		return this.parser.currentTokenLocation().getLineNr();
	}

	private void unreadable(JacksonException ex) {
		long line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
		this.problems.line(Math.max(line, 0), "not valid JSON: " + ex.getOriginalMessage());
		this.done = true;
	}

	@Override
	public void close() throws IOException {
		this.parser.close();
		this.in.close();
	}

}
