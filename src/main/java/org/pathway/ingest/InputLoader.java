package org.pathway.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pathway.ingest.read.InputFormat;
import org.pathway.ingest.read.Problems;

/**
 * Loads the files of its input kinds: reads one file, checks it and writes its facts. A
 * Spring bean, found by kind through {@link InputLoaders}, so that a new kind is a new
 * loader (or a {@link Specs} entry, for a tabular kind) and its {@link InputKind}, never
 * an edit of the ingest.
 */
public interface InputLoader {

	/** The kinds whose files this loader reads. */
	Set<InputKind> kinds();

	/**
	 * Reads one file of one of its kinds, checks it and writes its facts, reporting every
	 * problem. Runs inside the file's savepoint, after the facts the file brought before
	 * are deleted; any problem rolls the file back.
	 */
	Loaded load(InputFile file, Problems problems) throws IOException;

	/**
	 * The kinds whose tables a file of {@code kind} writes to, in the order it writes
	 * them (and is deleted from in the reverse order). After a file is loaded or taken
	 * out, every reference to them must still resolve.
	 */
	default List<InputKind> brings(InputKind kind) {
		return List.of(kind);
	}

	/**
	 * The kind of a file whose name gives none, recognised by its content (360Giving data
	 * by its column titles); empty when it is none of this loader's kinds. Reads as
	 * little as it needs and never modifies the file.
	 */
	default Optional<InputKind> recognise(Path file, InputFormat format) {
		return Optional.empty();
	}

	/**
	 * What one load did.
	 *
	 * @param records data records read (rows, grants; 1 for a plan)
	 * @param facts rows written to the fact tables
	 */
	record Loaded(long records, long facts) {

		/** Nothing read, nothing written: the file could not be read at all. */
		public static final Loaded NOTHING = new Loaded(0, 0);

	}

}
