package org.pathway.ingest;

import org.pathway.progress.RunProgress;
import org.pathway.run.RunParameters;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The ingest step, for the jobs that start with it. */
@Configuration(proxyBeanMethods = false)
public class IngestStepConfiguration {

	@Bean
	public Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactions,
			IngestTasklet ingestTasklet, RunProgress progress) {
		return new StepBuilder("ingest", jobRepository).tasklet(ingestTasklet, transactions).listener(progress).build();
	}

	@Bean
	@StepScope
	IngestTasklet ingestTasklet(@Value("#{stepExecution.jobParameters}") JobParameters parameters, InputScanner scanner,
			FileIngester ingester, IngestStore store, RunProgress progress) {
		return new IngestTasklet(RunParameters.of(parameters).input(), scanner, ingester, store, progress);
	}

}
