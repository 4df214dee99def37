package org.pathway;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The server's timers (the nightly runs, the delivery rounds) run on Spring's task
 * scheduler, which Boot configures ({@code spring.task.scheduling.*}). It stops after a
 * run in progress has been stopped gracefully, so a nightly run is never cut off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "pathway.schedule.enabled", havingValue = "true")
@EnableScheduling
class Scheduling {

	@Bean
	ThreadPoolTaskSchedulerCustomizer pathwayScheduler() {
		return (scheduler) -> {
			scheduler.setThreadNamePrefix("pathway-scheduler-");
			scheduler.setPoolSize(2);
			scheduler.setPhase(SmartLifecycle.DEFAULT_PHASE - 1);
		};
	}

}
