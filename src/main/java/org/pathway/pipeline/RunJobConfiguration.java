package org.pathway.pipeline;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Pathway's jobs, read top to bottom. {@code run} is the main job: ingest, metrics,
 * reports, then the delivery outbox (queued, not sent); {@code ingest} is its first step
 * alone. Neither has an incrementer: a run's identity is its parameters (input folder,
 * input checksums, as-of date).
 */
@Configuration(proxyBeanMethods = false)
class RunJobConfiguration {

	static final String RUN = "run";

	static final String INGEST = "ingest";

	@Bean
	Job runJob(JobRepository jobRepository, RunEvents events, Step ingestStep, Step metricsStep, Step reportsStep,
			Step outboxStep) {
		return new JobBuilder(RUN, jobRepository).listener(events)
			.start(ingestStep)
			.next(metricsStep)
			.next(reportsStep)
			.next(outboxStep)
			.build();
	}

	@Bean
	Job ingestJob(JobRepository jobRepository, RunEvents events, Step ingestStep) {
		return new JobBuilder(INGEST, jobRepository).listener(events).start(ingestStep).build();
	}

}
