package org.pathway.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.pathway.support.TinyInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A server's surroundings for the page and browser tests: the tiny input folder, empty
 * output and data folders, an in-memory database and two users, {@code viewer} and
 * {@code operator}, with hashed passwords.
 */
final class WebFixture {

	static final String VIEWER_PASSWORD = "viewer-secret-1";

	static final String OPERATOR_PASSWORD = "operator-secret-1";

	private WebFixture() {
	}

	static void register(DynamicPropertyRegistry registry, Path work, String database) {
		TinyInput.write(work.resolve("input"));
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
		registry.add("pathway.folders.input", () -> work.resolve("input").toString());
		registry.add("pathway.folders.output", () -> work.resolve("output").toString());
		registry.add("pathway.folders.data", () -> work.resolve("data").toString());
		registry.add("pathway.users.viewer.password", () -> encoder.encode(VIEWER_PASSWORD));
		registry.add("pathway.users.viewer.role", () -> "viewer");
		registry.add("pathway.users.operator.password", () -> encoder.encode(OPERATOR_PASSWORD));
		registry.add("pathway.users.operator.role", () -> "operator");
	}

	/** The checksum that the manifest of the date gives the file at this path. */
	static String manifestSha256(Path output, String date, String path) throws IOException {
		JsonNode manifest = JsonMapper.builder()
			.build()
			.readTree(Files.readString(output.resolve(date).resolve("manifest.json"), StandardCharsets.UTF_8));
		for (JsonNode file : manifest.path("outputs")) {
			if (path.equals(file.path("path").asString())) {
				return file.path("sha256").asString();
			}
		}
		throw new AssertionError("the manifest of " + date + " does not list " + path);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
