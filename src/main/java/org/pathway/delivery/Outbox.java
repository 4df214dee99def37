package org.pathway.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: the delivery table, and each delivery's files in delivery_attachment. Every
 * change of status is one guarded UPDATE, so two senders (or a sender and a person) can
 * never both move the same delivery: the loser changes nothing and is told so.
 */
@Component
public class Outbox {

	private static final String COLUMNS = "delivery_id, funder_id, funder_name, as_of, checksum, run_id,"
			+ " recipients, status, message_id, attempts, next_attempt_at, last_error, decided_by, decided_at, sent_at,"
			+ " created_at";

	/** Ids per query of attachments, well below what every driver takes. */
	private static final int IDS_PER_QUERY = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	Outbox(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Queues the delivery with its files, in one transaction, unless the same (funder,
	 * date, checksum) is queued already.
	 */
	boolean queue(Delivery d) {
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			boolean inserted = this.jdbc.update(
					"INSERT INTO delivery (funder_id, funder_name, as_of, checksum,"
							+ " run_id, recipients, status, message_id, attempts, decided_by, decided_at, created_at)"
							+ " SELECT ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM delivery"
							+ " WHERE funder_id = ? AND as_of = ? AND checksum = ?)",
					d.funderId(), d.funderName(), d.asOf(), d.checksum(), d.runId(), d.recipients(), d.status(),
					d.messageId(), d.decidedBy(), timestamp(d.decidedAt()), timestamp(d.createdAt()), d.funderId(),
					d.asOf(), d.checksum()) == 1;
			if (inserted) {
				long id = this.jdbc.queryForObject(
						"SELECT delivery_id FROM delivery WHERE funder_id = ? AND as_of = ? AND checksum = ?",
						Long.class, d.funderId(), d.asOf(), d.checksum());
				List<Object[]> rows = new ArrayList<>();
				for (int i = 0; i < d.attachments().size(); i++) {
					Attachment file = d.attachments().get(i);
					rows.add(new Object[] { id, i + 1, file.path(), file.sha256() });
				}
				this.jdbc.batchUpdate(
						"INSERT INTO delivery_attachment (delivery_id, position, path, sha256) VALUES (?, ?, ?, ?)",
						rows);
			}
			return inserted;
		}));
	}

	public List<Delivery> recent(int limit) {
		return withAttachments(
				this.jdbc.query("SELECT " + COLUMNS + " FROM delivery ORDER BY delivery_id DESC FETCH FIRST "
						+ Math.max(1, limit) + " ROWS ONLY", Outbox::row));
	}

	public Optional<Delivery> find(long id) {
		return withAttachments(
				this.jdbc.query("SELECT " + COLUMNS + " FROM delivery WHERE delivery_id = ?", Outbox::row, id))
			.stream()
			.findFirst();
	}

	/** Deliveries the sender should take now: approved, or failed and due again. */
	List<Delivery> due(LocalDateTime now, int maxAttempts) {
		return withAttachments(this.jdbc.query("SELECT " + COLUMNS + " FROM delivery WHERE status = ? OR (status = ?"
				+ " AND next_attempt_at IS NOT NULL AND next_attempt_at <= ? AND attempts < ?) ORDER BY delivery_id",
				Outbox::row, Delivery.APPROVED, Delivery.FAILED, timestamp(now), maxAttempts));
	}

	/**
	 * A person's (or the configuration's) decision: moves the delivery from {@code from}
	 * to {@code to}; false if it was not in {@code from}.
	 */
	boolean decide(long id, String from, String to, String by) {
		return this.jdbc.update(
				"UPDATE delivery SET status = ?, decided_by = ?, decided_at = ?, next_attempt_at ="
						+ " NULL WHERE delivery_id = ? AND status = ?",
				to, by, timestamp(LocalDateTime.now()), id, from) == 1;
	}

	/** A person says a delivery in doubt did reach the mail server. */
	boolean markSent(long id, String by) {
		LocalDateTime now = LocalDateTime.now();
		return this.jdbc.update(
				"UPDATE delivery SET status = ?, decided_by = ?, decided_at = ?, sent_at = ?,"
						+ " next_attempt_at = NULL WHERE delivery_id = ? AND status = ?",
				Delivery.SENT, by, timestamp(now), timestamp(now), id, Delivery.UNKNOWN) == 1;
	}

	/**
	 * The sender takes it: one attempt more, status sending. False if someone else did.
	 */
	boolean claim(long id, String from) {
		return this.jdbc.update(
				"UPDATE delivery SET status = ?, attempts = attempts + 1 WHERE delivery_id = ?" + " AND status = ?",
				Delivery.SENDING, id, from) == 1;
	}

	void sent(long id) {
		this.jdbc.update(
				"UPDATE delivery SET status = ?, sent_at = ?, last_error = NULL, next_attempt_at = NULL"
						+ " WHERE delivery_id = ? AND status = ?",
				Delivery.SENT, timestamp(LocalDateTime.now()), id, Delivery.SENDING);
	}

	void failed(long id, String error, LocalDateTime nextAttempt) {
		this.jdbc.update(
				"UPDATE delivery SET status = ?, last_error = ?, next_attempt_at = ? WHERE delivery_id = ?"
						+ " AND status = ?",
				Delivery.FAILED, (error.length() > 2000) ? error.substring(0, 2000) : error, timestamp(nextAttempt), id,
				Delivery.SENDING);
	}

	/**
	 * Deliveries a stopped process left {@code sending}: whether the mail server accepted
	 * them cannot be known here, so they wait for a person.
	 */
	int interrupted() {
		return this.jdbc.update("UPDATE delivery SET status = ?, last_error = ? WHERE status = ?", Delivery.UNKNOWN,
				"Pathway stopped while handing this message to the mail server, so it may or may not have been"
						+ " sent. Ask the recipient or look for its Message-ID in the mail server's log, then mark it"
						+ " sent or send it again.",
				Delivery.SENDING);
	}

	/** The deliveries, each with its files in position order, read in a few queries. */
	private List<Delivery> withAttachments(List<Delivery> deliveries) {
		Map<Long, List<Attachment>> files = new HashMap<>();
		for (int from = 0; from < deliveries.size(); from += IDS_PER_QUERY) {
			List<Delivery> some = deliveries.subList(from, Math.min(deliveries.size(), from + IDS_PER_QUERY));
			this.jdbc.query("SELECT delivery_id, path, sha256 FROM delivery_attachment WHERE delivery_id IN ("
					+ String.join(", ", Collections.nCopies(some.size(), "?")) + ") ORDER BY delivery_id, position",
					(rs) -> {
						files.computeIfAbsent(rs.getLong("delivery_id"), (id) -> new ArrayList<>())
							.add(new Attachment(rs.getString("path"), rs.getString("sha256")));
					}, some.stream().map(Delivery::id).toArray());
		}
		return deliveries.stream().map((d) -> withAttachments(d, files.getOrDefault(d.id(), List.of()))).toList();
	}

	private static Delivery withAttachments(Delivery d, List<Attachment> files) {
		return new Delivery(d.id(), d.funderId(), d.funderName(), d.asOf(), d.checksum(), d.runId(), files,
				d.recipients(), d.status(), d.messageId(), d.attempts(), d.nextAttemptAt(), d.lastError(),
				d.decidedBy(), d.decidedAt(), d.sentAt(), d.createdAt());
	}

	/** A delivery's row, its files still to be read. */
	private static Delivery row(ResultSet rs, int row) throws SQLException {
		return new Delivery(rs.getLong("delivery_id"), rs.getString("funder_id"), rs.getString("funder_name"),
				rs.getObject("as_of", java.time.LocalDate.class), rs.getString("checksum"), rs.getLong("run_id"),
				List.of(), rs.getString("recipients"), rs.getString("status"), rs.getString("message_id"),
				rs.getInt("attempts"), local(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
				rs.getString("decided_by"), local(rs.getTimestamp("decided_at")), local(rs.getTimestamp("sent_at")),
				local(rs.getTimestamp("created_at")));
	}

	private static LocalDateTime local(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toLocalDateTime() : null;
	}

	private static Timestamp timestamp(LocalDateTime time) {
		return (time != null) ? Timestamp.valueOf(time) : null;
	}

}
