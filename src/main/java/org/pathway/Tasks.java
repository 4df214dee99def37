package org.pathway;

import org.springframework.boot.task.ThreadPoolTaskExecutorCustomizer;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Work in parallel (the reports of a run, the parts of a youth-level file) runs on the
 * task executor that Boot configures ({@code spring.task.execution.*}), named
 * {@code pathway-task-}. It stops after a run in progress has been stopped gracefully, so
 * a stopping run's reports are never cut off.
 */
@Configuration(proxyBeanMethods = false)
class Tasks {

	@Bean
	ThreadPoolTaskExecutorCustomizer pathwayTasks() {
		return (executor) -> {
			executor.setThreadNamePrefix("pathway-task-");
			executor.setPhase(SmartLifecycle.DEFAULT_PHASE - 1);
		};
	}

}
