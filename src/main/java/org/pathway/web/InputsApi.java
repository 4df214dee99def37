package org.pathway.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.pathway.pipeline.InputUploads;
import org.pathway.pipeline.InputUploads.IfExists;
import org.pathway.pipeline.InputUploads.Upload;
import org.pathway.pipeline.RunHistory;
import org.pathway.pipeline.RunView;
import org.pathway.run.FileOutcome;

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

	/**
	 * What each input file contributed to the latest run.
	 *
	 * @param runId the latest run, or null
	 * @param files its files
	 */
	record Inputs(Long runId, List<FileOutcome> files) {
	}

	/**
	 * What became of an upload.
	 *
	 * @param file its name
	 * @param kind its input kind, or null
	 * @param valid false when it was rejected
	 * @param status placed, replaced, exists or rejected
	 * @param records its data rows
	 * @param existingRecords the rows of the file of that name already there, or null
	 * @param problems every problem, as {@code FILE:LINE:COLUMN: message}
	 * @param warnings what a run would flag once it is in
	 * @param error why it was not placed when a file of its name is there, else absent
	 */
	record Uploaded(String file, String kind, boolean valid, String status, long records, Long existingRecords,
			List<String> problems, List<String> warnings, @JsonInclude(JsonInclude.Include.NON_NULL) String error) {
	}

	@GetMapping
	Inputs inputs() {
		RunView latest = this.history.recent(1).stream().findFirst().orElse(null);
		return (latest != null) ? new Inputs(latest.runId(), latest.files()) : new Inputs(null, List.of());
	}

	@PostMapping
	ResponseEntity<Uploaded> upload(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean replace) throws IOException {
		Upload upload;
		try (InputStream content = file.getInputStream()) {
			upload = this.uploads.accept(file.getOriginalFilename(), content,
					replace ? IfExists.REPLACE : IfExists.ASK);
		}
		HttpStatus status = switch (upload.status()) {
			case Upload.REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
			case Upload.EXISTS -> HttpStatus.CONFLICT;
			case Upload.REPLACED -> HttpStatus.OK;
			default -> HttpStatus.CREATED;
		};
		String error = (status == HttpStatus.CONFLICT)
				? InputPages.exists(upload) + ": send it again with replace=true to replace it" : null;
		return ResponseEntity.status(status)
			.body(new Uploaded(upload.outcome().path(),
					(upload.outcome().kind() != null) ? upload.outcome().kind().toLowerCase(Locale.ROOT) : null,
					!Upload.REJECTED.equals(upload.status()), upload.status(), upload.outcome().records(),
					upload.existingRows(), upload.problems().stream().map(Object::toString).toList(),
					upload.warnings().stream().map(Object::toString).toList(), error));
	}

}
