package org.pathway.web;

import java.util.Locale;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.pathway.delivery.DeliveryException;
import org.pathway.pipeline.NoSuchRunException;
import org.pathway.pipeline.UserException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The API's errors as JSON {@code {"error": "..."}}: 404 for an unknown run or delivery,
 * 409 when a run is in progress or a delivery decision does not apply, 400 in plain words
 * (never a Java type or an exception's text) for a request that cannot be understood, the
 * framework's own status (405, 406, 413, 415...) for the other mistakes of a request, 500
 * (details in the log only) for the rest. Never a stack trace.
 */
@RestControllerAdvice(assignableTypes = { RunsApi.class, ReportsApi.class, InputsApi.class, DeliveriesApi.class })
@ConditionalOnWebApplication
class ApiErrors {

	static final String BODY = "the body must be JSON such as {\"asOf\": \"2026-09-30\", \"reports\":"
			+ " [\"funder-report\"], \"funders\": [\"ballmer\"]}, every field optional, dates as YYYY-MM-DD";

	static final String UPLOAD = "the upload could not be read: send the file as multipart/form-data, in a part"
			+ " named 'file', under a plain file name (letters, digits, '.', '_' and '-'; no control characters)";

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
		return (ex.exitCode() == 3) ? error(HttpStatus.CONFLICT, ex.getMessage()) : badRequest(ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, String>> badValue(MethodArgumentTypeMismatchException ex) {
		return badRequest(BadRequests.badValue(ex.getName(), ex.getValue(), ex.getRequiredType()));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<Map<String, String>> missing(MissingServletRequestParameterException ex) {
		return badRequest("the parameter '" + BadRequests.shown(ex.getParameterName()) + "' is missing");
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException ex) {
		return badRequest(BODY);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException ex) {
		return error(HttpStatus.CONTENT_TOO_LARGE,
				"the upload is larger than this server accepts" + " (spring.servlet.multipart.max-file-size)");
	}

	@ExceptionHandler({ MultipartException.class, MissingServletRequestPartException.class })
	ResponseEntity<Map<String, String>> notAnUpload(Exception ex) {
		return badRequest(UPLOAD);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, String>> illegal(IllegalArgumentException ex) {
		logger.info("API request refused: " + BadRequests.shown(ex.getMessage()));
		return badRequest("a value in the request is not valid");
	}

	/**
	 * Spring's own refusals (wrong method, media type, size...) keep their status, in
	 * words; anything else is the server's fault.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, String>> unexpected(Exception ex) {
		if (ex instanceof ErrorResponse refused && refused.getStatusCode().value() < 500) {
			HttpStatusCode status = refused.getStatusCode();
			HttpStatus known = HttpStatus.resolve(status.value());
			String reason = (known != null) ? known.getReasonPhrase().toLowerCase(Locale.ROOT) : "refused";
			return ResponseEntity.status(status).headers(refused.getHeaders()).body(Map.of("error", reason));
		}
		logger.error("API request failed", ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, "the server could not do this; the details are in its log");
	}

	static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(Map.of("error", message));
	}

	private static ResponseEntity<Map<String, String>> badRequest(String reason) {
		return error(HttpStatus.BAD_REQUEST, "bad request: " + reason);
	}

}
