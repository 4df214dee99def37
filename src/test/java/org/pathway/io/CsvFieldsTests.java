package org.pathway.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one CSV field codec: what it quotes, and that its reader gives back every value.
 */
class CsvFieldsTests {

	@Test
	void quotesOnlyAFieldThatNeedsIt() {
		assertThat(CsvFields.quote("Southeast Michigan")).isEqualTo("Southeast Michigan");
		assertThat(CsvFields.quote("-5")).isEqualTo("-5");
		assertThat(CsvFields.quote("")).isEmpty();
		assertThat(CsvFields.quote(null)).isEmpty();
		assertThat(CsvFields.quote("a,b")).isEqualTo("\"a,b\"");
		assertThat(CsvFields.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(CsvFields.quote("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(CsvFields.quote("cr\r")).isEqualTo("\"cr\r\"");
	}

	@Test
	void theSpecialCharactersAreThoseThatMakeAFieldQuoted() {
		for (char c = 0; c < 256; c++) {
			boolean quoted = CsvFields.quote("x" + c + "y").startsWith("\"");
			assertThat(CsvFields.special(c)).as("U+%04X", (int) c).isEqualTo(quoted);
		}
	}

	@Test
	void theCursorReadsBackWhatQuoteWrote() {
		Random random = new Random(12);
		List<List<String>> rows = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		for (int r = 0; r < 2000; r++) {
			List<String> row = List.of(value(random), value(random), value(random));
			rows.add(row);
			text.append(String.join(",", row.stream().map(CsvFields::quote).toList())).append('\n');
		}
		CsvFields.Cursor cursor = new CsvFields.Cursor(text.toString());
		List<List<String>> read = new ArrayList<>();
		while (cursor.more()) {
			read.add(List.of(cursor.next(','), cursor.next(','), cursor.next('\n')));
		}
		assertThat(read).isEqualTo(rows);
	}

	/** A short value of letters, spaces and every special character, often empty. */
	static String value(Random random) {
		String alphabet = "ab é,\"\n\r'=";
		StringBuilder value = new StringBuilder();
		int length = random.nextInt(4) * random.nextInt(4);
		for (int i = 0; i < length; i++) {
			value.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return value.toString();
	}

}
