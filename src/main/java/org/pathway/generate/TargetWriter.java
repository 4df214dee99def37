package org.pathway.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.pathway.generate.MemberRoster.Member;

/**
 * Writes {@code targets.csv}: a 2030 network target per outcome whose baseline is the
 * network's actual pooled 2023 rate, and targets for ten partnerships set from their own
 * 2023 rates.
 */
final class TargetWriter {

	static final int TARGET_YEAR = 2030;

	static final int MEMBER_TARGETS = 10;

	/** Improvement sought by 2030, per outcome, in rate points. */
	private static final double[] GAIN = { 0.08, 0.10, 0.10, 0.05, 0.08, 0.07, 0.05 };

	private TargetWriter() {
	}

	static long write(Path file, long seed, OutcomeTally tally) throws IOException {
		try (CsvSink csv = new CsvSink(file, "scope", "outcome", "baseline_year", "baseline_rate", "target_year",
				"target_rate")) {
			for (int o = 0; o < OutcomeModel.OUTCOMES.size(); o++) {
				row(csv, "network", o, tally.networkMet(o, OutcomeTally.BASELINE_YEAR),
						tally.networkMeasured(o, OutcomeTally.BASELINE_YEAR), GAIN[o]);
			}
			SplittableRandom random = Sampling.stream(seed, 5);
			List<Member> candidates = new ArrayList<>();
			for (Member member : MemberRoster.members()) {
				if (!MemberRoster.YOUTH_SMALL.contains(member.id()) && !MemberRoster.YOUTH_NETWORK.contains(member.id())
						&& outcomesWithBaseline(tally, member).size() >= 2) {
					candidates.add(member);
				}
			}
			for (int i = 0; i < MEMBER_TARGETS && !candidates.isEmpty(); i++) {
				Member member = candidates.remove(Sampling.below(random, candidates.size()));
				List<Integer> outcomes = outcomesWithBaseline(tally, member);
				int count = 2 + Sampling.below(random, 2);
				for (int k = 0; k < count && !outcomes.isEmpty(); k++) {
					int o = outcomes.remove(Sampling.below(random, outcomes.size()));
					row(csv, member.id(), o, tally.baselineMet(member.index(), o),
							tally.baselineMeasured(member.index(), o), GAIN[o] * (0.8 + 0.6 * random.nextDouble()));
				}
			}
			return csv.rows();
		}
	}

	private static List<Integer> outcomesWithBaseline(OutcomeTally tally, Member member) {
		List<Integer> outcomes = new ArrayList<>();
		for (int o = 0; o < OutcomeModel.OUTCOMES.size(); o++) {
			if (tally.baselineMeasured(member.index(), o) > 0) {
				outcomes.add(o);
			}
		}
		return outcomes;
	}

	private static void row(CsvSink csv, String scope, int outcome, long met, long measured, double gain)
			throws IOException {
		if (measured == 0) {
			return;
		}
		BigDecimal baseline = BigDecimal.valueOf(met).divide(BigDecimal.valueOf(measured), 4, RoundingMode.HALF_UP);
		BigDecimal target = baseline.add(BigDecimal.valueOf(gain)).setScale(4, RoundingMode.HALF_UP);
		target = target.min(new BigDecimal("0.9800")).max(baseline.add(new BigDecimal("0.0100"))).min(BigDecimal.ONE);
		csv.row(scope, OutcomeModel.OUTCOMES.get(outcome), Integer.toString(OutcomeTally.BASELINE_YEAR),
				baseline.toPlainString(), Integer.toString(TARGET_YEAR), target.toPlainString());
	}

}
