package org.pathway.delivery;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.pathway.run.RunRecords;
import org.pathway.io.Sha256;
import org.pathway.publish.ReportCatalog;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox step, after the reports: queues each funder's report pair of the manifest
 * for delivery, awaiting approval (or approved, when so configured), or not deliverable
 * when the funder has no contact address. A pair already queued is not queued again.
 * Nothing is sent here.
 */
class OutboxTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(OutboxTasklet.class);

	private final Outbox outbox;

	private final JdbcTemplate jdbc;

	private final DeliveryProperties properties;

	private final LocalDate asOf;

	private final Path output;

	OutboxTasklet(Outbox outbox, JdbcTemplate jdbc, DeliveryProperties properties, LocalDate asOf, Path output) {
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.properties = properties;
		this.asOf = asOf;
		this.output = output;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long runId = RunRecords.runId(chunkContext);
		Map<String, Map<String, ReportCatalog.Entry>> pairs = new TreeMap<>();
		for (ReportCatalog.Entry entry : new ReportCatalog(this.output).reports(this.asOf)) {
			if ("funder-report".equals(entry.report()) && entry.scope().startsWith("funder:")) {
				pairs.computeIfAbsent(entry.scope().substring("funder:".length()), (k) -> new LinkedHashMap<>())
					.put(entry.format(), entry);
			}
		}
		int queued = 0;
		for (Map.Entry<String, Map<String, ReportCatalog.Entry>> pair : pairs.entrySet()) {
			ReportCatalog.Entry pdf = pair.getValue().get("pdf");
			ReportCatalog.Entry xlsx = pair.getValue().get("xlsx");
			if (pdf != null && xlsx != null && this.outbox.queue(delivery(pair.getKey(), runId, pdf, xlsx))) {
				queued++;
			}
		}
		contribution.incrementWriteCount(queued);
		logger.info("Queued " + queued + " of " + pairs.size() + " funder report pairs for delivery");
		return RepeatStatus.FINISHED;
	}

	private Delivery delivery(String funderId, long runId, ReportCatalog.Entry pdf, ReportCatalog.Entry xlsx)
			throws Exception {
		List<Map<String, Object>> funder = this.jdbc
			.queryForList("SELECT name, contact_email FROM funder WHERE funder_id = ?", funderId);
		String name = funder.isEmpty() ? funderId : (String) funder.get(0).get("name");
		String contacts = funder.isEmpty() ? null : (String) funder.get(0).get("contact_email");
		String recipients = (contacts == null || contacts.isBlank()) ? null : contacts.strip();
		String status = (recipients == null) ? Delivery.NOT_DELIVERABLE
				: this.properties.autoApprove() ? Delivery.APPROVED : Delivery.AWAITING_APPROVAL;
		String checksum = Sha256.hex(pdf.sha256() + "\n" + xlsx.sha256());
		String messageId = "<pathway." + funderId.replaceAll("[^A-Za-z0-9._-]", "_") + "." + this.asOf + "."
				+ checksum.substring(0, 16) + "@pathway.invalid>";
		LocalDateTime now = LocalDateTime.now();
		boolean auto = Delivery.APPROVED.equals(status);
		return new Delivery(0, funderId, name, this.asOf, checksum, runId, pdf.path(), pdf.sha256(), xlsx.path(),
				xlsx.sha256(), recipients, status, messageId, 0, null, null, auto ? "auto" : null, auto ? now : null,
				null, now);
	}

}
