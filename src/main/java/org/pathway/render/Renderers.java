package org.pathway.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Every registered {@link ReportRenderer}, in one stable order (by format name): the
 * reports step writes, the gate checks and a delivery attaches the formats in this order,
 * and downloads and messages look a format up here by its name or a file's extension.
 */
@Component
public class Renderers {

	private final List<ReportRenderer> all;

	public Renderers(List<ReportRenderer> renderers) {
		List<ReportRenderer> sorted = new ArrayList<>(renderers);
		sorted.sort(Comparator.comparing((ReportRenderer renderer) -> renderer.format().name()));
		Set<String> names = new HashSet<>();
		Set<String> extensions = new HashSet<>();
		for (ReportRenderer renderer : sorted) {
			ReportFormat format = renderer.format();
			if (!names.add(format.name()) || !extensions.add(format.extension())) {
				throw new IllegalStateException("two renderers share the format name or extension of " + format);
			}
		}
		this.all = List.copyOf(sorted);
	}

	public List<ReportRenderer> all() {
		return this.all;
	}

	/** The registered formats, in the renderers' order. */
	public List<ReportFormat> formats() {
		return this.all.stream().map(ReportRenderer::format).toList();
	}

	/** The format a manifest calls {@code name}, if one is registered. */
	public Optional<ReportFormat> format(String name) {
		return formats().stream().filter((format) -> format.name().equals(name)).findFirst();
	}

	/** The format whose extension the file name ends in, if one is registered. */
	public Optional<ReportFormat> ofFile(String fileName) {
		return formats().stream().filter((format) -> format.matches(fileName)).findFirst();
	}

}
