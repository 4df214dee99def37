package org.pathway.generate;

import java.util.List;
import java.util.SplittableRandom;

import org.pathway.generate.MemberRoster.Member;

/**
 * How likely a young person is to meet each milestone: a logistic model with a member
 * level and trend, a COVID-19 dip, and gaps by race/ethnicity, income and gender.
 * Milestone counts and youth records are both drawn from it, so the two files tell one
 * story.
 */
final class OutcomeModel {

	static final List<String> OUTCOMES = List.of("kindergarten_readiness", "early_grade_reading", "middle_grade_math",
			"high_school_graduation", "postsecondary_enrollment", "postsecondary_completion", "employment");

	static final List<String> RACES = List.of("american_indian_alaska_native", "asian", "black_african_american",
			"hispanic_latino", "middle_eastern_north_african", "native_hawaiian_pacific_islander", "white",
			"multiracial");

	static final List<String> INCOMES = List.of("low_income", "not_low_income");

	static final List<String> GENDERS = List.of("female", "male", "nonbinary");

	static final int FIRST_YEAR = 2018;

	static final int LAST_YEAR = 2025;

	/** Race x income x gender cells; index {@code (race * 2 + income) * 3 + gender}. */
	static final int CELLS = 48;

	/** First year in which members record a nonbinary gender. */
	static final int NONBINARY_FROM = 2021;

	private static final double[] BASE_RATE = { 0.60, 0.53, 0.44, 0.88, 0.64, 0.44, 0.70 };

	private static final double[] COVERAGE = { 0.85, 0.97, 0.95, 0.92, 0.9, 0.75, 0.6 };

	private static final double[] REPORTS = { 0.88, 1.0, 0.96, 0.94, 0.82, 0.55, 0.42 };

	private static final double[] RACE_EFFECT = { -0.45, 0.40, -0.40, -0.25, -0.05, -0.35, 0.30, -0.05 };

	private static final double[] RACE_LOW_INCOME = { 0.15, -0.12, 0.14, 0.12, 0.05, 0.10, -0.18, 0 };

	private static final double[] GENDER_EFFECT = { 0.15, 0.15, 0, 0.2, 0.25, 0.25, 0 };

	private static final double INCOME_EFFECT = 0.35;

	private static final double NONBINARY_EFFECT = -0.15;

	/**
	 * Logit shift by outcome and year 2018..2025; NaN = not measured that year (tests
	 * cancelled in 2020).
	 */
	private static final double[][] COVID = { { 0, 0, 0, -0.25, -0.18, -0.08, -0.03, 0 },
			{ 0, 0, Double.NaN, -0.35, -0.22, -0.12, -0.06, -0.03 },
			{ 0, 0, Double.NaN, -0.5, -0.35, -0.25, -0.18, -0.12 }, { 0, 0, 0.12, 0.06, 0, 0, 0, 0 },
			{ 0, 0, -0.12, -0.25, -0.15, -0.08, -0.05, -0.05 }, { 0, 0, 0, -0.1, -0.08, -0.05, 0, 0 },
			{ 0, 0, -0.45, -0.2, 0, 0, 0, 0 } };

	/** Race/ethnicity mix per profile letter, in {@link #RACES} order (percent). */
	private static final String PROFILES = "B:0.3,2,62,15,1.5,0.2,12,7;H:0.6,1.5,3,76,0.5,0.2,16,2.2;"
			+ "M:0.7,5,28,27,2,0.3,30,7;W:1,3,8,10,1,0.2,70,6.8;A:1.5,16,12,22,2,2.5,34,10;"
			+ "P:0.5,30,2,17,0.5,24,15,11;N:9,2,10,38,0.5,0.3,30,10.2;D:0.4,5,28,7,12,0.1,41,6.5;"
			+ "L:0.4,11,14,56,1.5,0.5,12,4.6";

	/**
	 * What one member measures and how its young people fare; drawn once per member from
	 * the seed.
	 */
	record Profile(int firstYear, int lastYear, boolean[] reports, double[] level, double[] slope, boolean improving,
			double growth, boolean reportsIncome, boolean reportsGender, double[] raceShares, double[] lowByRace) {
	}

	private final Profile[] profiles;

	OutcomeModel(long seed, List<Member> members) {
		this.profiles = new Profile[members.size()];
		for (Member member : members) {
			this.profiles[member.index()] = draw(Sampling.stream(seed, 1, member.index()), member);
		}
	}

	private static Profile draw(SplittableRandom random, Member member) {
		double u = random.nextDouble();
		int firstYear = (u < 0.55) ? 2018 : (u < 0.70) ? 2019
				: (u < 0.80) ? 2020 : (u < 0.88) ? 2021 : (u < 0.94) ? 2022 : (u < 0.98) ? 2023 : 2024;
		int lastYear = (random.nextDouble() < 0.82) ? LAST_YEAR : LAST_YEAR - 1;
		double trend = random.nextDouble();
		boolean improving = trend < 0.45;
		double memberSlope = improving ? 0.03 + 0.06 * random.nextDouble()
				: (trend < 0.8) ? -0.012 + 0.024 * random.nextDouble() : -0.06 + 0.04 * random.nextDouble();
		double memberLevel = 0.22 * Sampling.gaussian(random);
		boolean[] reports = new boolean[OUTCOMES.size()];
		double[] level = new double[OUTCOMES.size()];
		double[] slope = new double[OUTCOMES.size()];
		for (int o = 0; o < reports.length; o++) {
			reports[o] = !member.coalition() && random.nextDouble() < REPORTS[o];
			level[o] = Sampling.logit(BASE_RATE[o]) + memberLevel + 0.12 * Sampling.gaussian(random);
			slope[o] = memberSlope + 0.015 * Sampling.gaussian(random);
		}
		double growth = -0.015 + 0.03 * random.nextDouble();
		boolean reportsIncome = random.nextDouble() < 0.95;
		boolean reportsGender = random.nextDouble() < 0.9;
		double[] mix = profileMix(member.profile());
		double[] raceShares = new double[RACES.size()];
		double total = 0;
		for (int r = 0; r < raceShares.length; r++) {
			raceShares[r] = mix[r] * StrictMath.exp(0.25 * Sampling.gaussian(random));
			total += raceShares[r];
		}
		double[] lowByRace = new double[RACES.size()];
		for (int r = 0; r < raceShares.length; r++) {
			raceShares[r] /= total;
			double low = member.lowIncome() + RACE_LOW_INCOME[r] + 0.05 * Sampling.gaussian(random);
			lowByRace[r] = Math.max(0.03, Math.min(0.97, low));
		}
		return new Profile(firstYear, lastYear, reports, level, slope, improving, growth, reportsIncome, reportsGender,
				raceShares, lowByRace);
	}

	private static double[] profileMix(char letter) {
		for (String profile : PROFILES.split(";")) {
			if (profile.charAt(0) == letter) {
				String[] parts = profile.substring(2).split(",");
				double[] mix = new double[parts.length];
				for (int i = 0; i < parts.length; i++) {
					mix[i] = Double.parseDouble(parts[i]);
				}
				return mix;
			}
		}
		throw new IllegalArgumentException("no race/ethnicity profile " + letter);
	}

	Profile profile(Member member) {
		return this.profiles[member.index()];
	}

	/**
	 * Whether the member has results for this outcome and year at all (before any file
	 * decides where).
	 */
	boolean reports(Member member, int outcome, int year) {
		Profile profile = profile(member);
		return profile.reports()[outcome] && year >= profile.firstYear() && year <= profile.lastYear()
				&& !Double.isNaN(COVID[outcome][year - FIRST_YEAR]);
	}

	/** Expected number of young people measured (before noise). */
	double expectedCohort(Member member, int outcome, int year) {
		return member.cohort() * COVERAGE[outcome] * (1 + profile(member).growth() * (year - FIRST_YEAR));
	}

	int cohort(Member member, int outcome, int year, SplittableRandom random) {
		double noise = 1 + 0.03 * Sampling.gaussian(random);
		return (int) Math.max(1, StrictMath.round(expectedCohort(member, outcome, year) * noise));
	}

	/** Share of young people in each cell; nonbinary only where it is recorded. */
	double[] cellShares(Member member, boolean nonbinary) {
		Profile profile = profile(member);
		double[] gender = nonbinary ? new double[] { 0.487, 0.505, 0.008 } : new double[] { 0.491, 0.509, 0 };
		double[] shares = new double[CELLS];
		for (int r = 0; r < RACES.size(); r++) {
			for (int i = 0; i < 2; i++) {
				double income = (i == 0) ? profile.lowByRace()[r] : 1 - profile.lowByRace()[r];
				for (int g = 0; g < 3; g++) {
					shares[cell(r, i, g)] = profile.raceShares()[r] * income * gender[g];
				}
			}
		}
		return shares;
	}

	/**
	 * Probability of meeting the milestone in each cell, with a little year-to-year
	 * noise.
	 */
	double[] cellRates(Member member, int outcome, int year, SplittableRandom random) {
		Profile profile = profile(member);
		double boost = (profile.improving() && year > 2023) ? 0.04 * (year - 2023) : 0;
		double base = profile.level()[outcome] + profile.slope()[outcome] * (year - FIRST_YEAR) + boost
				+ COVID[outcome][year - FIRST_YEAR] + 0.04 * Sampling.gaussian(random);
		double[] rates = new double[CELLS];
		for (int r = 0; r < RACES.size(); r++) {
			for (int i = 0; i < 2; i++) {
				for (int g = 0; g < 3; g++) {
					double gender = (g == 2) ? NONBINARY_EFFECT
							: (g == 0) ? GENDER_EFFECT[outcome] / 2 : -GENDER_EFFECT[outcome] / 2;
					double income = (i == 0) ? -INCOME_EFFECT : INCOME_EFFECT;
					rates[cell(r, i, g)] = Sampling.logistic(base + RACE_EFFECT[r] + income + gender);
				}
			}
		}
		return rates;
	}

	static int cell(int race, int income, int gender) {
		return (race * 2 + income) * 3 + gender;
	}

}
