package org.pathway.web;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Builds the users from configuration. Passwords must be hashed (bcrypt, argon2...): a
 * plain or {@code {noop}} password stops the server at start with a message. With no
 * users configured, an {@code operator} with a random password is made for this start
 * only and the password is printed once, so a first start is usable and never open.
 */
final class Users {

	static final String VIEWER = "VIEWER";

	static final String OPERATOR = "OPERATOR";

	private static final Log logger = LogFactory.getLog(Users.class);

	private Users() {
	}

	static InMemoryUserDetailsManager from(UsersProperties properties, PasswordEncoder encoder,
			java.io.PrintStream announce) {
		List<UserDetails> users = new ArrayList<>();
		for (Map.Entry<String, UsersProperties.User> entry : properties.users().entrySet()) {
			users.add(user(entry.getKey(), entry.getValue()));
		}
		if (users.isEmpty()) {
			byte[] random = new byte[18];
			new SecureRandom().nextBytes(random);
			String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			users.add(User.withUsername("operator").password(encoder.encode(password)).roles(VIEWER, OPERATOR).build());
			announce.println("No users are configured, so this start has one: user 'operator', password '" + password
					+ "'. It changes at every start; configure pathway.users (see the README).");
			logger.warn("No users configured: a one-time 'operator' password was printed on the console");
		}
		return new InMemoryUserDetailsManager(users);
	}

	static PasswordEncoder encoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	private static UserDetails user(String name, UsersProperties.User user) {
		String password = (user.password() != null) ? user.password() : "";
		if (!password.matches(
				"\\{(bcrypt|argon2@SpringSecurity_v5_8|pbkdf2@SpringSecurity_v5_8|scrypt@SpringSecurity_v5_8|argon2|pbkdf2|scrypt)\\}.+")) {
			throw new IllegalStateException("pathway.users." + name + ".password must be a hash such as"
					+ " {bcrypt}$2a$10$...; make one with: java -jar target/pathway.jar hash-password");
		}
		String role = (user.role() != null) ? user.role().toLowerCase(Locale.ROOT) : "";
		String[] roles = switch (role) {
			case "viewer" -> new String[] { VIEWER };
			case "operator" -> new String[] { VIEWER, OPERATOR };
			default -> throw new IllegalStateException(
					"pathway.users." + name + ".role must be viewer or operator, not '" + user.role() + "'");
		};
		return User.withUsername(name).password(password).roles(roles).build();
	}

}
