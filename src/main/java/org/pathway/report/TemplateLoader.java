package org.pathway.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.pathway.io.PathSegment;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and checks a report template. Composes the YAML as nodes (no objects are
 * constructed) so that every problem names the file and the line: an unknown key or
 * section, a key given twice, a missing title, a colour that is not {@code #RRGGBB}, a
 * logo that is not there or not beside the template.
 */
public final class TemplateLoader {

	private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

	private static final List<String> CHARTS = List.of("bar", "line", "none");

	private final Path file;

	private TemplateLoader(Path file) {
		this.file = file;
	}

	/**
	 * The reports there are: every sub-folder of {@code folder} with a
	 * {@code template.yml}, by name. A new report is a new folder.
	 */
	public static List<String> reports(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> folders = Files.list(folder)) {
			return folders.filter((sub) -> Files.isRegularFile(sub.resolve("template.yml")))
				.map((sub) -> sub.getFileName().toString())
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new TemplateException(folder + ": cannot be read: " + ex.getMessage());
		}
	}

	/**
	 * Checks, before a run renders anything, that {@code requested} names reports there
	 * are and that every template loads; refused with its file, line and problem.
	 */
	public static void check(Path folder, List<String> requested) {
		List<String> reports = reports(folder);
		if (reports.isEmpty()) {
			throw new TemplateException(folder + ": no report templates (each report is a folder with a template.yml,"
					+ " e.g. " + folder.resolve("funder-report/template.yml") + ")");
		}
		for (String report : requested) {
			if (!reports.contains(report)) {
				throw new TemplateException("--report " + report + ": expected one of " + String.join(", ", reports));
			}
		}
		reports.forEach((report) -> load(folder, report));
	}

	/**
	 * Loads {@code folder/<id>/template.yml}. The id names a folder, so it must be a
	 * {@link PathSegment}: an id such as {@code ../elsewhere} is refused, never followed.
	 */
	public static ReportTemplate load(Path folder, String id) {
		try {
			PathSegment.check(id, "report id");
		}
		catch (IllegalArgumentException ex) {
			throw new TemplateException(ex.getMessage());
		}
		Path file = folder.resolve(id).resolve("template.yml");
		if (!Files.isRegularFile(file)) {
			throw new TemplateException(
					file + ": the template is missing (each report needs report-templates/" + id + "/template.yml)");
		}
		return new TemplateLoader(file).read(id);
	}

	private ReportTemplate read(String id) {
		Node root;
		try (Reader reader = Files.newBufferedReader(this.file, StandardCharsets.UTF_8)) {
			LoaderOptions options = new LoaderOptions();
			options.setMaxAliasesForCollections(10);
			root = new Yaml(new SafeConstructor(options)).compose(reader);
		}
		catch (MarkedYAMLException ex) {
			throw problem(ex.getProblemMark().getLine() + 1, "not valid YAML: " + ex.getProblem());
		}
		catch (YAMLException | IOException ex) {
			throw new TemplateException(this.file + ": cannot be read: " + ex.getMessage());
		}
		MappingNode top = mapping(root, "the template");
		Map<String, Node> keys = keys(top, List.of("scope", "title", "subject", "language", "branding", "sections"));
		String scope = text(required(keys, "scope", top));
		if (!ReportTemplate.SCOPES.contains(scope)) {
			throw problem(line(keys.get("scope")),
					"scope '" + scope + "': expected " + String.join(" or ", ReportTemplate.SCOPES)
							+ " (funder: one report per funder; network: one for the board)");
		}
		MappingNode brandingNode = mapping(required(keys, "branding", top), "branding");
		Map<String, Node> branding = keys(brandingNode,
				List.of("organisation", "primary_colour", "accent_colour", "logo", "footer"));
		byte[] logo = null;
		if (branding.containsKey("logo")) {
			String name = text(branding.get("logo"));
			String unsafe = PathSegment.problem(name);
			if (unsafe != null) {
				throw problem(line(branding.get("logo")), "logo '" + name + "': it " + unsafe
						+ "; the logo is a file beside template.yml, named with " + PathSegment.ALLOWED);
			}
			Path logoFile = this.file.resolveSibling(name);
			try {
				logo = Files.readAllBytes(logoFile);
			}
			catch (IOException ex) {
				throw problem(line(branding.get("logo")), "logo " + logoFile.getFileName() + " cannot be read");
			}
		}
		return new ReportTemplate(id, scope, text(required(keys, "title", top)), text(required(keys, "subject", top)),
				keys.containsKey("language") ? text(keys.get("language")) : "en-US",
				text(required(branding, "organisation", brandingNode)),
				colour(required(branding, "primary_colour", brandingNode)),
				colour(required(branding, "accent_colour", brandingNode)), logo,
				branding.containsKey("footer") ? text(branding.get("footer")) : "{organisation} · as of {as_of}",
				sections(required(keys, "sections", top)));
	}

	private List<ReportTemplate.SectionSpec> sections(Node node) {
		if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
			throw problem(line(node), "sections: expected a list of sections (- id: ..., title: ...)");
		}
		List<ReportTemplate.SectionSpec> sections = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			MappingNode section = mapping(item, "a section");
			Map<String, Node> keys = keys(section, List.of("id", "title", "footnote", "chart", "dimension"));
			String id = text(required(keys, "id", section));
			if (!SectionCatalog.ids().contains(id)) {
				throw problem(line(keys.get("id")),
						"unknown section '" + id + "': expected one of " + String.join(", ", SectionCatalog.ids()));
			}
			String chart = keys.containsKey("chart") ? text(keys.get("chart")) : null;
			if (chart != null && !CHARTS.contains(chart)) {
				throw problem(line(keys.get("chart")), "chart '" + chart + "': expected bar, line or none");
			}
			String dimension = keys.containsKey("dimension") ? text(keys.get("dimension")) : null;
			if (dimension != null && !org.pathway.domain.Vocabulary.DIMENSIONS.containsKey(dimension)) {
				throw problem(line(keys.get("dimension")), "dimension '" + dimension + "': expected one of "
						+ String.join(", ", org.pathway.domain.Vocabulary.DIMENSIONS.keySet()));
			}
			sections.add(new ReportTemplate.SectionSpec(id, text(required(keys, "title", section)),
					keys.containsKey("footnote") ? text(keys.get("footnote")) : null, chart, dimension));
		}
		return sections;
	}

	private MappingNode mapping(Node node, String what) {
		if (node instanceof MappingNode mapping) {
			return mapping;
		}
		throw problem(line(node), what + ": expected keys and values");
	}

	private Map<String, Node> keys(MappingNode mapping, List<String> allowed) {
		Map<String, Node> keys = new LinkedHashMap<>();
		Map<String, Node> keyNodes = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			String key = text(tuple.getKeyNode());
			if (!allowed.contains(key)) {
				throw problem(line(tuple.getKeyNode()),
						"unknown key '" + key + "': expected one of " + String.join(", ", allowed));
			}
			Node first = keyNodes.putIfAbsent(key, tuple.getKeyNode());
			if (first != null) {
				throw problem(line(tuple.getKeyNode()),
						"'" + key + "' appears twice (first on line " + line(first) + ")");
			}
			keys.put(key, tuple.getValueNode());
		}
		return keys;
	}

	private Node required(Map<String, Node> keys, String key, Node parent) {
		Node node = keys.get(key);
		if (node == null) {
			throw problem(line(parent), "'" + key + "' is missing");
		}
		return node;
	}

	private String text(Node node) {
		if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
			return scalar.getValue().strip();
		}
		throw problem(line(node), "expected a text value");
	}

	private String colour(Node node) {
		String value = text(node);
		if (!COLOUR.matcher(value).matches()) {
			throw problem(line(node), "colour '" + value + "': expected #RRGGBB, e.g. #1F4E79");
		}
		return value.toUpperCase(java.util.Locale.ROOT);
	}

	private TemplateException problem(long line, String message) {
		return new TemplateException(this.file + ":" + line + ": " + message);
	}

	private static long line(Node node) {
		return (node != null && node.getStartMark() != null) ? node.getStartMark().getLine() + 1 : 1;
	}

}
