package org.pathway.publish;

import java.nio.file.Path;
import java.util.TreeSet;

import org.pathway.metrics.MetricStore;
import org.pathway.progress.RunProgress;
import org.pathway.render.Renderers;
import org.pathway.report.ReportAssembler;
import org.pathway.run.RunParameters;
import org.pathway.run.RunRecords;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/** The reports step of the run job. */
@Configuration(proxyBeanMethods = false)
public class ReportsStepConfiguration {

	@Bean
	public Step reportsStep(JobRepository jobRepository, PlatformTransactionManager transactions,
			ReportsTasklet reportsTasklet, RunProgress progress) {
		return new StepBuilder("reports", jobRepository).tasklet(reportsTasklet, transactions)
			.listener(progress)
			.build();
	}

	@Bean
	@StepScope
	ReportsTasklet reportsTasklet(@Value("#{stepExecution.jobParameters}") JobParameters parameters,
			@Value("${pathway.report-templates:report-templates}") String templates, ReportAssembler assembler,
			MetricStore store, RunRecords records, Renderers renderers, ReconciliationGate gate, RunProgress progress,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		RunParameters run = RunParameters.of(parameters);
		return new ReportsTasklet(assembler, store, records, renderers.all(), gate, Path.of(templates), run.asOf(),
				run.output(), new TreeSet<>(run.reports()), new TreeSet<>(run.funders()), progress, executor);
	}

}
