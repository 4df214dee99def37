package org.pathway.ingest.giving360;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.pathway.ingest.read.CsvRecordSource;
import org.pathway.ingest.read.InputFormat;
import org.pathway.ingest.read.Problems;
import org.pathway.ingest.read.RawRecord;
import org.pathway.ingest.read.RecordSource;
import org.pathway.ingest.read.XlsxRecordSource;

/**
 * The grants of a 360Giving spreadsheet: a CSV file (UTF-8, or Windows-1252 reported as a
 * warning) or the first sheet of a workbook. Column titles are matched without case or
 * stray spaces; a date column holding a plain number in a workbook is an Excel date
 * serial, turned into its date exactly.
 */
final class TabularGrants implements Giving360Source {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final Pattern SERIAL = Pattern.compile("\\d{1,7}");

	private static final List<Giving360Field> DATES = List.of(Giving360Field.AWARD_DATE, Giving360Field.START_DATE,
			Giving360Field.END_DATE);

	private final RecordSource source;

	private final boolean workbook;

	private final Map<Giving360Field, Integer> positions = new EnumMap<>(Giving360Field.class);

	private final Map<Giving360Field, String> titles = new EnumMap<>(Giving360Field.class);

	private TabularGrants(RecordSource source, boolean workbook, Problems problems) {
		this.source = source;
		this.workbook = workbook;
		List<String> header = source.header();
		for (int i = 0; i < header.size(); i++) {
			Giving360Field field = Giving360Field.ofTitle(header.get(i));
			if (field != null && !this.positions.containsKey(field)) {
				this.positions.put(field, i);
				this.titles.put(field, header.get(i));
				String exact = header.get(i);
				if (!exact.equalsIgnoreCase(field.title())) {
					problems.warning(1, exact, "column title '" + exact + "' read as '" + field.title() + "'");
				}
			}
		}
		if (!header.isEmpty()) {
			List<String> missing = new ArrayList<>();
			for (Giving360Field field : Giving360Field.REQUIRED_COLUMNS) {
				if (!this.positions.containsKey(field)) {
					missing.add(field.title());
				}
			}
			if (!missing.isEmpty()) {
				problems.line(1,
						"missing 360Giving column" + ((missing.size() > 1) ? "s " : " ") + String.join(", ", missing)
								+ ": Pathway needs " + titlesOf(Giving360Field.REQUIRED_COLUMNS) + " (the header has: "
								+ String.join(", ", header) + ")");
			}
		}
	}

	static Giving360Source open(Path file, InputFormat format, Problems problems) throws IOException {
		if (format == InputFormat.CSV) {
			Charset charset = charsetOf(file, problems);
			return new TabularGrants(new CsvRecordSource(Files.newInputStream(file), charset, problems), false,
					problems);
		}
		return new TabularGrants(new XlsxRecordSource(file, null, problems), true, problems);
	}

	/** Whether the header has at least two 360Giving column titles. */
	static boolean countsAsGiving360(Path file, InputFormat format) throws IOException {
		Problems ignored = new Problems(file.toString());
		try (RecordSource source = (format == InputFormat.CSV)
				? new CsvRecordSource(Files.newInputStream(file), charsetOf(file, ignored), ignored)
				: new XlsxRecordSource(file, null, ignored)) {
			return source.header().stream().filter((h) -> Giving360Field.ofTitle(h) != null).count() >= 2;
		}
	}

	/**
	 * UTF-8 when every byte decodes as UTF-8; else Windows-1252, which 360Giving files
	 * saved by older Excel use, with a warning naming the first line that is not UTF-8.
	 */
	static Charset charsetOf(Path file, Problems problems) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		byte[] bytes;
		try (InputStream in = Files.newInputStream(file)) {
			bytes = in.readNBytes(64 << 20);
		}
		try {
			decoder.decode(ByteBuffer.wrap(bytes));
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException ex) {
			CharBuffer text = WINDOWS_1252.decode(ByteBuffer.wrap(bytes));
			long line = 1;
			for (int i = 0; i < bytes.length && !((bytes[i] & 0x80) != 0 && !validUtf8At(bytes, i)); i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			problems.warning(line, null, "the file is not UTF-8: read as Windows-1252 (first on this line: "
					+ firstNonAscii(text) + "); save it as CSV UTF-8 to be sure of every character");
			return WINDOWS_1252;
		}
	}

	private static boolean validUtf8At(byte[] bytes, int i) {
		int b = bytes[i] & 0xFF;
		int length = (b >= 0xF0 && b <= 0xF4) ? 4 : (b >= 0xE0) ? 3 : (b >= 0xC2 && b <= 0xDF) ? 2 : 0;
		if (length == 0 || i + length > bytes.length) {
			return false;
		}
		for (int k = 1; k < length; k++) {
			if ((bytes[i + k] & 0xC0) != 0x80) {
				return false;
			}
		}
		return true;
	}

	private static String firstNonAscii(CharBuffer text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 127) {
				return "'" + text.charAt(i) + "'";
			}
		}
		return "?";
	}

	@Override
	public Giving360Grant next() throws IOException {
		RawRecord record = this.source.next();
		if (record == null) {
			return null;
		}
		Map<Giving360Field, String> values = new EnumMap<>(Giving360Field.class);
		this.positions.forEach((field, position) -> {
			String value = record.values()[position].strip();
			if (!value.isEmpty()) {
				values.put(field, (this.workbook && DATES.contains(field)) ? serialDate(value) : value);
			}
		});
		List<String> related = new ArrayList<>();
		for (String id : values.getOrDefault(Giving360Field.RELATED_ACTIVITY, "").split(";")) {
			if (!id.isBlank()) {
				related.add(id.strip());
			}
		}
		return new Giving360Grant(record.line(), values, this.titles, related, List.of());
	}

	/**
	 * A whole number in a workbook's date column is an Excel date serial (a cell without
	 * a date format): its date, exactly; anything else is left for the date check.
	 */
	private String serialDate(String value) {
		if (!SERIAL.matcher(value).matches()) {
			return value;
		}
		long serial = Long.parseLong(value);
		boolean date1904 = ((XlsxRecordSource) this.source).date1904();
		if (serial < 61 || serial > 2_958_465) {
			// before 1900-03-01 Excel counts a day that never was (1900-02-29)
			return value;
		}
		return (date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30)).plusDays(serial).toString();
	}

	private static String titlesOf(List<Giving360Field> fields) {
		return String.join(", ", fields.stream().map(Giving360Field::title).toList());
	}

	@Override
	public void close() throws IOException {
		this.source.close();
	}

}
