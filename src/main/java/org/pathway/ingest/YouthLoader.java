package org.pathway.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.pathway.ingest.read.Problems;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The loader of youth-level files: aggregated into milestone counts while streaming
 * ({@link YouthFile}), so they bring milestones, never youth rows.
 */
@Component
final class YouthLoader implements InputLoader {

	private final IngestStore store;

	private final TaskExecutor executor;

	YouthLoader(IngestStore store, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.store = store;
		this.executor = executor;
	}

	@Override
	public Set<InputKind> kinds() {
		return Set.of(InputKind.YOUTH_MILESTONES);
	}

	@Override
	public Loaded load(InputFile file, Problems problems) throws IOException {
		if (!TableLoader.readable(file, problems)) {
			return Loaded.NOTHING;
		}
		YouthFile youth = new YouthFile(this.store, file.path(), problems, this.executor);
		long records = youth.load(file, (sink) -> TableLoader.open(file, sink));
		return new Loaded(records, youth.facts());
	}

	@Override
	public List<InputKind> brings(InputKind kind) {
		return List.of(InputKind.MILESTONES);
	}

}
