package org.pathway.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Who may do what. The API ({@code /api/**}) takes HTTP Basic, keeps no session and needs
 * no CSRF token; the pages take a sign-in form and a CSRF token on every form. Viewers
 * see and download; operators also run, restart, stop and upload. The actuator shows
 * health and info only. Anything else is denied with 401 or 403.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(UsersProperties.class)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return Users.encoder();
	}

	@Bean
	InMemoryUserDetailsManager users(UsersProperties properties, PasswordEncoder encoder) {
		return Users.from(properties, encoder, System.out);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/api/**")
				.hasRole(Users.VIEWER)
				.anyRequest()
				.hasRole(Users.OPERATOR))
			.httpBasic((basic) -> basic.realmName("Pathway"))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(new BasicEntryPoint()))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**")
				.denyAll()
				.requestMatchers("/login", "/pathway.css", "/error")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/**")
				.hasRole(Users.VIEWER)
				.anyRequest()
				.hasRole(Users.OPERATOR))
			.formLogin((form) -> form.loginPage("/login").permitAll())
			.logout(Customizer.withDefaults())
			.exceptionHandling((errors) -> errors
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						(request) -> request.getRequestURI().startsWith("/actuator"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						AnyRequestMatcher.INSTANCE))
			.build();
	}

}
