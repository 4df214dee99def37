package org.pathway.web;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pathway.publish.ReportCatalog;
import org.pathway.render.Renderers;
import org.pathway.render.ReportFormat;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports over JSON: the reports of a date, and a download by opaque id, served with the
 * media type its format's renderer gives. An id is never a path; anything that is not the
 * id of a listed report is 404.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/reports")
class ReportsApi {

	private final Folders folders;

	private final Renderers renderers;

	ReportsApi(Folders folders, Renderers renderers) {
		this.folders = folders;
		this.renderers = renderers;
	}

	@GetMapping
	Map<String, Object> reports(@RequestParam(required = false) LocalDate date) throws IOException {
		ReportCatalog catalog = this.folders.reports();
		List<LocalDate> dates = catalog.dates();
		LocalDate shown = (date != null) ? date : dates.stream().findFirst().orElse(null);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("date", shown);
		body.put("dates", dates);
		body.put("reports",
				(shown != null) ? catalog.reports(shown).stream().map(ReportsApi::listed).toList() : List.of());
		return body;
	}

	@GetMapping("/{id}")
	ResponseEntity<Resource> download(@PathVariable String id) throws IOException {
		ReportCatalog catalog = this.folders.reports();
		ReportCatalog.Entry entry = catalog.find(id).orElse(null);
		if (entry == null || !Files.isRegularFile(catalog.file(entry))) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		return file(catalog, entry);
	}

	/**
	 * The file, as its format's media type; a format no longer registered is served as
	 * bytes.
	 */
	private ResponseEntity<Resource> file(ReportCatalog catalog, ReportCatalog.Entry entry) {
		MediaType type = this.renderers.format(entry.format())
			.map(ReportFormat::mediaType)
			.map(MediaType::parseMediaType)
			.orElse(MediaType.APPLICATION_OCTET_STREAM);
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(entry.fileName()).build().toString())
			.header("X-Checksum-SHA256", entry.sha256())
			.body(new FileSystemResource(catalog.file(entry)));
	}

	private static Map<String, Object> listed(ReportCatalog.Entry entry) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("id", entry.id());
		map.put("asOf", entry.asOf());
		map.put("runId", entry.runId());
		map.put("report", entry.report());
		map.put("scope", entry.scope());
		map.put("format", entry.format());
		map.put("file", entry.fileName());
		map.put("bytes", entry.bytes());
		map.put("sha256", entry.sha256());
		map.put("href", "/api/reports/" + entry.id());
		return map;
	}

}
