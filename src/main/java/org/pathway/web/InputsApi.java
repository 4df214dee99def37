package org.pathway.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pathway.ingest.FileOutcome;
import org.pathway.pipeline.InputUploads;
import org.pathway.pipeline.RunHistory;
import org.pathway.pipeline.RunResult;
import org.pathway.pipeline.RunView;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Input files over JSON: what each file contributed in the latest run, and uploads, which
 * are checked and placed in the input folder only when valid (201), else 422 with every
 * problem.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/inputs")
class InputsApi {

	private final InputUploads uploads;

	private final RunHistory history;

	InputsApi(InputUploads uploads, RunHistory history) {
		this.uploads = uploads;
		this.history = history;
	}

	@GetMapping
	Map<String, Object> inputs() {
		RunView latest = this.history.recent(1).stream().findFirst().orElse(null);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("runId", (latest != null) ? latest.runId() : null);
		body.put("files", (latest != null) ? latest.files() : List.of());
		return body;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file) throws IOException {
		RunResult result;
		try (InputStream content = file.getInputStream()) {
			result = this.uploads.accept(file.getOriginalFilename(), content);
		}
		return uploaded(result);
	}

	static ResponseEntity<Map<String, Object>> uploaded(RunResult result) {
		FileOutcome outcome = result.files().get(0);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("file", outcome.path());
		body.put("kind", (outcome.kind() != null) ? outcome.kind().name().toLowerCase(java.util.Locale.ROOT) : null);
		body.put("valid", !result.anyRejected());
		body.put("records", outcome.records());
		body.put("problems", result.problems().stream().map(Object::toString).toList());
		return ResponseEntity.status(result.anyRejected() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CREATED)
			.body(body);
	}

}
