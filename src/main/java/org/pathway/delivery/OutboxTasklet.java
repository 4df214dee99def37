package org.pathway.delivery;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.pathway.domain.Scope;
import org.pathway.publish.ReportCatalog;
import org.pathway.render.Renderers;
import org.pathway.render.ReportFormat;
import org.pathway.run.RunRecords;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox step, after the reports: queues each funder's report files of the manifest
 * (one in every format a renderer writes, in the renderers' order) for delivery, awaiting
 * approval (or approved, when so configured), or not deliverable when the funder has no
 * contact address. The same files already queued are not queued again; a funder whose
 * manifest lacks a format is not queued. Nothing is sent here.
 */
class OutboxTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(OutboxTasklet.class);

	private final Outbox outbox;

	private final JdbcTemplate jdbc;

	private final DeliveryProperties properties;

	private final LocalDate asOf;

	private final Path output;

	private final Renderers renderers;

	OutboxTasklet(Outbox outbox, JdbcTemplate jdbc, DeliveryProperties properties, LocalDate asOf, Path output,
			Renderers renderers) {
		this.renderers = renderers;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.properties = properties;
		this.asOf = asOf;
		this.output = output;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long runId = RunRecords.runId(chunkContext);
		// each report made for a funder (of every template whose scope is funder) goes to
		// that funder
		Map<String, Map<String, ReportCatalog.Entry>> byReport = new TreeMap<>();
		for (ReportCatalog.Entry entry : new ReportCatalog(this.output).reports(this.asOf)) {
			Scope scope = Scope.parse(entry.scope());
			if (scope.is(Scope.Kind.FUNDER)) {
				byReport.computeIfAbsent(scope.id() + "\t" + entry.report(), (k) -> new HashMap<>())
					.put(entry.format(), entry);
			}
		}
		int queued = 0;
		for (Map.Entry<String, Map<String, ReportCatalog.Entry>> report : byReport.entrySet()) {
			String funderId = report.getKey().substring(0, report.getKey().indexOf('\t'));
			List<Attachment> files = attachments(report.getValue());
			if (files != null && this.outbox.queue(delivery(funderId, runId, files))) {
				queued++;
			}
		}
		contribution.incrementWriteCount(queued);
		logger.info("Queued " + queued + " of " + byReport.size() + " funders' reports for delivery");
		return RepeatStatus.FINISHED;
	}

	/**
	 * A funder as the message needs it.
	 *
	 * @param name its name
	 * @param contactEmail its addresses separated by {@code ;}, or null
	 */
	record Funder(String name, String contactEmail) {
	}

	/**
	 * One file per registered format, in the renderers' order; null when a format is
	 * missing.
	 */
	private List<Attachment> attachments(Map<String, ReportCatalog.Entry> byFormat) {
		List<Attachment> files = new ArrayList<>();
		for (ReportFormat format : this.renderers.formats()) {
			ReportCatalog.Entry entry = byFormat.get(format.name());
			if (entry == null) {
				return null;
			}
			files.add(new Attachment(entry.path(), entry.sha256()));
		}
		return files;
	}

	private Delivery delivery(String funderId, long runId, List<Attachment> files) {
		List<Funder> funder = this.jdbc.query(
				"SELECT name, contact_email AS contactemail FROM funder WHERE funder_id = ?",
				new DataClassRowMapper<>(Funder.class), funderId);
		String name = funder.isEmpty() ? funderId : funder.get(0).name();
		String contacts = funder.isEmpty() ? null : funder.get(0).contactEmail();
		String recipients = (contacts == null || contacts.isBlank()) ? null : contacts.strip();
		String status = (recipients == null) ? Delivery.NOT_DELIVERABLE
				: this.properties.autoApprove() ? Delivery.APPROVED : Delivery.AWAITING_APPROVAL;
		String checksum = Delivery.checksumOf(files);
		String messageId = "<pathway." + funderId.replaceAll("[^A-Za-z0-9._-]", "_") + "." + this.asOf + "."
				+ checksum.substring(0, 16) + "@pathway.invalid>";
		LocalDateTime now = LocalDateTime.now();
		boolean auto = Delivery.APPROVED.equals(status);
		return new Delivery(0, funderId, name, this.asOf, checksum, runId, files, recipients, status, messageId, 0,
				null, null, auto ? "auto" : null, auto ? now : null, null, now);
	}

}
