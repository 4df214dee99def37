package org.pathway.web;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Who may do what. The API ({@code /api/**}) takes HTTP Basic, keeps no session and needs
 * no CSRF token; the pages take a sign-in form and a CSRF token on every form. Viewers
 * see and download; operators also run, restart, stop and upload. The actuator shows
 * health, its probes and info to anyone and the Prometheus scrape to viewers (Basic or
 * signed in). Anything else is denied with 401 or 403. Every sign-in goes through the
 * {@link SignInThrottle}; every response carries a Content-Security-Policy.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties({ UsersProperties.class, SignInProperties.class })
class SecurityConfiguration {

	/** The pages use no script, no frames, no plugins; forms post to this server only. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; base-uri 'none'; frame-ancestors 'none';"
			+ " form-action 'self'; object-src 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return Users.encoder();
	}

	@Bean
	InMemoryUserDetailsManager users(UsersProperties properties, PasswordEncoder encoder) {
		return Users.from(properties, encoder, System.out);
	}

	@Bean
	SignInThrottle signInThrottle(SignInProperties properties, Clock clock) {
		return new SignInThrottle(properties, clock);
	}

	/** Passwords checked against the users, through the throttle. */
	@Bean
	AuthenticationManager authenticationManager(InMemoryUserDetailsManager users, PasswordEncoder encoder,
			SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		return new ProviderManager(new ThrottledAuthentication(passwords, throttle));
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager signIn, Clock clock) throws Exception {
		BasicEntryPoint entryPoint = new BasicEntryPoint(clock);
		return http.securityMatcher("/api/**")
			.authenticationManager(signIn)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/api/**")
				.hasRole(Users.VIEWER)
				.anyRequest()
				.hasRole(Users.OPERATOR))
			.httpBasic((basic) -> basic.realmName("Pathway").authenticationEntryPoint(entryPoint))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.headers(SecurityConfiguration::headers)
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(entryPoint))
			.build();
	}

	/**
	 * The actuator: health and its probes and info are public; the Prometheus scrape
	 * needs a viewer, by HTTP Basic (scrapers) or a signed-in session (which it never
	 * creates); every other endpoint is denied.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain actuator(HttpSecurity http, AuthenticationManager signIn, Clock clock) throws Exception {
		BasicEntryPoint entryPoint = new BasicEntryPoint(clock);
		return http.securityMatcher("/actuator/**")
			.authenticationManager(signIn)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/liveness",
						"/actuator/health/readiness", "/actuator/info")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/actuator/prometheus")
				.hasRole(Users.VIEWER)
				.anyRequest()
				.denyAll())
			.httpBasic((basic) -> basic.realmName("Pathway").authenticationEntryPoint(entryPoint))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.headers(SecurityConfiguration::headers)
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(entryPoint))
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager signIn) throws Exception {
		return http.authenticationManager(signIn)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/pathway.css", "/error")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/**")
				.hasRole(Users.VIEWER)
				.anyRequest()
				.hasRole(Users.OPERATOR))
			.formLogin((form) -> form.loginPage("/login").failureHandler(new SignInFailures()).permitAll())
			.logout(Customizer.withDefaults())
			.headers(SecurityConfiguration::headers)
			.exceptionHandling((errors) -> errors.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE))
			.build();
	}

	/** Spring Security's default headers, and the Content-Security-Policy. */
	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
	}

}
