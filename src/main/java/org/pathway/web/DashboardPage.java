package org.pathway.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.pathway.pipeline.RunHistory;
import org.pathway.pipeline.RunView;
import org.pathway.schedule.NightlySchedule;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page: the last runs, when the next nightly run is due, the headline figures
 * of the latest completed run, and (for operators) a form to run now.
 */
@Controller
@ConditionalOnWebApplication
class DashboardPage {

	private final RunHistory history;

	private final Headlines headlines;

	private final ObjectProvider<NightlySchedule> schedule;

	private final Clock clock;

	DashboardPage(RunHistory history, Headlines headlines, ObjectProvider<NightlySchedule> schedule, Clock clock) {
		this.history = history;
		this.headlines = headlines;
		this.schedule = schedule;
		this.clock = clock;
	}

	@GetMapping("/")
	String dashboard(Model model) {
		List<RunView> runs = this.history.recent(50);
		RunView latest = runs.stream()
			.filter((run) -> "run".equals(run.job()) && "COMPLETED".equals(run.status()))
			.findFirst()
			.orElse(null);
		NightlySchedule nightly = this.schedule.getIfAvailable();
		model.addAttribute("runs", runs.subList(0, Math.min(10, runs.size())));
		model.addAttribute("newest", runs.isEmpty() ? null : runs.get(0));
		model.addAttribute("next", (nightly != null) ? nightly.next().orElse(null) : null);
		model.addAttribute("latest", latest);
		model.addAttribute("figures", (latest != null) ? this.headlines.of(latest.runId()) : List.of());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "dashboard";
	}

}
