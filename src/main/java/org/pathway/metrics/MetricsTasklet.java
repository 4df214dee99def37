package org.pathway.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.pathway.run.RunRecords;
import org.pathway.run.Problem;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The metrics step: computes every metric of domain.md section 3 as of the run's date,
 * stores them for the run, flags figures that cannot all be right, and writes
 * {@code OUTPUT/<as-of>/metrics.csv} and {@code issues.csv}. One transaction: a restarted
 * run computes them again from the start.
 */
class MetricsTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(MetricsTasklet.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final MetricStore store;

	private final RunRecords records;

	private final List<MetricFamily> families;

	private final LocalDate asOf;

	private final Path output;

	MetricsTasklet(NamedParameterJdbcTemplate jdbc, List<MetricFamily> families, MetricStore store, RunRecords records,
			LocalDate asOf, Path output) {
		this.jdbc = jdbc;
		this.families = List.copyOf(families);
		this.store = store;
		this.records = records;
		this.asOf = asOf;
		this.output = output;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long started = System.nanoTime();
		long runId = RunRecords.runId(chunkContext);
		Path folder = this.output.resolve(this.asOf.toString());
		// The figures that cannot all be right are found on the other core meanwhile
		CompletableFuture<List<Problem>> dataIssues = CompletableFuture.supplyAsync(this::dataIssues);
		List<MetricValue> values = compute();
		long computed = System.nanoTime();
		List<MetricGroup> groups = MetricGroup.of(values);
		long formatted = System.nanoTime();
		// metrics.csv is written on the other core while the database stores the same
		// values
		CompletableFuture<Void> csv = CompletableFuture.runAsync(() -> {
			try {
				MetricsCsv.write(folder.resolve("metrics.csv"), groups);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		this.store.replace(runId, groups);
		long stored = System.nanoTime();
		join(csv);
		long written = System.nanoTime();
		this.records.recordDataIssues(runId, join(dataIssues));
		IssuesCsv.write(folder.resolve("issues.csv"), this.records.problems(runId));
		contribution.incrementWriteCount(values.size());
		logger.info("Computed " + values.size() + " metric values as of " + this.asOf + " in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms (compute " + (computed - started) / 1_000_000
				+ ", sort and format " + (formatted - computed) / 1_000_000 + ", store "
				+ (stored - formatted) / 1_000_000 + " in " + groups.size() + " rows, metrics.csv "
				+ (written - stored) / 1_000_000 + " more, issues " + (System.nanoTime() - written) / 1_000_000 + ")");
		return RepeatStatus.FINISHED;
	}

	/**
	 * Every metric value, in no particular order: every family but the last is computed
	 * on another core while the last is computed here.
	 */
	List<MetricValue> compute() throws Exception {
		List<CompletableFuture<List<MetricValue>>> others = new ArrayList<>();
		for (MetricFamily family : this.families.subList(0, this.families.size() - 1)) {
			others.add(CompletableFuture.supplyAsync(() -> {
				try {
					return family.compute(this.jdbc, this.asOf);
				}
				catch (Exception ex) {
					throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
				}
			}));
		}
		List<MetricValue> here = this.families.get(this.families.size() - 1).compute(this.jdbc, this.asOf);
		List<MetricValue> values = new ArrayList<>();
		for (CompletableFuture<List<MetricValue>> other : others) {
			values.addAll(join(other));
		}
		values.addAll(here);
		return values;
	}

	/** The result of work done on the other core, or the exception it failed with. */
	private static <T> T join(CompletableFuture<T> work) throws Exception {
		try {
			return work.join();
		}
		catch (CompletionException ex) {
			Throwable cause = (ex.getCause() instanceof UncheckedIOException io) ? io.getCause() : ex.getCause();
			if (cause instanceof Exception exception) {
				throw exception;
			}
			throw ex;
		}
	}

	private List<Problem> dataIssues() {
		List<Problem> issues = new ArrayList<>(DataIssues.find(this.jdbc, this.asOf));
		if (new OutcomeInputs(this.jdbc, this.asOf).plan() == null) {
			issues.add(new Problem("plan.yml", 0, null, "no plan.yml has been accepted: outcome and headline metrics"
					+ " need the plan's years, goal and minimum cell size"));
		}
		return issues;
	}

}
