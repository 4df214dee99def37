package org.pathway.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pathway.io.Sha256;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real files in ../shared/realdata still have the checksums SOURCES.md gives: reading
 * them, in the product or in a test, must never write to them (a POI workbook opened
 * read-write from a File is saved back on close, and that once happened here).
 */
class RealDataUntouchedTests {

	private static final Path REALDATA = Path.of("..", "shared", "realdata");

	@Test
	void everyRealFileStillHasItsPublishedChecksum() throws IOException {
		assumeTrue(Files.isDirectory(REALDATA), "../shared/realdata is not here");
		String sources = Files.readString(REALDATA.resolve("SOURCES.md"));
		Matcher line = Pattern.compile("([0-9a-f]{64})  \\./(\\S+)").matcher(sources);
		int checked = 0;
		while (line.find()) {
			assertThat(Sha256.of(REALDATA.resolve(line.group(2)))).as(line.group(2)).isEqualTo(line.group(1));
			checked++;
		}
		assertThat(checked).isGreaterThan(10);
	}

}
