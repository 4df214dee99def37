package org.pathway.generate;

/**
 * Running all/all counts of what the milestone and youth files contain, so the targets
 * file can state each baseline as the actual pooled rate of its baseline year.
 */
final class OutcomeTally {

	static final int BASELINE_YEAR = 2023;

	private final long[][] networkMet;

	private final long[][] networkMeasured;

	private final long[][] baselineMet;

	private final long[][] baselineMeasured;

	OutcomeTally(int members) {
		int outcomes = OutcomeModel.OUTCOMES.size();
		int years = OutcomeModel.LAST_YEAR - OutcomeModel.FIRST_YEAR + 1;
		this.networkMet = new long[outcomes][years];
		this.networkMeasured = new long[outcomes][years];
		this.baselineMet = new long[members][outcomes];
		this.baselineMeasured = new long[members][outcomes];
	}

	void add(int member, int outcome, int year, long met, long measured) {
		this.networkMet[outcome][year - OutcomeModel.FIRST_YEAR] += met;
		this.networkMeasured[outcome][year - OutcomeModel.FIRST_YEAR] += measured;
		if (year == BASELINE_YEAR) {
			this.baselineMet[member][outcome] += met;
			this.baselineMeasured[member][outcome] += measured;
		}
	}

	long networkMet(int outcome, int year) {
		return this.networkMet[outcome][year - OutcomeModel.FIRST_YEAR];
	}

	long networkMeasured(int outcome, int year) {
		return this.networkMeasured[outcome][year - OutcomeModel.FIRST_YEAR];
	}

	long baselineMet(int member, int outcome) {
		return this.baselineMet[member][outcome];
	}

	long baselineMeasured(int member, int outcome) {
		return this.baselineMeasured[member][outcome];
	}

}
