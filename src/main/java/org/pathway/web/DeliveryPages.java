package org.pathway.web;

import java.security.Principal;
import java.util.function.Supplier;

import org.pathway.delivery.Deliveries;
import org.pathway.delivery.Delivery;
import org.pathway.delivery.DeliveryException;
import org.pathway.delivery.DeliveryWorker;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The delivery log (what was sent to whom, when, with which checksum) and the decisions
 * on it: approve a funder's reports, send again one that failed or is in doubt, or mark
 * one in doubt as sent.
 */
@Controller
@ConditionalOnWebApplication
class DeliveryPages {

	private final Deliveries deliveries;

	private final ObjectProvider<DeliveryWorker> worker;

	DeliveryPages(Deliveries deliveries, ObjectProvider<DeliveryWorker> worker) {
		this.deliveries = deliveries;
		this.worker = worker;
	}

	@GetMapping("/deliveries")
	String deliveries(Model model) {
		model.addAttribute("deliveries", this.deliveries.recent(200));
		return "deliveries";
	}

	@PostMapping("/deliveries/{id}/approve")
	String approve(@PathVariable long id, Principal user, RedirectAttributes redirect) {
		return act(redirect, () -> this.deliveries.approve(id, user.getName()), "approved; it is sent within a minute",
				true);
	}

	@PostMapping("/deliveries/{id}/send-again")
	String sendAgain(@PathVariable long id, Principal user, RedirectAttributes redirect) {
		return act(redirect, () -> this.deliveries.sendAgain(id, user.getName()), "will be sent again", true);
	}

	@PostMapping("/deliveries/{id}/mark-sent")
	String markSent(@PathVariable long id, Principal user, RedirectAttributes redirect) {
		return act(redirect, () -> this.deliveries.markSent(id, user.getName()), "is recorded as sent", false);
	}

	private String act(RedirectAttributes redirect, Supplier<Delivery> action, String done, boolean send) {
		try {
			Delivery delivery = action.get();
			if (send) {
				this.worker.ifAvailable(DeliveryWorker::nudge);
			}
			redirect.addFlashAttribute("message", "The delivery of " + delivery.funderName() + "'s reports as of "
					+ delivery.asOf() + " " + done + ".");
		}
		catch (DeliveryException ex) {
			redirect.addFlashAttribute("message", "Not done: " + ex.getMessage());
		}
		return "redirect:/deliveries";
	}

}
