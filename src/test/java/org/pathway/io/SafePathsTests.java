package org.pathway.io;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** No output path built from data leaves its folder, whatever the data says. */
class SafePathsTests {

	private final Path output = Path.of("output", "2026-09-30");

	@Test
	void plainNamesStayInsideTheFolder() {
		assertThat(SafePaths.inside(this.output, "funder-report", "ballmer", "ballmer-2026-09-30.pdf")).isEqualTo(
				this.output.toAbsolutePath().normalize().resolve("funder-report/ballmer/ballmer-2026-09-30.pdf"));
	}

	@Test
	void aSegmentThatIsAPathIsRefused() {
		for (String segment : new String[] { "input/../../../../elsewhere/x", "..", ".", "", "a\\b", "a\0b", null }) {
			assertThatThrownBy(() -> SafePaths.inside(this.output, "funder-report", segment, "x.pdf")).as(segment)
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("refused to write");
		}
	}

}
