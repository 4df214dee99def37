package org.pathway.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one rule for identifiers that name files or folders, and the derived name of those
 * that may not.
 */
class PathSegmentTests {

	@ParameterizedTest
	@ValueSource(strings = { "ballmer", "mi-detroit", "wa_coalition", "G-2025.1", "a", "9lives", "v1.2.3", "CONSOLE",
			"com10", "nulled", "con-ed" })
	void identifiersMadeOfLettersDigitsAndSafePunctuationAreSafe(String id) {
		assertThat(PathSegment.isSafe(id)).isTrue();
		assertThat(PathSegment.check(id, "funder_id")).isEqualTo(id);
		assertThat(PathSegment.of(id)).isEqualTo(id);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "input/../../../../elsewhere/x|contains '/' at position 6", "..|starts with '.'",
					".hidden|starts with '.'", "a..b|contains '..'", "report.|ends with '.'",
					"a\\b|contains '\\' at position 2", "C:|contains ':' at position 2",
					"St_Peter's|contains ''' at position 9", "two words|contains U+0020 at position 4",
					"-rf|starts with '-'", "_x|starts with '_'", "CON|is the Windows device name CON",
					"nul.txt|is the Windows device name NUL", "Com1.tar.gz|is the Windows device name COM1",
					"lpt9|is the Windows device name LPT9", "aux|is the Windows device name AUX",
					"prn.csv|is the Windows device name PRN", "Zoë|contains U+00EB at position 3" })
	void everythingElseIsRefusedSayingWhy(String id, String why) {
		assertThat(PathSegment.isSafe(id)).isFalse();
		assertThat(PathSegment.problem(id)).isEqualTo(why);
	}

	@Test
	void controlCharactersEmptyAndOverlongIdentifiersAreRefused() {
		assertThat(PathSegment.problem("ab\u0000c")).isEqualTo("contains U+0000 at position 3");
		assertThat(PathSegment.problem("ab\u202Ec")).isEqualTo("contains U+202E at position 3");
		assertThat(PathSegment.problem("")).isEqualTo("is empty");
		assertThat(PathSegment.problem(null)).isEqualTo("is empty");
		assertThat(PathSegment.isSafe("a".repeat(100))).isTrue();
		assertThat(PathSegment.problem("a".repeat(101))).isEqualTo("is 101 characters long");
	}

	@Test
	void checkSaysWhatTheIdentifierIsWhyItIsRefusedAndWhatIsAllowed() {
		assertThatThrownBy(() -> PathSegment.check("input/../../../../elsewhere/x", "funder_id"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("funder_id \"input/../../../../elsewhere/x\" cannot name a file or folder: it contains '/'"
					+ " at position 6; expected letters, digits and - _ . (starting with a letter or digit, no '..',"
					+ " no '.' at the end), at most 100 characters");
		assertThatThrownBy(() -> PathSegment.check("a\nb", "member_id")).hasMessageStartingWith(
				"member_id \"a\\u000Ab\" cannot name a file or folder: it contains U+000A at position 2");
	}

	@Test
	void aPublished360GivingRecipientGetsASanitisedNameAndAHashOfTheWholeIdentifier() throws Exception {
		String id = "360G-ALWF-ORG:St_Peter's_Church_Pilning";
		assertThat(PathSegment.of(id)).isEqualTo("360G-ALWF-ORG_St_Peter_s_Church_Pilning-" + sha256(id, 8));
		assertThat(PathSegment.of("input/../../../../elsewhere/x"))
			.isEqualTo("input_elsewhere_x-" + sha256("input/../../../../elsewhere/x", 8));
		assertThat(PathSegment.of("CON")).isEqualTo("CON-" + sha256("CON", 8));
		assertThat(PathSegment.of("../..")).isEqualTo("id-" + sha256("../..", 8));
		assertThat(PathSegment.of("_x")).isEqualTo("x-" + sha256("_x", 8));
	}

	@Test
	void derivedNamesAreAlwaysSafeBoundedAndDistinctForDistinctIdentifiers() {
		Random random = new Random(11);
		String alphabet = "aZ9-_./\\:'\u0000 \u00e9\u202e.";
		Set<String> ids = new HashSet<>();
		Set<String> names = new HashSet<>();
		for (int n = 0; n < 5000; n++) {
			StringBuilder id = new StringBuilder();
			for (int length = 1 + random.nextInt(140); length > 0; length--) {
				id.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String name = PathSegment.of(id.toString());
			assertThat(PathSegment.isSafe(name)).as(id.toString()).isTrue();
			assertThat(name.length()).isLessThanOrEqualTo(PathSegment.MAX_LENGTH);
			if (ids.add(id.toString())) {
				names.add(name);
			}
		}
		assertThat(names).hasSameSizeAs(ids);
		// two identifiers that differ only in a character that is removed
		assertThat(PathSegment.of("a:b")).isNotEqualTo(PathSegment.of("a/b")).startsWith("a_b-");
	}

	private static String sha256(String text, int hexDigits) throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest).substring(0, hexDigits);
	}

}
