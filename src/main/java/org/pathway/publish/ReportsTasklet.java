package org.pathway.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.pathway.domain.Scope;
import org.pathway.io.AtomicFiles;
import org.pathway.io.Parallel;
import org.pathway.io.SafePaths;
import org.pathway.io.Sha256;
import org.pathway.metrics.MetricStore;
import org.pathway.metrics.MetricValue;
import org.pathway.progress.RunProgress;
import org.pathway.render.ReportRenderer;
import org.pathway.report.ReportAssembler;
import org.pathway.report.ReportDocument;
import org.pathway.report.ReportTemplate;
import org.pathway.report.TemplateLoader;
import org.pathway.run.FileOutcome;
import org.pathway.run.Problem;
import org.pathway.run.RunRecords;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.task.TaskExecutor;

/**
 * The reports step: for every template and scope, assembles the report from the run's
 * stored values, renders it in every format, checks what was written against the store
 * (the reconciliation gate), and lists everything in {@code manifest.json}. Each file is
 * written under a temporary name and moved into place only when complete.
 */
class ReportsTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(ReportsTasklet.class);

	private final ReportAssembler assembler;

	private final MetricStore store;

	private final RunRecords records;

	private final List<ReportRenderer> renderers;

	private final ReconciliationGate gate;

	private final Path templates;

	private final LocalDate asOf;

	private final Path output;

	private final Set<String> reports;

	private final Set<String> funders;

	private final RunProgress progress;

	private final TaskExecutor executor;

	ReportsTasklet(ReportAssembler assembler, MetricStore store, RunRecords records, List<ReportRenderer> renderers,
			ReconciliationGate gate, Path templates, LocalDate asOf, Path output, Set<String> reports,
			Set<String> funders, RunProgress progress, TaskExecutor executor) {
		this.progress = progress;
		this.executor = executor;
		this.assembler = assembler;
		this.store = store;
		this.records = records;
		this.renderers = renderers;
		this.gate = gate;
		this.templates = templates;
		this.asOf = asOf;
		this.output = output;
		this.reports = reports;
		this.funders = funders;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long started = System.nanoTime();
		long runId = RunRecords.runId(chunkContext);
		List<MetricValue> values = this.store.values(runId);
		logger.info("Read " + values.size() + " metric values in " + (System.nanoTime() - started) / 1_000_000 + " ms");
		List<Problem> problems = this.records.problems(runId);
		Path folder = this.output.resolve(this.asOf.toString());
		List<Callable<List<OutputFile>>> reportsToWrite = new ArrayList<>();
		for (String reportId : TemplateLoader.reports(this.templates)) {
			if (!this.reports.isEmpty() && !this.reports.contains(reportId)) {
				continue;
			}
			ReportTemplate template = TemplateLoader.load(this.templates, reportId);
			for (String scope : this.assembler.scopes(template, values)) {
				Scope reported = Scope.parse(scope);
				String name = reported.is(Scope.Kind.FUNDER) ? reported.id() : reported.toString();
				if (reported.is(Scope.Kind.FUNDER) && !this.funders.isEmpty() && !this.funders.contains(name)) {
					continue;
				}
				reportsToWrite.add(() -> writeReport(template, scope, name, values, problems, folder));
			}
		}
		this.progress.expect(reportsToWrite.size(), "reports");
		List<OutputFile> outputs = new ArrayList<>();
		for (List<OutputFile> written : inParallel(reportsToWrite)) {
			outputs.addAll(written);
			contribution.incrementWriteCount(written.size());
		}
		outputs.sort(Comparator.comparing(OutputFile::path));
		List<Manifest.Input> inputs = new ArrayList<>();
		Map<String, String> checksums = this.records.checksums(runId);
		for (FileOutcome outcome : this.records.files(runId)) {
			inputs.add(Manifest.input(outcome, checksums.get(outcome.path())));
		}
		Manifest.write(folder.resolve("manifest.json"), runId, this.asOf, inputs, outputs,
				!this.reports.isEmpty() || !this.funders.isEmpty());
		logger
			.info("Wrote " + outputs.size() + " report files in " + (System.nanoTime() - started) / 1_000_000 + " ms");
		return RepeatStatus.FINISHED;
	}

	/** Assembles one report, writes it in every format, and checks what was written. */
	private List<OutputFile> writeReport(ReportTemplate template, String scope, String name, List<MetricValue> values,
			List<Problem> problems, Path folder) throws IOException {
		String reportId = template.id();
		long assembling = System.nanoTime();
		ReportDocument document = this.assembler.assemble(template, scope, this.asOf, values, problems);
		StringBuilder timings = new StringBuilder("assemble " + (System.nanoTime() - assembling) / 1_000_000);
		String stem = template.perFunder() ? name : reportId;
		List<ReconciliationGate.Written> written = new ArrayList<>();
		List<OutputFile> outputs = new ArrayList<>();
		for (ReportRenderer renderer : this.renderers) {
			long rendering = System.nanoTime();
			String fileName = renderer.format().fileName(stem + "-" + this.asOf);
			String relative = reportId + "/" + name + "/" + fileName;
			Path file = SafePaths.inside(folder, reportId, name, fileName);
			write(file, renderer, document);
			written.add(new ReconciliationGate.Written(renderer, file));
			outputs.add(new OutputFile(relative, reportId, scope, renderer.format().name(), Files.size(file),
					Sha256.of(file)));
			timings.append(", ")
				.append(renderer.format().name())
				.append(' ')
				.append((System.nanoTime() - rendering) / 1_000_000);
		}
		long checking = System.nanoTime();
		this.gate.check(document, written);
		logger.info(reportId + " " + scope + ": " + document.metrics().size() + " values, " + timings + ", check "
				+ (System.nanoTime() - checking) / 1_000_000 + " ms");
		this.progress.advance(1, document.metrics().size());
		return outputs;
	}

	/**
	 * Writes the reports on as many threads as there are cores (at most 4), on Spring's
	 * task executor: each report is independent and reads only committed data. The first
	 * failure fails the step.
	 */
	private List<List<OutputFile>> inParallel(List<Callable<List<OutputFile>>> tasks) throws Exception {
		int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
		return Parallel.all(this.executor, threads, tasks);
	}

	private static void write(Path file, ReportRenderer renderer, ReportDocument document) throws IOException {
		AtomicFiles.write(file, (out) -> renderer.render(document, out));
	}

}
