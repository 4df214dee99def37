package org.pathway.ingest.giving360;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pathway.ingest.IngestStore;
import org.pathway.ingest.InputFile;
import org.pathway.ingest.InputKind;
import org.pathway.ingest.InputLoader;
import org.pathway.ingest.read.InputFormat;
import org.pathway.ingest.read.Problems;

import org.springframework.stereotype.Component;

/**
 * The loader of 360Giving grant data ({@link Giving360File}): recognised by its column
 * titles when its name gives no kind, it brings funders, members, grants, regrants and
 * disbursements.
 */
@Component
final class Giving360Loader implements InputLoader {

	private final IngestStore store;

	Giving360Loader(IngestStore store) {
		this.store = store;
	}

	@Override
	public Set<InputKind> kinds() {
		return Set.of(InputKind.GIVING360);
	}

	@Override
	public Loaded load(InputFile file, Problems problems) throws IOException {
		return new Giving360File(this.store, file.path(), problems).load(file);
	}

	@Override
	public List<InputKind> brings(InputKind kind) {
		return Giving360File.KINDS;
	}

	@Override
	public Optional<InputKind> recognise(Path file, InputFormat format) {
		return Giving360Source.recognise(file, format) ? Optional.of(InputKind.GIVING360) : Optional.empty();
	}

}
