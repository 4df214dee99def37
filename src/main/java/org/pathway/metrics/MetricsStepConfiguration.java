package org.pathway.metrics;

import java.util.List;

import org.pathway.progress.RunProgress;
import org.pathway.run.RunParameters;
import org.pathway.run.RunRecords;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The metrics step of the run job. */
@Configuration(proxyBeanMethods = false)
public class MetricsStepConfiguration {

	@Bean
	public Step metricsStep(JobRepository jobRepository, PlatformTransactionManager transactions,
			MetricsTasklet metricsTasklet, RunProgress progress) {
		return new StepBuilder("metrics", jobRepository).tasklet(metricsTasklet, transactions)
			.listener(progress)
			.build();
	}

	@Bean
	@StepScope
	MetricsTasklet metricsTasklet(@Value("#{stepExecution.jobParameters}") JobParameters parameters,
			NamedParameterJdbcTemplate jdbc, List<MetricFamily> families, MetricStore store, RunRecords records) {
		RunParameters run = RunParameters.of(parameters);
		return new MetricsTasklet(jdbc, families, store, records, run.asOf(), run.output());
	}

}
