package org.pathway.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.pathway.pipeline.NoSuchRunException;
import org.pathway.pipeline.RunHistory;
import org.pathway.pipeline.RunLauncher;
import org.pathway.pipeline.RunTicket;
import org.pathway.pipeline.RunView;
import org.pathway.pipeline.UserException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runs over JSON: start, list, look at one, restart, stop. Starting an identical run that
 * has completed returns it (200); a new run is accepted (202); a run in progress refuses
 * (409).
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/runs")
class RunsApi {

	private final RunLauncher launcher;

	private final RunHistory history;

	private final Folders folders;

	RunsApi(RunLauncher launcher, RunHistory history, Folders folders) {
		this.launcher = launcher;
		this.history = history;
		this.folders = folders;
	}

	@PostMapping
	ResponseEntity<RunTicket> start(@RequestBody(required = false) StartRequest body) {
		StartRequest asked = (body != null) ? body : new StartRequest(null, null, null);
		RunTicket ticket = this.launcher.submit(this.folders.run(asked.date(), asked.reports(), asked.funders()));
		return ResponseEntity.status(ticket.alreadyDone() ? HttpStatus.OK : HttpStatus.ACCEPTED)
			.header("Location", "/api/runs/" + ticket.runId())
			.body(ticket);
	}

	@GetMapping
	List<RunView> runs(@RequestParam(defaultValue = "50") int limit) {
		return this.history.recent(Math.max(1, Math.min(limit, 500)));
	}

	/**
	 * One run and its problems (the first 1,000, as {@code FILE:LINE:COLUMN: message}).
	 *
	 * @param run the run
	 * @param problems its problems
	 */
	record RunDetail(RunView run, List<String> problems) {
	}

	/**
	 * A stop that was asked for.
	 *
	 * @param runId the run
	 * @param status {@code STOPPING}
	 */
	record Stopping(long runId, String status) {
	}

	@GetMapping("/{runId}")
	RunDetail run(@PathVariable long runId) {
		RunView run = this.history.find(runId).orElseThrow(() -> new NoSuchRunException(runId));
		List<String> problems = this.history.problems(runId).stream().limit(1000).map(Object::toString).toList();
		return new RunDetail(run, problems);
	}

	@PostMapping("/{runId}/restart")
	ResponseEntity<RunTicket> restart(@PathVariable long runId) {
		return ResponseEntity.accepted().header("Location", "/api/runs/" + runId).body(this.launcher.restart(runId));
	}

	@PostMapping("/{runId}/stop")
	ResponseEntity<Stopping> stop(@PathVariable long runId) {
		this.launcher.stop(runId);
		return ResponseEntity.accepted().body(new Stopping(runId, "STOPPING"));
	}

	/**
	 * What may be asked of a new run; everything is optional. The date is read here, as
	 * text, so that a number (which JSON readers take for a count of days) is refused.
	 *
	 * @param asOf the as-of date as YYYY-MM-DD (default today)
	 * @param reports report templates (default all)
	 * @param funders funders (default all)
	 */
	record StartRequest(String asOf, List<String> reports, List<String> funders) {

		LocalDate date() {
			if (this.asOf == null) {
				return null;
			}
			try {
				return LocalDate.parse(this.asOf);
			}
			catch (DateTimeParseException ex) {
				throw new UserException(2, BadRequests.badValue("asOf", this.asOf, LocalDate.class));
			}
		}

	}

}
