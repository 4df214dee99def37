package org.pathway.delivery;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The server's sender: at start it marks deliveries a stopped process left in flight as
 * unknown, then sends what is due every {@code pathway.delivery.poll}, and at once when
 * nudged (after an approval).
 */
@Component
@ConditionalOnProperty(name = "pathway.schedule.enabled", havingValue = "true")
public class DeliveryWorker implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(DeliveryWorker.class);

	private final DeliverySender sender;

	private final DeliveryProperties properties;

	private ScheduledExecutorService timer;

	DeliveryWorker(DeliverySender sender, DeliveryProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	@Override
	public void start() {
		this.sender.recoverInterrupted();
		this.timer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "pathway-delivery");
			thread.setDaemon(true);
			return thread;
		});
		long poll = this.properties.poll().toMillis();
		this.timer.scheduleWithFixedDelay(this::round, poll, poll, TimeUnit.MILLISECONDS);
	}

	/** Sends what is due now, in the background. */
	public void nudge() {
		if (this.timer != null && !this.timer.isShutdown()) {
			this.timer.execute(this::round);
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
		if (this.timer != null) {
			this.timer.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.timer != null && !this.timer.isShutdown();
	}

}
