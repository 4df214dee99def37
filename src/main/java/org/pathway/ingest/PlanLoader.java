package org.pathway.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.util.HashMap;
import java.util.Map;

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

/**
 * Reads {@code plan.yml}: the plan's name, years, headline goal, minimum cell size and
 * the intermediary's organisation id (and, optionally, its name, for 360Giving exports).
 * Composes the YAML as nodes (no object construction, so no code can be smuggled in) to
 * report problems with their line.
 */
final class PlanLoader {

	private final Problems problems;

	PlanLoader(Problems problems) {
		this.problems = problems;
	}

	/**
	 * Parses the file; returns the values when valid, else null with problems reported.
	 */
	Map<String, Object> read(Path file) throws IOException {
		Node root;
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(10);
		options.setCodePointLimit(1_000_000);
		try (Reader reader = new InputStreamReader(Files.newInputStream(file),
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT))) {
			root = new Yaml(new SafeConstructor(options)).compose(reader);
		}
		catch (MarkedYAMLException ex) {
			this.problems.line(ex.getProblemMark().getLine() + 1, "not valid YAML: " + ex.getProblem());
			return null;
		}
		catch (YAMLException | java.nio.charset.CharacterCodingException ex) {
			this.problems.file("not readable as UTF-8 YAML: " + ex.getMessage());
			return null;
		}
		if (!(root instanceof MappingNode mapping)) {
			this.problems.file("expected keys name, first_year, last_year, goal_young_people, min_cell_size,"
					+ " intermediary_org_id");
			return null;
		}
		Map<String, ScalarNode> values = new HashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode key) {
				if (tuple.getValueNode() instanceof ScalarNode value) {
					values.put(key.getValue(), value);
				}
				else {
					this.problems.line(line(tuple.getValueNode()), key.getValue() + ": expected a single value");
				}
			}
		}
		Map<String, Object> plan = new HashMap<>();
		plan.put("name", value(values, "name", Fields::text, mapping));
		plan.put("first_year", value(values, "first_year", Fields::year, mapping));
		plan.put("last_year", value(values, "last_year", Fields::year, mapping));
		plan.put("goal_young_people", value(values, "goal_young_people", Fields::whole, mapping));
		plan.put("min_cell_size", values.containsKey("min_cell_size")
				? value(values, "min_cell_size", Fields::whole, mapping) : Long.valueOf(10));
		plan.put("intermediary_org_id", value(values, "intermediary_org_id", Fields::id, mapping));
		plan.put("intermediary_name", values.containsKey("intermediary_name")
				? value(values, "intermediary_name", Fields::text, mapping) : null);
		if (this.problems.isEmpty()) {
			int first = (Integer) plan.get("first_year");
			int last = (Integer) plan.get("last_year");
			if (last < first) {
				this.problems.line(line(values.get("last_year")),
						"last_year " + last + " is before first_year " + first);
			}
			if ((Long) plan.get("min_cell_size") < 1) {
				this.problems.line(line(values.get("min_cell_size")),
						"min_cell_size: expected a whole number of 1 or more");
			}
			if ((Long) plan.get("goal_young_people") < 1) {
				this.problems.line(line(values.get("goal_young_people")), "goal_young_people: expected 1 or more");
			}
		}
		return this.problems.isEmpty() ? plan : null;
	}

	static void write(JdbcTemplate jdbc, Map<String, Object> plan, String path) {
		jdbc.update("DELETE FROM plan");
		jdbc.update(
				"INSERT INTO plan (plan_id, name, first_year, last_year, goal_young_people, min_cell_size,"
						+ " intermediary_org_id, intermediary_name, source_file) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
				plan.get("name"), plan.get("first_year"), plan.get("last_year"), plan.get("goal_young_people"),
				((Long) plan.get("min_cell_size")).intValue(), plan.get("intermediary_org_id"),
				plan.get("intermediary_name"), path);
	}

	private Object value(Map<String, ScalarNode> values, String key, Column.Parser parser, Node parent) {
		ScalarNode node = values.get(key);
		if (node == null || node.getValue().isBlank()) {
			this.problems.line(line(parent), key + " is missing: plan.yml needs name, first_year, last_year,"
					+ " goal_young_people, intermediary_org_id (min_cell_size defaults to 10)");
			return null;
		}
		try {
			return parser.parse(node.getValue().strip());
		}
		catch (FieldException ex) {
			this.problems.cell(line(node), key, ex.getMessage());
			return null;
		}
	}

	private static long line(Node node) {
		return (node != null && node.getStartMark() != null) ? node.getStartMark().getLine() + 1 : 0;
	}

}
