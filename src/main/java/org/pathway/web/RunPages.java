package org.pathway.web;

import java.time.LocalDate;
import java.util.List;

import org.pathway.pipeline.NoSuchRunException;
import org.pathway.pipeline.RunHistory;
import org.pathway.pipeline.RunLauncher;
import org.pathway.pipeline.RunTicket;
import org.pathway.pipeline.RunView;
import org.pathway.pipeline.UserException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Run now, one run's page (refreshing itself while the run goes on), restart and stop.
 * Every action redirects to a page (post, redirect, get); a refused action comes back
 * with its reason as a message.
 */
@Controller
@ConditionalOnWebApplication
class RunPages {

	static final int PROBLEMS_SHOWN = 1000;

	private final RunLauncher launcher;

	private final RunHistory history;

	private final Folders folders;

	RunPages(RunLauncher launcher, RunHistory history, Folders folders) {
		this.launcher = launcher;
		this.history = history;
		this.folders = folders;
	}

	@PostMapping("/runs")
	String runNow(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			RedirectAttributes redirect) {
		RunTicket ticket;
		try {
			ticket = this.launcher.submit(this.folders.run(asOf, null, null));
		}
		catch (UserException ex) {
			redirect.addFlashAttribute("message", "The run was not started: " + ex.getMessage());
			return "redirect:/";
		}
		if (ticket.alreadyDone()) {
			redirect.addFlashAttribute("message", "An identical run (same as-of date and input files) had"
					+ " completed, so nothing was run again: here it is.");
		}
		return "redirect:/runs/" + ticket.runId();
	}

	@GetMapping("/runs/{runId}")
	String run(@PathVariable long runId, Model model) {
		RunView run = this.history.find(runId).orElseThrow(() -> new NoSuchRunException(runId));
		List<String> problems = this.history.problems(runId)
			.stream()
			.limit(PROBLEMS_SHOWN)
			.map(Object::toString)
			.toList();
		model.addAttribute("run", run);
		model.addAttribute("problems", problems);
		return "run";
	}

	@PostMapping("/runs/{runId}/restart")
	String restart(@PathVariable long runId, RedirectAttributes redirect) {
		return act(runId, redirect, "Restarted: the run resumes where it stopped.", () -> this.launcher.restart(runId));
	}

	@PostMapping("/runs/{runId}/stop")
	String stop(@PathVariable long runId, RedirectAttributes redirect) {
		return act(runId, redirect, "Stopping: the run stops at its next safe point and can be restarted.",
				() -> this.launcher.stop(runId));
	}

	private String act(long runId, RedirectAttributes redirect, String done, Runnable action) {
		this.history.find(runId).orElseThrow(() -> new NoSuchRunException(runId));
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (UserException ex) {
			redirect.addFlashAttribute("message", "Not done: " + ex.getMessage());
		}
		return "redirect:/runs/" + runId;
	}

}
