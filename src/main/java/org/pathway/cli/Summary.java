package org.pathway.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.pathway.delivery.Deliveries;
import org.pathway.ingest.DatabaseTotals;
import org.pathway.run.FileOutcome;
import org.pathway.run.Problem;
import org.pathway.metrics.MetricStore;
import org.pathway.pipeline.RunRequest;
import org.pathway.pipeline.RunResult;
import org.pathway.render.Renderers;

import org.springframework.context.ApplicationContext;

/**
 * Prints what a run did, for the person at the terminal and for the log of a scheduler:
 * one line per file on standard output, every problem on standard error as
 * {@code FILE:LINE:COLUMN: message}, then the totals the database now holds.
 */
final class Summary {

	private static final DecimalFormat MONEY = new DecimalFormat("#,##0.00",
			DecimalFormatSymbols.getInstance(Locale.US));

	private static final DecimalFormat WHOLE = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));

	private final PrintStream out;

	private final PrintStream err;

	Summary(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	void print(RunResult result, ApplicationContext context, RunRequest request) {
		this.out.println("Pathway " + (request.ingestOnly() ? "ingest" : "run") + " " + result.runId() + " of '"
				+ request.input() + "'" + (request.ingestOnly() ? "" : " as of " + request.asOf())
				+ (result.alreadyDone() ? ": an identical run has completed already; nothing to do again" : ""));
		files(result, false);
		problems(result);
		if (!request.ingestOnly() && result.completed()) {
			Path folder = request.output().resolve(request.asOf().toString());
			this.out.println("Metrics: " + WHOLE.format(context.getBean(MetricStore.class).count(result.runId()))
					+ " values in " + folder.resolve("metrics.csv"));
			reports(folder, context.getBean(Renderers.class));
			deliveries(context.getBean(Deliveries.class), request);
		}
		this.out.println("In the database now:");
		for (DatabaseTotals.KindTotal total : context.getBean(DatabaseTotals.class).totals()) {
			StringBuilder line = new StringBuilder(
					String.format(Locale.ROOT, "  %-15s %10s", total.kind(), WHOLE.format(total.rows())));
			for (Map.Entry<String, BigDecimal> amount : total.amounts().entrySet()) {
				line.append("   ").append(amount.getKey()).append(' ').append(MONEY.format(amount.getValue()));
			}
			this.out.println(line);
		}
	}

	/**
	 * The report files of the run's folder (those in a format a renderer writes), one per
	 * line, for the person who will open them.
	 */
	private void reports(Path folder, Renderers renderers) {
		try (Stream<Path> files = Files.walk(folder)) {
			List<Path> reports = files.filter((f) -> renderers.ofFile(f.getFileName().toString()).isPresent())
				.sorted()
				.toList();
			this.out.println("Reports: " + reports.size() + " files, listed with their checksums in "
					+ folder.resolve("manifest.json"));
			reports.forEach((report) -> this.out.println("  " + report));
		}
		catch (IOException ex) {
			this.err.println("pathway: cannot list the reports in " + folder + ": " + ex.getMessage());
		}
	}

	/**
	 * What the run left for delivery: how many funders' reports wait for approval, and
	 * who has no address.
	 */
	private void deliveries(Deliveries deliveries, RunRequest request) {
		Map<String, List<String>> byStatus = new TreeMap<>();
		deliveries.recent(1000)
			.stream()
			.filter((d) -> d.asOf().equals(request.asOf()))
			.forEach((d) -> byStatus.computeIfAbsent(d.status(), (k) -> new ArrayList<>()).add(d.funderId()));
		if (byStatus.isEmpty()) {
			return;
		}
		StringBuilder line = new StringBuilder("Deliveries as of " + request.asOf() + ":");
		byStatus.forEach((status, funders) -> line.append(' ')
			.append(funders.size())
			.append(' ')
			.append(status.replace('_', ' '))
			.append(" (")
			.append(String.join(", ", funders))
			.append(");"));
		line.setLength(line.length() - 1);
		this.out.println(line + ". See 'deliveries' or the server's Deliveries page.");
	}

	void printValidation(RunResult result) {
		files(result, true);
		problems(result);
	}

	/**
	 * One line per file; a validation says valid or invalid, since nothing was accepted.
	 */
	private void files(RunResult result, boolean validation) {
		long accepted = 0;
		long rejected = 0;
		long rowsAccepted = 0;
		long rowsRejected = 0;
		for (FileOutcome file : result.files()) {
			String detail = switch (file.status()) {
				case FileOutcome.ACCEPTED -> WHOLE.format(file.records()) + " rows" + seconds(file.millis());
				case FileOutcome.REJECTED -> WHOLE.format(file.records()) + " rows, " + WHOLE.format(file.problems())
						+ " problem" + ((file.problems() == 1) ? "" : "s");
				case FileOutcome.UNCHANGED -> "unchanged since it was accepted";
				default -> "";
			};
			String status = !validation ? file.status()
					: FileOutcome.REJECTED.equals(file.status()) ? "invalid" : "valid";
			this.out.println(String.format(Locale.ROOT, "  %-9s %-40s %s", status, file.path(), detail));
			if (FileOutcome.REJECTED.equals(file.status())) {
				rejected++;
				rowsRejected += file.records();
			}
			else if (FileOutcome.ACCEPTED.equals(file.status())) {
				accepted++;
				rowsAccepted += file.records();
			}
		}
		if (validation) {
			this.out.println("Files: " + accepted + " valid, " + rejected + " invalid. Nothing was loaded.");
			return;
		}
		this.out.println("Files: " + accepted + " accepted, " + rejected + " rejected, "
				+ (result.files().size() - accepted - rejected) + " unchanged or removed. Rows: "
				+ WHOLE.format(rowsAccepted) + " accepted, " + WHOLE.format(rowsRejected) + " rejected.");
	}

	private static String seconds(long millis) {
		return (millis < 1000) ? "" : String.format(Locale.ROOT, " in %.1f s", millis / 1000.0);
	}

	private void problems(RunResult result) {
		for (Problem problem : result.problems()) {
			this.err.println(problem);
		}
		long shown = result.problems().size();
		long total = result.files().stream().mapToLong(FileOutcome::problems).sum();
		if (total > shown) {
			this.err.println("... and " + WHOLE.format(total - shown) + " more problems (the first "
					+ org.pathway.ingest.read.Problems.KEPT + " of each file are listed)");
		}
	}

}
