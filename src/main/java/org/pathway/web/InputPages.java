package org.pathway.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.pathway.pipeline.InputUploads;
import org.pathway.pipeline.InputUploads.IfExists;
import org.pathway.pipeline.InputUploads.Upload;
import org.pathway.pipeline.RunHistory;
import org.pathway.pipeline.RunView;
import org.pathway.pipeline.UserException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Input files: what each contributed in the latest run, and an upload form. An uploaded
 * file is checked as a run would check it and placed in the input folder only when it is
 * valid; otherwise the page lists every problem (422) and the folder stays as it was. An
 * upload that would replace a file says so with both row counts and waits (kept on the
 * server) for "Replace it" or "Keep the existing file" (409). Figures a run would flag
 * once the file is in are listed as warnings.
 */
@Controller
@ConditionalOnWebApplication
class InputPages {

	private final InputUploads uploads;

	private final RunHistory history;

	InputPages(InputUploads uploads, RunHistory history) {
		this.uploads = uploads;
		this.history = history;
	}

	@GetMapping("/inputs")
	String inputs(Model model) {
		latest(model);
		return "inputs";
	}

	@PostMapping("/inputs")
	ModelAndView upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
			throws IOException {
		String name = (file != null) ? file.getOriginalFilename() : null;
		return answer(model, () -> {
			try (InputStream content = (file != null) ? file.getInputStream() : InputStream.nullInputStream()) {
				return this.uploads.accept(name, content, IfExists.STAGE);
			}
		});
	}

	@PostMapping("/inputs/staged/{id}/replace")
	ModelAndView replace(@PathVariable String id, Model model) throws IOException {
		return answer(model, () -> this.uploads.replaceStaged(id));
	}

	@PostMapping("/inputs/staged/{id}/discard")
	ModelAndView discard(@PathVariable String id, Model model) throws IOException {
		latest(model);
		ModelAndView page = new ModelAndView("inputs");
		try {
			page.addObject("message",
					"The upload was dropped: input/" + this.uploads.discardStaged(id) + " stays as it was.");
		}
		catch (UserException ex) {
			page.addObject("message", "Nothing was dropped: " + ex.getMessage());
			page.setStatus(HttpStatus.BAD_REQUEST);
		}
		return page;
	}

	/** "input/X.csv exists (339 rows); this upload has 1 row". */
	static String exists(Upload upload) {
		return "input/" + upload.name() + " exists (" + rows(upload.existingRows()) + "); this upload has "
				+ rows(upload.outcome().records());
	}

	static String rows(Long rows) {
		if (rows == null) {
			return "no rows";
		}
		return (rows == 1) ? "1 row" : String.format(Locale.ROOT, "%,d rows", rows);
	}

	private ModelAndView answer(Model model, Check check) throws IOException {
		latest(model);
		ModelAndView page = new ModelAndView("inputs");
		try {
			Upload upload = check.run();
			page.addObject("upload", upload);
			page.addObject("uploadProblems", upload.problems().stream().map(Object::toString).toList());
			page.addObject("uploadWarnings", upload.warnings().stream().map(Object::toString).toList());
			if (Upload.EXISTS.equals(upload.status())) {
				page.addObject("exists", exists(upload) + ". Replace it?");
				page.addObject("stagedMinutes", InputUploads.STAGED_FOR.toMinutes());
			}
			page.setStatus(switch (upload.status()) {
				case Upload.REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
				case Upload.EXISTS -> HttpStatus.CONFLICT;
				default -> HttpStatus.OK;
			});
		}
		catch (UserException ex) {
			page.addObject("message", "The file was not taken: " + ex.getMessage());
			page.setStatus((ex.exitCode() == 3) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
		}
		return page;
	}

	private void latest(Model model) {
		RunView latest = this.history.recent(1).stream().findFirst().orElse(null);
		model.addAttribute("latest", latest);
		model.addAttribute("files", (latest != null) ? latest.files() : List.of());
	}

	/** An upload decision that may read files. */
	@FunctionalInterface
	private interface Check {

		Upload run() throws IOException;

	}

}
