package org.pathway.web;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may sign in: {@code pathway.users.<name>.password} (a hash such as
 * {@code {bcrypt}$2a$...}, made by {@code pathway hash-password}) and
 * {@code pathway.users.<name>.role} ({@code viewer} or {@code operator}).
 *
 * @param users name to user
 */
@ConfigurationProperties("pathway")
record UsersProperties(Map<String, User> users) {

	UsersProperties {
		users = (users != null) ? Map.copyOf(users) : Map.of();
	}

	/**
	 * One user.
	 *
	 * @param password the password's hash, with its {@code {id}} prefix
	 * @param role {@code viewer} (see, download) or {@code operator} (also run, upload)
	 */
	record User(String password, String role) {
	}

}
