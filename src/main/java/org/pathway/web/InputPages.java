package org.pathway.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.pathway.pipeline.InputUploads;
import org.pathway.pipeline.RunHistory;
import org.pathway.pipeline.RunResult;
import org.pathway.pipeline.RunView;
import org.pathway.pipeline.UserException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Input files: what each contributed in the latest run, and an upload form. An uploaded
 * file is checked as a run would check it and placed in the input folder only when it is
 * valid; otherwise the page lists every problem (422) and the folder stays as it was.
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
		latest(model);
		ModelAndView page = new ModelAndView("inputs");
		String name = (file != null) ? file.getOriginalFilename() : null;
		try (InputStream content = (file != null) ? file.getInputStream() : InputStream.nullInputStream()) {
			RunResult result = this.uploads.accept(name, content);
			page.addObject("upload", result.files().get(0));
			page.addObject("uploadProblems", result.problems().stream().map(Object::toString).toList());
			page.setStatus(result.anyRejected() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK);
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

}
