package org.pathway.web;

import java.security.Principal;
import java.util.List;

import org.pathway.delivery.Deliveries;
import org.pathway.delivery.Delivery;
import org.pathway.delivery.DeliveryWorker;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery log and its decisions over JSON: what was sent to whom, when, with which
 * checksum; approve, send again, mark as sent. A decision that does not apply is 409.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/deliveries")
class DeliveriesApi {

	private final Deliveries deliveries;

	private final ObjectProvider<DeliveryWorker> worker;

	DeliveriesApi(Deliveries deliveries, ObjectProvider<DeliveryWorker> worker) {
		this.deliveries = deliveries;
		this.worker = worker;
	}

	@GetMapping
	List<Delivery> list(@RequestParam(defaultValue = "100") int limit) {
		return this.deliveries.recent(Math.max(1, Math.min(limit, 1000)));
	}

	@GetMapping("/{id}")
	Delivery one(@PathVariable long id) {
		return this.deliveries.find(id);
	}

	@PostMapping("/{id}/approve")
	Delivery approve(@PathVariable long id, Principal user) {
		return nudged(this.deliveries.approve(id, user.getName()));
	}

	@PostMapping("/{id}/send-again")
	Delivery sendAgain(@PathVariable long id, Principal user) {
		return nudged(this.deliveries.sendAgain(id, user.getName()));
	}

	@PostMapping("/{id}/mark-sent")
	Delivery markSent(@PathVariable long id, Principal user) {
		return this.deliveries.markSent(id, user.getName());
	}

	private Delivery nudged(Delivery delivery) {
		this.worker.ifAvailable(DeliveryWorker::nudge);
		return delivery;
	}

}
