package org.pathway.ingest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The loader of each input kind, from the {@link InputLoader} beans. Refuses to start
 * when a kind has no loader or two, so a kind added without its loader fails at start-up,
 * not at the first file of that kind.
 */
@Component
final class InputLoaders {

	private final Map<InputKind, InputLoader> byKind = new EnumMap<>(InputKind.class);

	InputLoaders(List<InputLoader> loaders) {
		for (InputLoader loader : loaders) {
			for (InputKind kind : loader.kinds()) {
				InputLoader other = this.byKind.putIfAbsent(kind, loader);
				if (other != null) {
					throw new IllegalStateException("two loaders for the input kind " + kind + ": "
							+ other.getClass().getSimpleName() + " and " + loader.getClass().getSimpleName());
				}
			}
		}
		for (InputKind kind : InputKind.values()) {
			if (!this.byKind.containsKey(kind)) {
				throw new IllegalStateException("no loader for the input kind " + kind
						+ ": give it a TableSpec in Specs (a tabular kind) or an InputLoader bean");
			}
		}
	}

	InputLoader of(InputKind kind) {
		return this.byKind.get(kind);
	}

}
