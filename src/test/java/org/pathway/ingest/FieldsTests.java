package org.pathway.ingest;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The strict value formats of contract.md section 2: one spelling accepted, everything
 * else explained.
 */
class FieldsTests {

	@Test
	void amountsAreExactDecimalsWithTwoPlaces() throws FieldException {
		assertThat(Fields.amount("1000.5")).hasToString("1000.50");
		assertThat(Fields.amount("-20")).hasToString("-20.00");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1,000.50", "1.000,50", "12abc", "$100", "1e5", "2.675", "", " 1", "1.", ".5", "1 000" })
	void everyOtherSpellingOfAnAmountIsRefused(String raw) {
		assertThatThrownBy(() -> Fields.amount(raw)).isInstanceOf(FieldException.class)
			.hasMessageContaining("expected a plain amount such as 1250000.50");
	}

	@Test
	void theMessageSaysWhatIsWrongWithTheAmount() {
		assertThatThrownBy(() -> Fields.amount("1.000,50")).hasMessageStartingWith("\"1.000,50\" uses a decimal comma");
		assertThatThrownBy(() -> Fields.amount("1,000.50"))
			.hasMessageStartingWith("\"1,000.50\" has a thousands separator");
		assertThatThrownBy(() -> Fields.amount("10.125")).hasMessageStartingWith("\"10.125\" has more than 2 decimals");
		assertThatThrownBy(() -> Fields.amount("$100")).hasMessageStartingWith("\"$100\" has a currency symbol");
	}

	@Test
	void datesAreRealIsoDates() throws FieldException {
		assertThat(Fields.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThatThrownBy(() -> Fields.date("2025-02-29"))
			.hasMessage("\"2025-02-29\" is not a real date (YYYY-MM-DD)");
		assertThatThrownBy(() -> Fields.date("2025-13-01")).hasMessageContaining("is not a real date");
		assertThatThrownBy(() -> Fields.date("03/15/2025")).hasMessageContaining("expected YYYY-MM-DD");
		assertThatThrownBy(() -> Fields.date("45000")).hasMessageContaining("expected YYYY-MM-DD");
	}

	@Test
	void wholeNumbersAndRatesAreNotPartlyRead() throws FieldException {
		assertThat(Fields.whole("1250")).isEqualTo(1250L);
		assertThatThrownBy(() -> Fields.whole("12abc")).isInstanceOf(FieldException.class);
		assertThatThrownBy(() -> Fields.whole("-3")).isInstanceOf(FieldException.class);
		assertThat(Fields.rate("0.625")).isEqualByComparingTo("0.625");
		assertThat(Fields.rate("1")).isEqualByComparingTo("1");
		assertThatThrownBy(() -> Fields.rate("1.2")).isInstanceOf(FieldException.class);
		assertThatThrownBy(() -> Fields.rate("62%")).isInstanceOf(FieldException.class);
	}

	@Test
	void codesAreCheckedAgainstTheirLists() throws FieldException {
		assertThat(Fields.currency("EUR")).isEqualTo("EUR");
		assertThatThrownBy(() -> Fields.currency("usd")).isInstanceOf(FieldException.class);
		assertThatThrownBy(() -> Fields.currency("XYZ")).isInstanceOf(FieldException.class);
		assertThat(Fields.oneOf("Paid", java.util.List.of("scheduled", "paid"))).isEqualTo("paid");
		assertThat(Fields.emails(" a@example.org ; b@example.org ")).isEqualTo("a@example.org;b@example.org");
		assertThatThrownBy(() -> Fields.emails("a@example.org, b@example.org")).isInstanceOf(FieldException.class);
	}

	@Test
	void anIdentifierThatNamesAFolderFollowsThePathSegmentRule() throws FieldException {
		assertThat(Fields.pathSegment("mi-detroit")).isEqualTo("mi-detroit");
		// a plain identifier may hold ':' and '/', one that names a folder may not
		assertThat(Fields.id("input/../x")).isEqualTo("input/../x");
		assertThatThrownBy(() -> Fields.pathSegment("input/../../../../elsewhere/x"))
			.hasMessage("\"input/../../../../elsewhere/x\" cannot name a report folder: it contains '/' at position 6;"
					+ " expected letters, digits and - _ . (starting with a letter or digit, no '..', no '.' at the"
					+ " end), at most 100 characters");
		assertThatThrownBy(() -> Fields.pathSegment("NUL")).hasMessageStartingWith(
				"\"NUL\" cannot name a report folder: it is the Windows device name NUL; expected letters");
	}

	@Test
	void controlCharactersAreNamedWithTheirPosition() {
		assertThat(ControlCharacters.problem("Acme\u0000 Fund"))
			.isEqualTo("contains a control character U+0000 (null) at position 5: remove it");
		assertThat(ControlCharacters.problem("Zoë\u007F"))
			.isEqualTo("contains a control character U+007F (delete) at position 4: remove it");
		assertThat(ControlCharacters.problem("a\u0085b"))
			.isEqualTo("contains a control character U+0085 (next line) at position 2: remove it");
		assertThat(ControlCharacters.problem("a\u0084b"))
			.isEqualTo("contains a control character U+0084 at position 2: remove it");
		assertThat(ControlCharacters.problem("\uD83D\uDE00\u202Eevil"))
			.isEqualTo("contains a control character U+202E (right-to-left override) at position 2: remove it");
		assertThat(ControlCharacters.problem("line\u2028break")).contains("U+2028 (line separator) at position 5");
		assertThat(ControlCharacters.problem("iso\u2066late")).contains("U+2066 (left-to-right isolate)");
		assertThat(ControlCharacters.problem("lone\rCR"))
			.isEqualTo("contains a control character U+000D (carriage return) at position 5: remove it");
		assertThat(ControlCharacters.problem("ends in CR\r")).contains("U+000D (carriage return) at position 11");
		// text keeps tab, newline and CRLF; accents, emoji and right-to-left text are
		// text
		for (String text : new String[] { "a\tb", "two\nlines", "two\r\nlines", "Zoë Ñúñez 李小龍 \uD83D\uDE00", "مرحبا",
				"\u200Fmark" }) {
			assertThat(ControlCharacters.problem(text)).as(text).isNull();
		}
	}

	@Test
	void suppressionMarkersAreMissingNeverZero() throws FieldException {
		for (String marker : new String[] { "*", "DS", "[Data Suppressed]", "N<10", "<5", "n < 10" }) {
			assertThat(Count.parse(marker)).as(marker).isEqualTo(new Count(null, "suppressed"));
		}
		assertThat(Count.parse("NA")).isEqualTo(new Count(null, "missing"));
		assertThat(Count.parse("0")).isEqualTo(new Count(0L, null));
		assertThatThrownBy(() -> Count.parse("12abc")).isInstanceOf(FieldException.class);
	}

	@Test
	void aFileKindIsTheLeadingWordOfItsName() {
		assertThat(InputKind.ofFileName("grants-2025.xlsx")).hasValue(InputKind.GRANTS);
		assertThat(InputKind.ofFileName("grant_payments.csv")).hasValue(InputKind.GRANT_PAYMENTS);
		assertThat(InputKind.ofFileName("Milestones_detroit.csv")).hasValue(InputKind.MILESTONES);
		assertThat(InputKind.ofFileName("youth_milestones.csv")).hasValue(InputKind.YOUTH_MILESTONES);
		assertThat(InputKind.ofFileName("grantsheet.csv")).isEmpty();
		assertThat(InputKind.ofFileName("notes.csv")).isEmpty();
	}

}
