package org.pathway.web;

import org.pathway.pipeline.NoSuchRunException;
import org.pathway.pipeline.UserException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page shows in its header (who is signed in, whether they may run and
 * upload), and the pages' errors as a plain page with a message: 404 for an unknown run,
 * 400 for a request that cannot be understood. Never a stack trace.
 */
@ControllerAdvice(assignableTypes = { DashboardPage.class, RunPages.class, ReportPages.class, InputPages.class,
		DeliveryPages.class })
@ConditionalOnWebApplication
class PageAdvice {

	@ModelAttribute("user")
	String user(Authentication authentication) {
		return (authentication != null) ? authentication.getName() : null;
	}

	@ModelAttribute("operator")
	boolean operator(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(("ROLE_" + Users.OPERATOR)::equals);
	}

	@ExceptionHandler(NoSuchRunException.class)
	ModelAndView noSuchRun(NoSuchRunException ex) {
		return error(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(UserException.class)
	ModelAndView user(UserException ex) {
		return error(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badValue(MethodArgumentTypeMismatchException ex) {
		return error(HttpStatus.BAD_REQUEST, BadRequests.badValue(ex.getName(), ex.getValue(), ex.getRequiredType()));
	}

	static ModelAndView error(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("error", status.getReasonPhrase());
		page.addObject("message", message);
		return page;
	}

}
