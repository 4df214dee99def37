package org.pathway.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fixed vocabularies of domain.md section 2: outcomes, dimensions and their
 * subgroups, member kinds, statuses, US states and the 360Giving regrant type codes.
 * Orders are the display orders.
 */
public final class Vocabulary {

	public static final List<String> OUTCOMES = List.of("kindergarten_readiness", "early_grade_reading",
			"middle_grade_math", "high_school_graduation", "postsecondary_enrollment", "postsecondary_completion",
			"employment");

	public static final List<String> RACE_ETHNICITY = List.of("american_indian_alaska_native", "asian",
			"black_african_american", "hispanic_latino", "middle_eastern_north_african",
			"native_hawaiian_pacific_islander", "white", "multiracial");

	public static final List<String> INCOME = List.of("low_income", "not_low_income");

	public static final List<String> GENDER = List.of("female", "male", "nonbinary");

	/**
	 * Dimension name to its subgroups, in display order; {@code all} has the one subgroup
	 * {@code all}.
	 */
	public static final Map<String, List<String>> DIMENSIONS;

	static {
		Map<String, List<String>> dimensions = new LinkedHashMap<>();
		dimensions.put("all", List.of("all"));
		dimensions.put("race_ethnicity", RACE_ETHNICITY);
		dimensions.put("income", INCOME);
		dimensions.put("gender", GENDER);
		DIMENSIONS = java.util.Collections.unmodifiableMap(dimensions);
	}

	public static final List<String> MEMBER_KINDS = List.of("community_partnership", "state_policy_coalition");

	public static final List<String> PAYMENT_STATUSES = List.of("scheduled", "paid", "cancelled");

	/** The reports a grant agreement asks for (domain.md 3.7). */
	public static final List<String> REQUIREMENT_TYPES = List.of("interim", "annual", "final");

	/** USPS codes of the states, D.C. and the territories. */
	public static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI",
			"ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
			"NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
			"WV", "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP");

	/**
	 * 360Giving regrant type code list (codelists/regrantType.csv of the 360Giving
	 * standard).
	 */
	public static final List<String> REGRANT_TYPES = List.of("FRG010", "FRG020", "FRG030", "FRG040", "FRG050", "FRG060",
			"FRG070");

	private Vocabulary() {
	}

}
