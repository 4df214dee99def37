package org.pathway.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pathway.pipeline.InputUploads;
import org.pathway.pipeline.InputUploads.IfExists;
import org.pathway.pipeline.InputUploads.Upload;
import org.pathway.pipeline.RunHistory;
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
 * are checked and placed in the input folder only when valid (201; 200 when it replaced a
 * file), else 422 with every problem. A file of the same name is replaced only with
 * {@code replace=true}: otherwise 409 with both row counts. Figures that a run would flag
 * once the file is in come back as warnings.
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
	ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean replace) throws IOException {
		Upload upload;
		try (InputStream content = file.getInputStream()) {
			upload = this.uploads.accept(file.getOriginalFilename(), content,
					replace ? IfExists.REPLACE : IfExists.ASK);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("file", upload.outcome().path());
		body.put("kind", (upload.outcome().kind() != null) ? upload.outcome().kind().toLowerCase(Locale.ROOT) : null);
		body.put("valid", !Upload.REJECTED.equals(upload.status()));
		body.put("status", upload.status());
		body.put("records", upload.outcome().records());
		body.put("existingRecords", upload.existingRows());
		body.put("problems", upload.problems().stream().map(Object::toString).toList());
		body.put("warnings", upload.warnings().stream().map(Object::toString).toList());
		HttpStatus status = switch (upload.status()) {
			case Upload.REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
			case Upload.EXISTS -> HttpStatus.CONFLICT;
			case Upload.REPLACED -> HttpStatus.OK;
			default -> HttpStatus.CREATED;
		};
		if (status == HttpStatus.CONFLICT) {
			body.put("error", InputPages.exists(upload) + ": send it again with replace=true to replace it");
		}
		return ResponseEntity.status(status).body(body);
	}

}
