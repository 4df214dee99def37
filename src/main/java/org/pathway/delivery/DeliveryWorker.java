package org.pathway.delivery;

import java.time.Instant;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The server's sender: at start it marks deliveries a stopped process left in flight as
 * unknown, then sends what is due every {@code pathway.delivery.poll}, and at once when
 * nudged (after an approval), on Spring's task scheduler.
 */
@Component
@ConditionalOnProperty(name = "pathway.schedule.enabled", havingValue = "true")
public class DeliveryWorker implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(DeliveryWorker.class);

	private final DeliverySender sender;

	private final TaskScheduler scheduler;

	private volatile boolean running;

	DeliveryWorker(DeliverySender sender, TaskScheduler scheduler) {
		this.sender = sender;
		this.scheduler = scheduler;
	}

	@Override
	public void start() {
		this.sender.recoverInterrupted();
		this.running = true;
	}

	/** Sends what is due, every {@code pathway.delivery.poll}. */
	@Scheduled(fixedDelayString = "${pathway.delivery.poll:30s}", initialDelayString = "${pathway.delivery.poll:30s}")
	void poll() {
		if (this.running) {
			round();
		}
	}

	/** Sends what is due now, in the background. */
	public void nudge() {
		if (this.running) {
			this.scheduler.schedule(this::round, Instant.now());
		}
	}

	private void round() {
		try {
			this.sender.sendDue();
		}
		catch (RuntimeException ex) {
			logger.error("A delivery round failed; it is tried again at the next round", ex);
		}
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
