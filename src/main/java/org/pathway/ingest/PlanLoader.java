package org.pathway.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.pathway.ingest.read.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads {@code plan.yml}: the plan's name, years, headline goal, minimum cell size and
 * the intermediary's organisation id (and, optionally, its name, for 360Giving exports).
 * Composes the YAML as nodes (no object construction, so no code can be smuggled in) to
 * report problems with their line: a key given twice (YAML would keep the last silently),
 * a control character in the text or in an escaped value.
 */
@Component
final class PlanLoader implements InputLoader {

	/** The most characters a plan may have (SnakeYAML's own limit, set explicitly). */
	private static final int CODE_POINTS = 1_000_000;

	private final JdbcTemplate jdbc;

	PlanLoader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<InputKind> kinds() {
		return Set.of(InputKind.PLAN);
	}

	/** Reads the plan and, when it is valid, writes it; a plan counts as one record. */
	@Override
	public Loaded load(InputFile file, Problems problems) throws IOException {
		Map<String, Object> plan = read(file.file(), problems);
		if (plan != null) {
			write(plan, file.path());
		}
		return new Loaded(1, 1);
	}

	/**
	 * Parses the file; returns the values when valid, else null with problems reported.
	 */
	private Map<String, Object> read(Path file, Problems problems) throws IOException {
		String text;
		try {
			text = text(file, problems);
		}
		catch (CharacterCodingException ex) {
			problems.file("not readable as UTF-8 YAML: " + ex.getMessage());
			return null;
		}
		if (text == null || !controlFree(text, problems)) {
			return null;
		}
		Node root;
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(10);
		options.setCodePointLimit(CODE_POINTS);
		try {
			root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			problems.line(ex.getProblemMark().getLine() + 1, "not valid YAML: " + ex.getProblem());
			return null;
		}
		catch (YAMLException ex) {
			problems.file("not readable as UTF-8 YAML: " + ex.getMessage());
			return null;
		}
		if (!(root instanceof MappingNode mapping)) {
			problems.file("expected keys name, first_year, last_year, goal_young_people, min_cell_size,"
					+ " intermediary_org_id");
			return null;
		}
		Map<String, ScalarNode> values = new HashMap<>();
		Map<String, Long> firstLines = new HashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode key) {
				Long first = firstLines.putIfAbsent(key.getValue(), line(key));
				if (first != null) {
					problems.line(line(key), key.getValue() + " appears twice (first on line " + first + ")");
				}
				else if (tuple.getValueNode() instanceof ScalarNode value) {
					values.put(key.getValue(), value);
				}
				else {
					problems.line(line(tuple.getValueNode()), key.getValue() + ": expected a single value");
				}
			}
		}
		Map<String, Object> plan = new HashMap<>();
		plan.put("name", value(values, "name", Fields::text, mapping, problems));
		plan.put("first_year", value(values, "first_year", Fields::year, mapping, problems));
		plan.put("last_year", value(values, "last_year", Fields::year, mapping, problems));
		plan.put("goal_young_people", value(values, "goal_young_people", Fields::whole, mapping, problems));
		plan.put("min_cell_size", values.containsKey("min_cell_size")
				? value(values, "min_cell_size", Fields::whole, mapping, problems) : Long.valueOf(10));
		plan.put("intermediary_org_id", value(values, "intermediary_org_id", Fields::id, mapping, problems));
		plan.put("intermediary_name", values.containsKey("intermediary_name")
				? value(values, "intermediary_name", Fields::text, mapping, problems) : null);
		if (problems.isEmpty()) {
			int first = (Integer) plan.get("first_year");
			int last = (Integer) plan.get("last_year");
			if (last < first) {
				problems.line(line(values.get("last_year")), "last_year " + last + " is before first_year " + first);
			}
			if ((Long) plan.get("min_cell_size") < 1) {
				problems.line(line(values.get("min_cell_size")), "min_cell_size: expected a whole number of 1 or more");
			}
			if ((Long) plan.get("goal_young_people") < 1) {
				problems.line(line(values.get("goal_young_people")), "goal_young_people: expected 1 or more");
			}
		}
		return problems.isEmpty() ? plan : null;
	}

	private void write(Map<String, Object> plan, String path) {
		this.jdbc.update("DELETE FROM plan");
		this.jdbc.update(
				"INSERT INTO plan (plan_id, name, first_year, last_year, goal_young_people, min_cell_size,"
						+ " intermediary_org_id, intermediary_name, source_file) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
				plan.get("name"), plan.get("first_year"), plan.get("last_year"), plan.get("goal_young_people"),
				((Long) plan.get("min_cell_size")).intValue(), plan.get("intermediary_org_id"),
				plan.get("intermediary_name"), path);
	}

	private Object value(Map<String, ScalarNode> values, String key, Column.Parser parser, Node parent,
			Problems problems) {
		ScalarNode node = values.get(key);
		if (node == null || node.getValue().isBlank()) {
			problems.line(line(parent), key + " is missing: plan.yml needs name, first_year, last_year,"
					+ " goal_young_people, intermediary_org_id (min_cell_size defaults to 10)");
			return null;
		}
		String control = ControlCharacters.problem(node.getValue());
		if (control != null) {
			problems.cell(line(node), key, control);
			return null;
		}
		try {
			return parser.parse(node.getValue().strip());
		}
		catch (FieldException ex) {
			problems.cell(line(node), key, ex.getMessage());
			return null;
		}
	}

	/**
	 * The file's text, decoded strictly; null when it is too large to be a plan (the
	 * problem is reported). YAML itself would stop at {@value #CODE_POINTS} code points.
	 */
	private String text(Path file, Problems problems) throws IOException {
		if (Files.size(file) > 4L * CODE_POINTS) {
			problems.file("not readable as UTF-8 YAML: the file is larger than a plan can be (at most " + CODE_POINTS
					+ " characters)");
			return null;
		}
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(Files.readAllBytes(file)))
			.toString();
	}

	/**
	 * Reports every control character written in the file as it is, by line; escapes in
	 * quoted values ({@code "\x00"}) are checked value by value.
	 */
	private boolean controlFree(String text, Problems problems) {
		long before = problems.count();
		long line = 1;
		int lineStart = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (ControlCharacters.isRefused(text, i)) {
				problems.line(line, "contains a control character " + ControlCharacters.describe(c) + " at column "
						+ (text.codePointCount(lineStart, i) + 1) + ": remove it");
			}
			if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
				line++;
				lineStart = i + 1;
			}
		}
		return problems.count() == before;
	}

	private static long line(Node node) {
		return (node != null && node.getStartMark() != null) ? node.getStartMark().getLine() + 1 : 0;
	}

}
