package org.pathway.web;

import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.pathway.delivery.DeliveryException;
import org.pathway.pipeline.NoSuchRunException;
import org.pathway.pipeline.UserException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The API's errors as JSON {@code {"error": "..."}}: 404 for an unknown run or delivery,
 * 409 when a run is in progress or a delivery decision does not apply, 400 for a bad
 * request, 500 (details in the log only) for the rest. Never a stack trace.
 */
@RestControllerAdvice(assignableTypes = { RunsApi.class, ReportsApi.class, InputsApi.class, DeliveriesApi.class })
@ConditionalOnWebApplication
class ApiErrors {

	private static final Log logger = LogFactory.getLog(ApiErrors.class);

	@ExceptionHandler(NoSuchRunException.class)
	ResponseEntity<Map<String, String>> noSuchRun(NoSuchRunException ex) {
		return error(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(DeliveryException.class)
	ResponseEntity<Map<String, String>> delivery(DeliveryException ex) {
		return error(ex.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(UserException.class)
	ResponseEntity<Map<String, String>> user(UserException ex) {
		return error((ex.exitCode() == 3) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MultipartException.class,
			IllegalArgumentException.class, HttpMessageNotReadableException.class,
			MissingServletRequestPartException.class })
	ResponseEntity<Map<String, String>> badRequest(Exception ex) {
		String reason = (ex instanceof HttpMessageNotReadableException)
				? "the body must be JSON such as {\"asOf\": \"2026-09-30\", \"reports\": [\"funder-report\"],"
						+ " \"funders\": [\"ballmer\"]}, every field optional, dates as YYYY-MM-DD"
				: ex.getMessage();
		return error(HttpStatus.BAD_REQUEST, "bad request: " + reason);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, String>> unexpected(Exception ex) {
		logger.error("API request failed", ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, "the server could not do this; the details are in its log");
	}

	static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(Map.of("error", message));
	}

}
