package org.pathway.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in form. Spring Security checks what it posts to {@code /login} and comes back
 * here with {@code ?error} or, after signing out, {@code ?logout}.
 */
@Controller
@ConditionalOnWebApplication
class LoginPage {

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
