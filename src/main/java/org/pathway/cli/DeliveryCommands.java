package org.pathway.cli;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.pathway.delivery.Deliveries;
import org.pathway.delivery.Delivery;
import org.pathway.delivery.DeliveryException;
import org.pathway.delivery.DeliverySender;
import org.pathway.pipeline.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.context.ApplicationContext;

/**
 * {@code deliveries} (the delivery log), {@code approve DELIVERY_ID} and {@code deliver}
 * (send what is approved, once), for those who run Pathway from a scheduler without the
 * server.
 */
final class DeliveryCommands {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private final ApplicationContext context;

	private final PrintStream out;

	DeliveryCommands(ApplicationContext context, PrintStream out) {
		this.context = context;
		this.out = out;
	}

	int list(int limit) {
		List<Delivery> deliveries = this.context.getBean(Deliveries.class).recent(limit);
		if (deliveries.isEmpty()) {
			this.out.println("No deliveries yet: a run queues one per funder report.");
			return Cli.DONE;
		}
		this.out.println(String.format(Locale.ROOT, "%5s  %-16s  %-10s  %-17s  %-16s  %-12s  %s", "ID", "FUNDER",
				"AS-OF", "STATUS", "SENT", "CHECKSUM", "TO"));
		for (Delivery d : deliveries) {
			this.out.println(String.format(Locale.ROOT, "%5d  %-16s  %-10s  %-17s  %-16s  %-12s  %s", d.id(),
					d.funderId(), d.asOf(), d.status(), (d.sentAt() != null) ? TIME.format(d.sentAt()) : "-",
					d.checksum().substring(0, 12), (d.recipients() != null) ? d.recipients() : "(no contact address)"));
			if (d.lastError() != null) {
				this.out.println("       " + d.lastError());
			}
		}
		return Cli.DONE;
	}

	int approve(long id) {
		try {
			Delivery approved = this.context.getBean(Deliveries.class)
				.approve(id, "command line (" + System.getProperty("user.name") + ")");
			this.out.println("Delivery " + id + " to " + approved.funderId() + " is approved; 'deliver' sends it.");
			return Cli.DONE;
		}
		catch (DeliveryException ex) {
			throw new UserException(ex.notFound() ? Cli.USAGE : 3, ex.getMessage());
		}
	}

	int deliver() {
		DeliverySender sender = this.context.getBean(DeliverySender.class);
		sender.recoverInterrupted();
		DeliverySender.Round round = sender.sendDue();
		if (round.waiting() != null) {
			throw new UserException(Cli.FAILED, round.due() + " deliveries wait: " + round.waiting());
		}
		this.out.println("Sent " + round.sent() + " of " + round.due() + " due deliveries"
				+ ((round.failed() > 0) ? "; " + round.failed() + " failed and will be tried again" : "") + ".");
		return (round.failed() > 0) ? Cli.FAILED : Cli.DONE;
	}

	/** The Spring settings the delivery commands need beside the database. */
	private static Map<String, Object> settings(Options.Output output) {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("pathway.folders.output", output.output.toString());
		return settings;
	}

	@Command(name = "deliveries",
			description = "The delivery log: each funder's reports, to whom, and what became of them.")
	static final class Listing implements Callable<Integer> {

		@Option(names = "--limit", paramLabel = "N", defaultValue = "20",
				description = "how many (default: ${DEFAULT-VALUE})")
		int limit;

		@Mixin
		Options.Output output;

		@Mixin
		Options.Data data;

		private final Shell shell;

		Listing(Shell shell) {
			this.shell = shell;
		}

		@Override
		public Integer call() throws Exception {
			return this.shell.withContext(this.data, settings(this.output),
					(context) -> new DeliveryCommands(context, this.shell.out()).list(this.limit));
		}

	}

	@Command(name = "approve", description = "Approve a delivery; 'deliver' (or the server) then sends it.")
	static final class Approve implements Callable<Integer> {

		@Parameters(paramLabel = "ID", description = "a delivery id that 'deliveries' lists")
		long id;

		@Mixin
		Options.Output output;

		@Mixin
		Options.Data data;

		private final Shell shell;

		Approve(Shell shell) {
			this.shell = shell;
		}

		@Override
		public Integer call() throws Exception {
			return this.shell.withContext(this.data, settings(this.output),
					(context) -> new DeliveryCommands(context, this.shell.out()).approve(this.id));
		}

	}

	@Command(name = "deliver",
			description = "E-mail every approved delivery (spring.mail.* in data/pathway.properties).")
	static final class Deliver implements Callable<Integer> {

		@Mixin
		Options.Output output;

		@Mixin
		Options.Data data;

		private final Shell shell;

		Deliver(Shell shell) {
			this.shell = shell;
		}

		@Override
		public Integer call() throws Exception {
			return this.shell.withContext(this.data, settings(this.output),
					(context) -> new DeliveryCommands(context, this.shell.out()).deliver());
		}

	}

}
