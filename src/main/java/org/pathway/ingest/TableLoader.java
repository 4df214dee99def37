package org.pathway.ingest;

import java.io.IOException;
import java.util.Set;

import org.pathway.ingest.read.CsvRecordSource;
import org.pathway.ingest.read.Problems;
import org.pathway.ingest.read.RecordSource;
import org.pathway.ingest.read.XlsxRecordSource;

import org.springframework.stereotype.Component;

/**
 * The loader of every tabular kind that has a {@link TableSpec} in {@link Specs}: opens
 * the file by its format and has {@link TableFile} check and write its records. A new
 * tabular kind needs only its spec.
 */
@Component
final class TableLoader implements InputLoader {

	private final IngestStore store;

	TableLoader(IngestStore store) {
		this.store = store;
	}

	@Override
	public Set<InputKind> kinds() {
		return Specs.kinds();
	}

	@Override
	public Loaded load(InputFile file, Problems problems) throws IOException {
		try (RecordSource source = open(file, problems)) {
			if (source == null) {
				return Loaded.NOTHING;
			}
			long records = new TableFile(Specs.of(file.kind()), this.store, file.path(), problems).load(source);
			return new Loaded(records, records);
		}
	}

	/**
	 * Opens a file of a tabular kind by its format (a workbook at the sheet named after
	 * the kind); null, with the problem reported, when its format is not read as records.
	 */
	static RecordSource open(InputFile file, Problems problems) throws IOException {
		return switch (file.format()) {
			case CSV -> new CsvRecordSource(file.file(), problems);
			case XLSX -> new XlsxRecordSource(file.file(), file.kind().word(), problems);
			default -> {
				readable(file, problems);
				yield null;
			}
		};
	}

	/** Whether a file's format is read as records; reports it when not. */
	static boolean readable(InputFile file, Problems problems) {
		if (file.format().tabular()) {
			return true;
		}
		problems
			.file("." + file.extension() + " files are not read: save it as .xlsx (Excel workbook) or .csv (UTF-8)");
		return false;
	}

}
