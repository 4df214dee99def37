package org.pathway.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in form. Spring Security checks what it posts to {@code /login} and comes back
 * here with {@code ?error}, {@code ?locked} (too many failures: how long to wait) or,
 * after signing out, {@code ?logout}.
 */
@Controller
@ConditionalOnWebApplication
class LoginPage {

	private final Clock clock;

	LoginPage(Clock clock) {
		this.clock = clock;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		Object failure = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
		if (failure instanceof SignInLockedException locked) {
			model.addAttribute("lockedSeconds", locked.secondsLeft(this.clock.instant()));
		}
		return "login";
	}

}
