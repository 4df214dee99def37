package org.pathway.pipeline;

import java.time.Duration;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * When the process is asked to end (SIGTERM, Ctrl-C, a closing context), the run in
 * progress is stopped at its next safe point before anything it needs (the database, the
 * web server) goes away, so it is left STOPPED and a restart resumes it, instead of being
 * cut off and recovered as failed at the next start.
 */
@Component
class GracefulStop implements SmartLifecycle {

	private final RunLauncher launcher;

	private volatile boolean running;

	GracefulStop(RunLauncher launcher) {
		this.launcher = launcher;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.launcher.stopCurrent(Duration.ofSeconds(50));
		this.running = false;
	}

	/** First of all to stop: before the schedulers, the web server and the database. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
