package org.pathway.delivery;

import org.pathway.progress.RunProgress;
import org.pathway.render.Renderers;
import org.pathway.run.RunParameters;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The outbox step of the run job: queues the funder reports for delivery. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
public class OutboxStepConfiguration {

	@Bean
	public Step outboxStep(JobRepository jobRepository, PlatformTransactionManager transactions,
			OutboxTasklet outboxTasklet, RunProgress progress) {
		return new StepBuilder("outbox", jobRepository).tasklet(outboxTasklet, transactions).listener(progress).build();
	}

	@Bean
	@StepScope
	OutboxTasklet outboxTasklet(@Value("#{stepExecution.jobParameters}") JobParameters parameters, Outbox outbox,
			JdbcTemplate jdbc, DeliveryProperties properties, Renderers renderers) {
		RunParameters run = RunParameters.of(parameters);
		return new OutboxTasklet(outbox, jdbc, properties, run.asOf(), run.output(), renderers);
	}

}
