package org.pathway.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.pathway.publish.ReportCatalog;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The reports of an as-of date (the newest by default) with their downloads. A download
 * goes by the report's opaque id, exactly as the API's does; anything else is the 404
 * page.
 */
@Controller
@ConditionalOnWebApplication
class ReportPages {

	private final Folders folders;

	private final ReportsApi api;

	ReportPages(Folders folders, ReportsApi api) {
		this.folders = folders;
		this.api = api;
	}

	@GetMapping("/reports")
	String reports(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) throws IOException {
		ReportCatalog catalog = this.folders.reports();
		List<LocalDate> dates = catalog.dates();
		LocalDate shown = (date != null) ? date : dates.stream().findFirst().orElse(null);
		model.addAttribute("dates", dates);
		model.addAttribute("date", shown);
		model.addAttribute("reports", (shown != null) ? catalog.reports(shown) : List.of());
		return "reports";
	}

	@GetMapping("/reports/{id}/download")
	ResponseEntity<Resource> download(@PathVariable String id) throws IOException {
		ResponseEntity<Resource> file = this.api.download(id);
		if (file.getStatusCode().isError()) {
			throw new ResponseStatusException(file.getStatusCode());
		}
		return file;
	}

}
