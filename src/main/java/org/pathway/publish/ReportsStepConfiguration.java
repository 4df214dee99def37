package org.pathway.publish;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.pathway.run.RunRecords;
import org.pathway.metrics.MetricStore;
import org.pathway.render.Renderers;
import org.pathway.report.ReportAssembler;

import org.pathway.progress.RunProgress;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
	ReportsTasklet reportsTasklet(@Value("#{jobParameters['asOf']}") LocalDate asOf,
			@Value("#{jobParameters['output']}") String output,
			@Value("#{jobParameters['reports'] ?: ''}") String reports,
			@Value("#{jobParameters['funders'] ?: ''}") String funders,
			@Value("${pathway.report-templates:report-templates}") String templates, ReportAssembler assembler,
			MetricStore store, RunRecords records, Renderers renderers, ReconciliationGate gate, RunProgress progress) {
		return new ReportsTasklet(assembler, store, records, renderers.all(), gate, Path.of(templates), asOf,
				Path.of(output), set(reports), set(funders), progress);
	}

	private static Set<String> set(String list) {
		Set<String> set = new TreeSet<>(Arrays.asList(list.split(",")));
		set.remove("");
		return set;
	}

}
