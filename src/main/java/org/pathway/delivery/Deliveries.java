package org.pathway.delivery;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What people do with deliveries, from the pages, the API or the command line: look,
 * approve, send again one that failed or is in doubt, or mark one in doubt as sent.
 */
@Component
public class Deliveries {

	private final Outbox outbox;

	Deliveries(Outbox outbox) {
		this.outbox = outbox;
	}

	public List<Delivery> recent(int limit) {
		return this.outbox.recent(limit);
	}

	public Delivery find(long id) {
		return this.outbox.find(id).orElseThrow(() -> new DeliveryException("there is no delivery " + id, true));
	}

	/**
	 * Approves a delivery waiting for approval; the sender takes it at its next round.
	 */
	public Delivery approve(long id, String by) {
		return decide(id, Delivery.AWAITING_APPROVAL, Delivery.APPROVED, by, "approve");
	}

	/** Sends again a delivery that failed or whose fate is unknown. */
	public Delivery sendAgain(long id, String by) {
		Delivery delivery = find(id);
		if (!delivery.status().equals(Delivery.FAILED) && !delivery.status().equals(Delivery.UNKNOWN)) {
			throw refused(delivery, "send again");
		}
		return decide(id, delivery.status(), Delivery.APPROVED, by, "send again");
	}

	/**
	 * Records that a delivery in doubt did reach the mail server, so it is not sent
	 * again.
	 */
	public Delivery markSent(long id, String by) {
		Delivery delivery = find(id);
		if (!this.outbox.markSent(id, by)) {
			throw refused(delivery, "mark as sent");
		}
		return find(id);
	}

	private Delivery decide(long id, String from, String to, String by, String action) {
		Delivery delivery = find(id);
		if (!this.outbox.decide(id, from, to, by)) {
			throw refused(delivery, action);
		}
		return find(id);
	}

	private static DeliveryException refused(Delivery delivery, String action) {
		return new DeliveryException("cannot " + action + " delivery " + delivery.id() + " to " + delivery.funderId()
				+ ": it is " + delivery.status().replace('_', ' '), false);
	}

}
