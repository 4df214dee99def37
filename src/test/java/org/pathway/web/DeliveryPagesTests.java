package org.pathway.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The deliveries page: after a run, each funder's files wait for an operator's approval,
 * listed with their checksums; a funder without an address says so; viewers see the log
 * but cannot decide.
 */
class DeliveryPagesTests extends PagesTestBase {

	@Test
	void aRunsFunderReportsWaitForAnOperatorsApproval() throws Exception {
		completedRun();
		String asViewer = page("/deliveries", viewer());
		assertThat(asViewer)
			.contains("<th scope=\"row\">Ballmer Group</th>", "grants@example.org, officer@example.org",
					"awaiting approval", "Fondation Horizon Jeunesse", "no contact address", "not deliverable")
			.containsPattern("<td data-label=\"Files\"><div title=\"SHA-256 [0-9a-f]{64}\">ballmer-2026-09-30.pdf</div>"
					+ "<div title=\"SHA-256 [0-9a-f]{64}\">ballmer-2026-09-30.xlsx</div></td>")
			.doesNotContain("Approve and send");
		String asOperator = page("/deliveries", operator());
		assertThat(asOperator).containsOnlyOnce("Approve and send");
		long id = Long.parseLong(asOperator.replaceAll("(?s).*action=\"/deliveries/(\\d+)/approve\".*", "$1"));

		this.mvc.perform(post("/deliveries/" + id + "/approve").with(viewer()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/deliveries/" + id + "/approve").with(operator())).andExpect(status().isForbidden());
		assertThat(page("/deliveries", operator())).contains("awaiting approval");

		this.mvc.perform(post("/deliveries/" + id + "/approve").with(operator()).with(csrf()))
			.andExpect(redirectedUrl("/deliveries"))
			.andExpect(flash().attribute("message",
					"The delivery of Ballmer Group's reports as of 2026-09-30 approved; it is sent within a minute."));
		String after = page("/deliveries", operator());
		assertThat(after).contains(">approved<", "<td data-label=\"Decided by\">operator</td>")
			.doesNotContain("Approve and send");
		this.mvc.perform(post("/deliveries/" + id + "/approve").with(operator()).with(csrf()))
			.andExpect(flash().attribute("message",
					"Not done: cannot approve delivery " + id + " to ballmer: it is approved"));
	}

}
