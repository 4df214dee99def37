package org.pathway;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the README tells people to copy works when copied. */
class ReadmeTests {

	private static final Pattern PROPERTIES = Pattern.compile("```properties\\n(.*?)```", Pattern.DOTALL);

	@Test
	void everyPropertiesExampleMeansWhatItSaysWhenCopied() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		List<String> blocks = new ArrayList<>();
		Matcher block = PROPERTIES.matcher(readme);
		while (block.find()) {
			blocks.add(block.group(1));
		}
		assertThat(blocks).hasSizeGreaterThanOrEqualTo(3);
		for (String text : blocks) {
			Properties properties = new Properties();
			properties.load(new StringReader(text));
			for (String key : properties.stringPropertyNames()) {
				String value = properties.getProperty(key);
				// a '#' after a value is part of the value in a properties file
				assertThat(value).as(key).doesNotContain(" #").isEqualTo(value.strip());
			}
		}
	}

}
