package org.pathway.metrics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.cli.Cli;
import org.pathway.support.TinyInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Acceptance test of the metrics issue: a hand-worked input folder (three funders, one
 * grant in EUR, three members in two states with one region, two outcomes, 2023-2027
 * milestone results) is run through the command line as of 2026-06-30, and
 * {@code metrics.csv} is checked against values worked out by hand from domain.md section
 * 3, the arithmetic written beside each assertion. It proves every metric id (F1-F11,
 * O1-O7, H1, H2, E1-E3), funder isolation, currencies never mixed, pooled roll-ups (sum
 * of counts, not a mean of rates), source-suppressed cells left out rather than zero,
 * small cells and their complementary partner shown as suppressed, and data after the
 * as-of year ignored.
 */
class HandWorkedMetricsTests {

	private static final String AS_OF = "2026-06-30";

	private static final String HEADER = "metric,scope,outcome,dimension,subgroup,year,currency,value,note";

	/**
	 * A year that matches any year: for rows whose year the contract leaves open (O4a,
	 * O5-O7, H1, H2).
	 */
	private static final String ANY = null;

	private static final String EGR = "early_grade_reading";

	private static final String HSG = "high_school_graduation";

	private static final String BLACK = "black_african_american";

	private static final String HISPANIC = "hispanic_latino";

	private static final String PACE_ROW = "period_elapsed";

	/**
	 * Days from 2024-01-01 to 2026-06-30 inclusive: 366 (2024) + 365 (2025) + 181
	 * (Jan-Jun 2026) = 912. Days of the plan 2024-01-01..2030-12-31: 2 x 366 (2024, 2028)
	 * + 5 x 365 = 2557. 912/2557 = 0.35666797027766..., to 12 places 0.356667970278.
	 */
	private static final String PERIOD_ELAPSED = "0.356667970278";

	static final String PLAN = """
			name: "Hand-worked plan 2024-2030"
			first_year: 2024
			last_year: 2030
			goal_young_people: 1000
			min_cell_size: 10
			intermediary_org_id: "US-EIN-00-0000001"
			""";

	static final String FUNDERS = """
			funder_id,name,contact_email
			alpha,Alpha Foundation,
			beta,Beta Trust,
			gamma,Gamma Stiftung,
			""";

	/** GA2 is awarded after A: it counts nowhere. */
	static final String GRANTS = """
			grant_id,funder_id,title,currency,amount,award_date,start_date,end_date,regrant_pool_amount
			GA1,alpha,Network grant,USD,1000000.00,2024-01-10,2024-01-01,2030-12-31,600000
			GA2,alpha,Second grant,USD,500000.00,2026-09-01,2026-09-01,2028-12-31,200000
			GB1,beta,Reading grant,USD,400000.00,2024-06-01,2024-06-01,2027-12-31,300000
			GC1,gamma,Early years grant,EUR,250000.50,2025-02-01,2025-02-01,2027-12-31,100000
			""";

	/** PA4 is due after A; PB2 was paid, but after A; PA3 was cancelled. */
	static final String PAYMENTS = """
			payment_id,grant_id,due_date,amount,status,paid_date
			PA1,GA1,2024-01-31,300000,paid,2024-02-01
			PA2,GA1,2025-01-31,300000,paid,2025-02-03
			PA3,GA1,2026-01-31,100000,cancelled,
			PA4,GA1,2026-12-31,300000,scheduled,
			PB1,GB1,2024-06-30,200000,paid,2024-07-01
			PB2,GB1,2026-06-15,100000,paid,2026-07-02
			PB3,GB1,2027-06-30,100000,scheduled,
			PC1,GC1,2025-03-01,250000.50,paid,2025-03-04
			""";

	static final String MEMBERS = """
			member_id,name,kind,state,region
			detroit,Detroit Cradle to Career,community_partnership,MI,Southeast Michigan
			lansing,"Lansing Promise, Inc.",community_partnership,MI,
			ohio,Ohio Policy Coalition,state_policy_coalition,OH,
			""";

	/** Detroit gets money from alpha (R1) and beta (R3); R5 is awarded after A. */
	static final String REGRANTS = """
			regrant_id,grant_id,member_id,currency,amount,award_date,start_date,end_date,regrant_type
			R1,GA1,detroit,USD,200000.50,2024-03-01,2024-03-01,2026-12-31,FRG010
			R2,GA1,ohio,USD,150000.00,2025-05-01,2025-05-01,2027-04-30,
			R3,GB1,detroit,USD,100000.00,2025-07-01,2025-07-01,2027-06-30,
			R4,GC1,lansing,EUR,40000.00,2025-04-01,2025-04-01,2026-12-31,
			R5,GA1,lansing,USD,50000.00,2026-08-01,2026-08-01,2027-07-31,
			""";

	/**
	 * Overdue days at A = 2026-06-30: D3 30 (1-30), D4 60 (31-60), D6 61 (61+), D12 76
	 * (61+); D7 is dated A (0 days, not overdue); D10 is in the future; D9 is cancelled.
	 * D2 is paid in 2025 from a 2024 regrant.
	 */
	static final String DISBURSEMENTS = """
			disbursement_id,regrant_id,date,amount,status
			D1,R1,2024-03-15,100000.25,paid
			D2,R1,2025-03-15,25000.00,paid
			D3,R1,2026-05-31,50000.00,scheduled
			D4,R1,2026-05-01,25000.00,scheduled
			D5,R2,2025-06-01,75000.00,paid
			D6,R2,2026-04-30,40000.00,scheduled
			D7,R2,2026-06-30,35000.00,scheduled
			D8,R3,2025-08-01,60000.00,paid
			D9,R3,2025-12-01,40000.00,cancelled
			D10,R3,2026-09-01,30000.00,scheduled
			D11,R4,2025-04-15,20000.00,paid
			D12,R4,2026-04-15,20000.00,scheduled
			""";

	/**
	 * Detroit's 2027 row lies after year(A). Ohio's 2026 all/all numerator and its 2026
	 * hispanic_latino numerator are suppressed at the source. Detroit's 2026 asian cell
	 * has a denominator of 8 (below 10).
	 */
	static final String MILESTONES = """
			member_id,outcome,year,dimension,subgroup,numerator,denominator
			detroit,early_grade_reading,2023,all,all,400,1000
			detroit,early_grade_reading,2024,all,all,420,1000
			detroit,early_grade_reading,2025,all,all,450,1000
			detroit,early_grade_reading,2026,all,all,470,1000
			detroit,early_grade_reading,2027,all,all,900,1000
			detroit,early_grade_reading,2023,race_ethnicity,black_african_american,210,600
			detroit,early_grade_reading,2023,race_ethnicity,hispanic_latino,100,250
			detroit,early_grade_reading,2023,race_ethnicity,white,90,150
			detroit,early_grade_reading,2026,race_ethnicity,black_african_american,240,500
			detroit,early_grade_reading,2026,race_ethnicity,hispanic_latino,100,250
			detroit,early_grade_reading,2026,race_ethnicity,white,125,242
			detroit,early_grade_reading,2026,race_ethnicity,asian,5,8
			detroit,high_school_graduation,2023,all,all,600,800
			detroit,high_school_graduation,2024,all,all,610,800
			detroit,high_school_graduation,2025,all,all,630,800
			detroit,high_school_graduation,2026,all,all,660,800
			lansing,early_grade_reading,2023,all,all,75,250
			lansing,early_grade_reading,2024,all,all,80,250
			lansing,early_grade_reading,2025,all,all,100,250
			lansing,early_grade_reading,2026,all,all,150,252
			ohio,early_grade_reading,2023,all,all,90,300
			ohio,early_grade_reading,2024,all,all,100,300
			ohio,early_grade_reading,2025,all,all,120,300
			ohio,early_grade_reading,2026,all,all,DS,300
			ohio,early_grade_reading,2026,race_ethnicity,hispanic_latino,*,40
			ohio,high_school_graduation,2023,all,all,200,250
			ohio,high_school_graduation,2026,all,all,215,258
			""";

	static final String TARGETS = """
			scope,outcome,baseline_year,baseline_rate,target_year,target_rate
			network,early_grade_reading,2023,0.36,2028,0.632
			detroit,early_grade_reading,2023,0.40,2028,0.60
			detroit,high_school_graduation,2023,0.75,2028,0.85
			""";

	@TempDir
	static Path work;

	private static List<Row> rows;

	@BeforeAll
	static void runOnce() throws IOException {
		Path input = work.resolve("input");
		TinyInput.write(input, "plan.yml", PLAN);
		TinyInput.write(input, "funders.csv", FUNDERS);
		TinyInput.write(input, "members.csv", MEMBERS);
		TinyInput.write(input, "grants.csv", GRANTS);
		TinyInput.write(input, "grant_payments.csv", PAYMENTS);
		TinyInput.write(input, "regrants.csv", REGRANTS);
		TinyInput.write(input, "disbursements.csv", DISBURSEMENTS);
		TinyInput.write(input, "milestones.csv", MILESTONES);
		TinyInput.write(input, "targets.csv", TARGETS);
		Path output = work.resolve("output");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.run("run", "--input", input.toString(), "--output", output.toString(), "--data",
					work.resolve("data").toString(), "--as-of", AS_OF);
		assertThat(exit)
			.as("exit code; stdout:%n%s%nstderr:%n%s", out.toString(StandardCharsets.UTF_8),
					err.toString(StandardCharsets.UTF_8))
			.isZero();
		Path metrics = output.resolve(AS_OF).resolve("metrics.csv");
		assertThat(metrics).as("metrics.csv of the run").exists();
		rows = parse(Files.readString(metrics, StandardCharsets.UTF_8));
	}

	@Test
	void moneyTotalsPerFunderAndNetwork() {
		// F1 committed: grants awarded <= A (GA2, awarded 2026-09-01, is left out)
		assertNumber(money("F1", "funder:alpha", "USD"), "1000000.00"); // GA1
		assertNumber(money("F1", "funder:beta", "USD"), "400000.00"); // GB1
		assertNumber(money("F1", "funder:gamma", "EUR"), "250000.50"); // GC1
		assertNumber(money("F1", "network", "USD"), "1400000.00"); // 1000000.00 +
																	// 400000.00
		// F2 received: payments paid on or before A
		assertNumber(money("F2", "funder:alpha", "USD"), "600000.00"); // PA1 300000 + PA2
																		// 300000
		assertNumber(money("F2", "funder:beta", "USD"), "200000.00"); // PB1; PB2 was paid
																		// 2026-07-02,
																		// after A
		assertNumber(money("F2", "network", "USD"), "800000.00"); // 600000 + 200000
		// F3 outstanding = F1 - F2 - cancelled
		assertNumber(money("F3", "funder:alpha", "USD"), "300000.00"); // 1000000 - 600000
																		// - 100000 (PA3)
		assertNumber(money("F3", "funder:beta", "USD"), "200000.00"); // 400000 - 200000 -
																		// 0
		assertNumber(money("F3", "network", "USD"), "500000.00"); // 1400000 - 800000 -
																	// 100000
		assertNumber(money("F3", "network", "EUR"), "0.00"); // 250000.50 - 250000.50 - 0
		// F4 regrant pool of the grants awarded <= A (GA2's 200000 is left out)
		assertNumber(money("F4", "funder:alpha", "USD"), "600000.00"); // GA1
		assertNumber(money("F4", "network", "USD"), "900000.00"); // 600000 + 300000
		assertNumber(money("F4", "network", "EUR"), "100000.00"); // GC1
		// F5 regranted: regrants awarded <= A (R5, awarded 2026-08-01, is left out)
		assertNumber(money("F5", "network", "USD"), "450000.50"); // R1 200000.50 + R2
																	// 150000 + R3 100000
		assertNumber(money("F5", "network", "EUR"), "40000.00"); // R4
		// F6 disbursed: paid on or before A
		assertNumber(money("F6", "funder:alpha", "USD"), "200000.25"); // D1 100000.25 +
																		// D2 25000 + D5
																		// 75000
		assertNumber(money("F6", "funder:beta", "USD"), "60000.00"); // D8; D9 is
																		// cancelled
		assertNumber(money("F6", "network", "USD"), "260000.25"); // 200000.25 + 60000
		assertNumber(money("F6", "network", "EUR"), "20000.00"); // D11
		// F7 pool available = F4 - F5
		assertNumber(money("F7", "funder:alpha", "USD"), "249999.50"); // 600000 -
																		// 350000.50
		assertNumber(money("F7", "funder:beta", "USD"), "200000.00"); // 300000 - 100000
		assertNumber(money("F7", "network", "USD"), "449999.50"); // 900000 - 450000.50
		assertNumber(money("F7", "network", "EUR"), "60000.00"); // 100000 - 40000
		// F8 scheduled, any date
		assertNumber(money("F8", "funder:alpha", "USD"), "150000.00"); // D3 50000 + D4
																		// 25000 + D6
																		// 40000 + D7
																		// 35000
		assertNumber(money("F8", "funder:beta", "USD"), "30000.00"); // D10 (2026-09-01)
		assertNumber(money("F8", "network", "USD"), "180000.00"); // 150000 + 30000
		assertNumber(money("F8", "network", "EUR"), "20000.00"); // D12
	}

	@Test
	void overdueScheduledDisbursementsInAgeingBuckets() {
		// F9: scheduled and dated before A; D7 (dated A, 0 days) and D10 (future) are not
		// overdue
		assertNumber(money("F9", "network", "USD"), "115000.00"); // D3 50000 + D4 25000 +
																	// D6 40000
		assertNumber(moneyBy("F9", "network", "overdue_days", "1-30", "USD"), "50000.00"); // D3,
																							// 30
																							// days
		assertNumber(moneyBy("F9", "network", "overdue_days", "31-60", "USD"), "25000.00"); // D4,
																							// 60
																							// days
		assertNumber(moneyBy("F9", "network", "overdue_days", "61+", "USD"), "40000.00"); // D6,
																							// 61
																							// days
		assertNumber(money("F9", "funder:alpha", "USD"), "115000.00"); // all three are
																		// alpha's (R1,
																		// R2)
		assertNumber(money("F9", "funder:beta", "USD"), "0.00"); // D10 is in the future
		assertNumber(moneyBy("F9", "funder:beta", "overdue_days", "1-30", "USD"), "0.00"); // empty
																							// bucket
		assertNumber(moneyBy("F9", "funder:beta", "overdue_days", "31-60", "USD"), "0.00"); // empty
																							// bucket
		assertNumber(moneyBy("F9", "funder:beta", "overdue_days", "61+", "USD"), "0.00"); // empty
																							// bucket
		assertNumber(money("F9", "network", "EUR"), "20000.00"); // D12, 76 days
		assertNumber(moneyBy("F9", "network", "overdue_days", "61+", "EUR"), "20000.00"); // D12
		assertNumber(moneyBy("F9", "network", "overdue_days", "1-30", "EUR"), "0.00"); // empty
																						// bucket
		assertNumber(moneyBy("F9", "funder:gamma", "overdue_days", "31-60", "EUR"), "0.00"); // empty
																								// bucket
	}

	@Test
	void paceOfRegrantingBesideThePlanPeriodElapsed() {
		// F10 = F5 / F4
		assertNumber(moneyBy("F10", "funder:alpha", "all", "all", "USD"), "0.583334166667"); // 350000.50/600000
																								// =
																								// 0.58333416666...
		assertNumber(moneyBy("F10", "funder:beta", "all", "all", "USD"), "0.333333333333"); // 100000/300000
																							// =
																							// 1/3
		assertNumber(moneyBy("F10", "network", "all", "all", "USD"), "0.500000555556"); // 450000.50/900000
																						// =
																						// 0.50000055555...
		assertNumber(moneyBy("F10", "network", "all", "all", "EUR"), "0.4"); // 40000/100000
		assertNumber(find("F10", "network", "", "pace", PACE_ROW, "", ""), PERIOD_ELAPSED); // 912/2557
		assertNumber(find("F10", "funder:gamma", "", "pace", PACE_ROW, "", ""), PERIOD_ELAPSED); // 912/2557
	}

	@Test
	void regrantedAndDisbursedBrokenDown() {
		// F11, written as F5 and F6 rows with a breakdown dimension
		assertNumber(moneyBy("F5", "network", "award_year", "2024", "USD"), "200000.50"); // R1
		assertNumber(moneyBy("F5", "network", "award_year", "2025", "USD"), "250000.00"); // R2
																							// 150000
																							// +
																							// R3
																							// 100000
		assertNumber(moneyBy("F5", "network", "award_year", "2025", "EUR"), "40000.00"); // R4
		// F6 by the regrant's award year, not the disbursement's date (by date: 100000.25
		// and 160000.00)
		assertNumber(moneyBy("F6", "network", "award_year", "2024", "USD"), "125000.25"); // D1
																							// 100000.25
																							// +
																							// D2
																							// 25000
																							// (R1,
																							// 2024)
		assertNumber(moneyBy("F6", "network", "award_year", "2025", "USD"), "135000.00"); // D5
																							// 75000
																							// +
																							// D8
																							// 60000
		assertNumber(moneyBy("F5", "network", "state", "MI", "USD"), "300000.50"); // R1
																					// 200000.50
																					// +
																					// R3
																					// 100000
		assertNumber(moneyBy("F5", "network", "state", "OH", "USD"), "150000.00"); // R2
		assertNumber(moneyBy("F5", "network", "state", "MI", "EUR"), "40000.00"); // R4
																					// (lansing)
		assertNumber(moneyBy("F6", "network", "state", "MI", "USD"), "185000.25"); // D1
																					// 100000.25
																					// +
																					// D2
																					// 25000
																					// +
																					// D8
																					// 60000
		assertNumber(moneyBy("F5", "network", "region", "Southeast Michigan", "USD"), "300000.50"); // detroit:
																									// R1
																									// +
																									// R3
		assertNumber(moneyBy("F5", "network", "kind", "community_partnership", "USD"), "300000.50"); // R1
																										// +
																										// R3
		assertNumber(moneyBy("F5", "network", "kind", "state_policy_coalition", "USD"), "150000.00"); // R2
		assertNumber(moneyBy("F6", "network", "kind", "state_policy_coalition", "USD"), "75000.00"); // D5
		assertNumber(moneyBy("F5", "network", "member", "detroit", "USD"), "300000.50"); // R1
																							// +
																							// R3
		assertNumber(moneyBy("F5", "network", "member", "lansing", "EUR"), "40000.00"); // R4;
																						// R5
																						// is
																						// after
																						// A
		assertNumber(moneyBy("F6", "funder:beta", "member", "detroit", "USD"), "60000.00"); // D8
		// lansing, the only EUR recipient, has no region: no region row in EUR, none with
		// an empty label
		assertThat(rows)
			.filteredOn((row) -> row.dimension().equals("region")
					&& (row.currency().equals("EUR") || row.subgroup().isEmpty() || row.scope().equals("funder:gamma")))
			.as("region rows for members without a region")
			.isEmpty();
	}

	@Test
	void fundersSeeOnlyTheirOwnMoney() {
		assertNumber(money("F5", "funder:alpha", "USD"), "350000.50"); // R1 200000.50 +
																		// R2 150000; not
																		// R3 (beta's),
																		// not R5 (after
																		// A)
		assertNumber(money("F5", "funder:beta", "USD"), "100000.00"); // R3
		assertNumber(money("F5", "funder:gamma", "EUR"), "40000.00"); // R4
		assertNumber(moneyBy("F5", "funder:alpha", "member", "detroit", "USD"), "200000.50"); // R1
																								// only;
																								// network
																								// has
																								// 300000.50
		assertNumber(moneyBy("F5", "funder:alpha", "state", "MI", "USD"), "200000.50"); // R1
																						// only
		assertNumber(moneyBy("F5", "funder:beta", "member", "detroit", "USD"), "100000.00"); // R3
																								// only
		assertThat(rows).filteredOn((row) -> row.scope().equals("funder:beta") && row.dimension().equals("member"))
			.extracting(Row::subgroup)
			.as("beta's regrant went to detroit only")
			.containsOnly("detroit");
		for (String currency : List.of("USD", "EUR")) {
			BigDecimal funders = rows.stream()
				.filter((row) -> row.metric().equals("F5") && row.scope().startsWith("funder:")
						&& row.dimension().equals("all") && row.currency().equals(currency))
				.map((row) -> new BigDecimal(row.value()))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			// USD: 350000.50 + 100000.00 = 450000.50; EUR: 40000.00
			assertThat(funders).as("sum over funders of F5 in " + currency)
				.isEqualByComparingTo(new BigDecimal(money("F5", "network", currency).value()));
		}
	}

	@Test
	void eurosAreNeverAddedToDollars() {
		assertNumber(money("F1", "network", "USD"), "1400000.00"); // not 1650000.50 with
																	// GC1's EUR 250000.50
		assertNumber(money("F1", "network", "EUR"), "250000.50"); // GC1
		assertNumber(money("F2", "network", "EUR"), "250000.50"); // PC1
		assertNumber(money("F2", "funder:gamma", "EUR"), "250000.50"); // PC1
		assertThat(rows).filteredOn((row) -> row.metric().matches("F[1-9]") && !row.dimension().equals("pace"))
			.as("money rows without a currency")
			.filteredOn((row) -> row.currency().isEmpty())
			.isEmpty();
		assertThat(rows).filteredOn((row) -> row.scope().equals("funder:gamma") && !row.currency().isEmpty())
			.extracting(Row::currency)
			.as("gamma's grant is in EUR only")
			.containsOnly("EUR");
		assertThat(rows).filteredOn((row) -> row.scope().matches("funder:(alpha|beta)") && !row.currency().isEmpty())
			.extracting(Row::currency)
			.as("alpha's and beta's grants are in USD only")
			.containsOnly("USD");
	}

	@Test
	void memberOutcomesAgainstTheirTargets() {
		// detroit, early_grade_reading: target 2023 0.40 -> 2028 0.60
		assertNumber(outcome("O1", "member:detroit", EGR, "2024"), "0.42"); // 420/1000
		assertNumber(outcome("O1", "member:detroit", EGR, "2026"), "0.47"); // 470/1000
		assertNumber(outcome("O2", "member:detroit", EGR, "2023"), "0.4"); // the target's
																			// baseline
		assertNumber(outcome("O3", "member:detroit", EGR, "2026"), "0.47"); // 470/1000
																			// (2027 is
																			// after
																			// year(A))
		assertNumber(outcome("O4a", "member:detroit", EGR, ANY), "0.02"); // 0.47 - 0.45
																			// (2025:
																			// 450/1000)
		assertNumber(outcome("O4b", "member:detroit", EGR, "2026"), "0.07"); // 0.47 -
																				// 0.40
		assertNumber(outcome("O5", "member:detroit", EGR, ANY), "0.35"); // 0.07 / (0.60 -
																			// 0.40)
		assertNumber(outcome("O6", "member:detroit", EGR, ANY), "0.6"); // (2026 - 2023) /
																		// (2028 - 2023) =
																		// 3/5
		Row detroitReading = outcome("O7", "member:detroit", EGR, ANY);
		assertNumber(detroitReading, "0.583333333333"); // 0.35 / 0.6 = 0.58333...
		assertThat(detroitReading.note()).isEqualTo("off_track"); // below 0.7
		// detroit, high_school_graduation: target 2023 0.75 -> 2028 0.85
		assertNumber(outcome("O3", "member:detroit", HSG, "2026"), "0.825"); // 660/800
		assertNumber(outcome("O4a", "member:detroit", HSG, ANY), "0.0375"); // 0.825 -
																			// 0.7875
																			// (630/800)
		assertNumber(outcome("O5", "member:detroit", HSG, ANY), "0.75"); // (0.825 - 0.75)
																			// / (0.85 -
																			// 0.75)
		Row detroitGraduation = outcome("O7", "member:detroit", HSG, ANY);
		assertNumber(detroitGraduation, "1.25"); // 0.75 / 0.6
		assertThat(detroitGraduation.note()).isEqualTo("on_track"); // >= 0.9
		// a subgroup has no target: its baseline is the rate in first_year - 1
		assertNumber(find("O2", "member:detroit", EGR, "race_ethnicity", BLACK, "2023", ""), "0.35"); // 210/600
		assertNumber(find("O4b", "member:detroit", EGR, "race_ethnicity", BLACK, "2026", ""), "0.13"); // 240/500
																										// -
																										// 0.35
		// lansing has no target: no O5-O7
		assertNumber(outcome("O2", "member:lansing", EGR, "2023"), "0.3"); // 75/250
		assertThat(rows).filteredOn((row) -> row.scope().equals("member:lansing") && row.metric().matches("O[567]"))
			.as("progress rows for a member without a target")
			.isEmpty();
	}

	@Test
	void networkOutcomesPoolCountsAndMeetTheNetworkTarget() {
		// network, early_grade_reading: target 2023 0.36 -> 2028 0.632
		assertNumber(outcome("O1", "network", EGR, "2023"), "0.364516129032"); // (400+75+90)/(1000+250+300)
																				// =
																				// 565/1550
		assertNumber(outcome("O1", "network", EGR, "2024"), "0.387096774194"); // (420+80+100)/1550
																				// =
																				// 600/1550
		assertNumber(outcome("O1", "network", EGR, "2025"), "0.432258064516"); // (450+100+120)/1550
																				// =
																				// 670/1550
		assertNumber(outcome("O2", "network", EGR, "2023"), "0.36"); // the target's
																		// baseline, not
																		// 565/1550
		// ohio's 2026 cell (DS of 300) is left out, not zero: 620/1552 = 0.3995 would be
		// wrong
		assertNumber(outcome("O3", "network", EGR, "2026"), "0.495207667732"); // (470+150)/(1000+252)
																				// =
																				// 620/1252
		assertNumber(outcome("O4a", "network", EGR, ANY), "0.062949603216"); // 620/1252 -
																				// 670/1550
																				// =
																				// 0.0629496032155...
		assertNumber(outcome("O4b", "network", EGR, "2026"), "0.135207667732"); // 620/1252
																				// - 0.36
		assertNumber(outcome("O5", "network", EGR, ANY), "0.497087013719"); // 0.1352076677316...
																			// / (0.632 -
																			// 0.36 =
																			// 0.272)
		assertNumber(outcome("O6", "network", EGR, ANY), "0.6"); // (2026 - 2023) / (2028
																	// - 2023)
		Row status = outcome("O7", "network", EGR, ANY);
		assertNumber(status, "0.828478356199"); // 0.4970870137192... / 0.6
		assertThat(status.note()).isEqualTo("at_risk"); // >= 0.7 and < 0.9
		// network, high_school_graduation: no target, baseline = pooled 2023
		assertNumber(outcome("O2", "network", HSG, "2023"), "0.761904761905"); // (600+200)/(800+250)
																				// =
																				// 800/1050
		assertNumber(outcome("O1", "network", HSG, "2025"), "0.7875"); // detroit only:
																		// 630/800
		assertNumber(outcome("O3", "network", HSG, "2026"), "0.827032136106"); // (660+215)/(800+258)
																				// =
																				// 875/1058
		assertNumber(outcome("O4a", "network", HSG, ANY), "0.039532136106"); // 875/1058 -
																				// 0.7875
		assertNumber(outcome("O4b", "network", HSG, "2026"), "0.065127374201"); // 875/1058
																				// -
																				// 800/1050
		assertThat(rows).filteredOn(
				(row) -> row.scope().equals("network") && row.outcome().equals(HSG) && row.metric().matches("O[567]"))
			.as("progress rows without a network target")
			.isEmpty();
	}

	@Test
	void rollUpsPoolCountsNeverAverageRates() {
		// state MI = detroit + lansing
		assertNumber(outcome("O1", "state:MI", EGR, "2023"), "0.38"); // (400+75)/(1000+250)
																		// = 475/1250
		assertNumber(outcome("O1", "state:MI", EGR, "2025"), "0.44"); // (450+100)/1250 =
																		// 550/1250
		// 620/1252 = 0.4952...; the mean of the member rates (0.47 + 150/252)/2 =
		// 0.5326... is not it
		Row michigan = outcome("O1", "state:MI", EGR, "2026");
		assertNumber(michigan, "0.495207667732");
		assertThat(new BigDecimal(michigan.value())).isNotEqualByComparingTo("0.532619047619");
		assertNumber(outcome("O2", "state:MI", EGR, "2023"), "0.38"); // no target: rate
																		// of 2023
		assertNumber(outcome("O3", "state:MI", EGR, "2026"), "0.495207667732"); // 620/1252
		assertNumber(outcome("O4a", "state:MI", EGR, ANY), "0.055207667732"); // 620/1252
																				// - 0.44
		assertNumber(outcome("O4b", "state:MI", EGR, "2026"), "0.115207667732"); // 620/1252
																					// -
																					// 0.38
		// state OH = ohio, whose 2026 cell is suppressed at the source: its latest year
		// is 2025
		assertNumber(outcome("O3", "state:OH", EGR, "2025"), "0.4"); // 120/300
		assertNumber(outcome("O1", "region:Southeast Michigan", EGR, "2026"), "0.47"); // detroit:
																						// 470/1000
		assertNumber(outcome("O1", "kind:community_partnership", EGR, "2024"), "0.4"); // (420+80)/(1000+250)
		assertNumber(outcome("O1", "kind:state_policy_coalition", HSG, "2023"), "0.8"); // ohio:
																						// 200/250
		// a funder's members received its regrants awarded <= A: alpha = detroit + ohio
		// (R5 to lansing is after A)
		assertNumber(outcome("O1", "funder:alpha", EGR, "2025"), "0.438461538462"); // (450+120)/(1000+300)
																					// =
																					// 570/1300
		assertNumber(outcome("O1", "funder:alpha", EGR, "2026"), "0.47"); // detroit only;
																			// ohio's 2026
																			// is DS
		assertNumber(outcome("O1", "funder:beta", EGR, "2025"), "0.45"); // detroit only:
																			// 450/1000
		assertNumber(outcome("O1", "funder:gamma", EGR, "2025"), "0.4"); // lansing only:
																			// 100/250
		assertThat(rows)
			.filteredOn((row) -> row.metric().startsWith("O") && row.scope().equals("member:ohio")
					&& row.outcome().equals(EGR) && row.year().equals("2026") && row.dimension().equals("all"))
			.extracting(Row::value)
			.as("ohio's 2026 rate is missing at the source, never zero")
			.allMatch(String::isEmpty);
	}

	@Test
	void smallCellsAndTheirComplementaryPartnerAreSuppressed() {
		// detroit 2026, race_ethnicity: asian 5/8 (below 10) is hidden; exactly one
		// hidden with all/all shown,
		// so the shown subgroup with the next-smallest denominator, white (242 < 250 <
		// 500), is hidden too
		assertSuppressed(find("O1", "member:detroit", EGR, "race_ethnicity", "asian", "2026", ""));
		assertSuppressed(find("O1", "member:detroit", EGR, "race_ethnicity", "white", "2026", ""));
		assertNumber(find("O1", "member:detroit", EGR, "race_ethnicity", BLACK, "2026", ""), "0.48"); // 240/500
		assertNumber(find("O1", "member:detroit", EGR, "race_ethnicity", HISPANIC, "2026", ""), "0.4"); // 100/250
		assertNumber(find("O1", "member:detroit", EGR, "race_ethnicity", "white", "2023", ""), "0.6"); // 90/150
		// derived values of a hidden rate are hidden
		assertSuppressed(find("E1", "member:detroit", EGR, "race_ethnicity", "white", "2026", ""));
		assertSuppressed(find("E1", "member:detroit", EGR, "race_ethnicity", "asian", "2026", ""));
		// network: the asian cell pools to 5/8 and stays hidden; ohio's hispanic cell (*
		// of 40) is left out
		assertSuppressed(find("O1", "network", EGR, "race_ethnicity", "asian", "2026", ""));
		assertNumber(find("O1", "network", EGR, "race_ethnicity", HISPANIC, "2026", ""), "0.4"); // 100/250,
																									// not
																									// 100/290
	}

	@Test
	void equityGaps() {
		// E1 = subgroup rate - all/all rate, detroit early_grade_reading
		assertNumber(find("E1", "member:detroit", EGR, "race_ethnicity", BLACK, "2026", ""), "0.01"); // 0.48
																										// -
																										// 0.47
		assertNumber(find("E1", "member:detroit", EGR, "race_ethnicity", HISPANIC, "2026", ""), "-0.07"); // 0.40
																											// -
																											// 0.47
		assertNumber(find("E1", "member:detroit", EGR, "race_ethnicity", BLACK, "2023", ""), "-0.05"); // 0.35
																										// -
																										// 0.40
		assertNumber(find("E1", "member:detroit", EGR, "race_ethnicity", HISPANIC, "2023", ""), "0"); // 0.40
																										// -
																										// 0.40
		assertNumber(find("E1", "member:detroit", EGR, "race_ethnicity", "white", "2023", ""), "0.2"); // 0.60
																										// -
																										// 0.40
		assertNumber(find("E1", "network", EGR, "race_ethnicity", HISPANIC, "2026", ""), "-0.095207667732"); // 0.4
																												// -
																												// 620/1252
		// E2 = highest - lowest reportable subgroup rate; white (125/242 = 0.5165) is
		// hidden in 2026
		assertNumber(find("E2", "member:detroit", EGR, "race_ethnicity", "all", "2026", ""), "0.08"); // 0.48
																										// -
																										// 0.40
		assertNumber(find("E2", "member:detroit", EGR, "race_ethnicity", "all", "2023", ""), "0.25"); // 0.60
																										// -
																										// 0.35
		// E3 = E2 latest - E2 at the baseline year
		assertNumber(find("E3", "member:detroit", EGR, "race_ethnicity", "all", "2026", ""), "-0.17"); // 0.08
																										// -
																										// 0.25
	}

	@Test
	void additionalYoungPeopleOnAPath() {
		// per member and outcome, all/all: latest numerator - baseline rate x latest
		// denominator
		// detroit EGR 470 - 0.40 x 1000 = 70 (2027's 900 is ignored); detroit HSG 660 -
		// 0.75 x 800 = 60
		// lansing EGR 150 - 0.3 x 252 = 74.4; ohio EGR (latest 2025) 120 - 0.3 x 300 =
		// 30; ohio HSG 215 - 0.8 x 258 = 8.6
		assertNumber(headline("H1", "network"), "243"); // 70 + 60 + 74.4 + 30 + 8.6 =
														// 243.0
		assertNumber(headline("H1", "state:MI"), "204"); // 70 + 60 + 74.4 = 204.4
		assertNumber(headline("H1", "state:OH"), "39"); // 30 + 8.6 = 38.6
		assertNumber(headline("H1", "region:Southeast Michigan"), "130"); // 70 + 60
		assertNumber(headline("H1", "kind:community_partnership"), "204"); // 204.4
		assertNumber(headline("H1", "kind:state_policy_coalition"), "39"); // 38.6
		assertNumber(headline("H1", "funder:alpha"), "169"); // detroit 130 + ohio 38.6 =
																// 168.6
		assertNumber(headline("H1", "funder:beta"), "130"); // detroit
		assertNumber(headline("H1", "funder:gamma"), "74"); // lansing 74.4
		// H2 = H1 / goal (1000)
		assertNumber(headline("H2", "network"), "0.243"); // 243 / 1000
		assertNumber(headline("H2", "funder:beta"), "0.13"); // 130 / 1000
		assertNumber(find("H2", "network", "", "pace", PACE_ROW, ANY, ""), PERIOD_ELAPSED); // 912/2557
	}

	@Test
	void latestDataNeverComesFromAfterTheAsOfYear() {
		assertNumber(outcome("O3", "member:detroit", EGR, "2026"), "0.47"); // not 2027's
																			// 900/1000
		assertThat(rows)
			.filteredOn((row) -> row.metric().matches("O[2-7]|O4[ab]|E3|H[12]") && row.year().equals("2027"))
			.as("latest values of 2027, after year(A)")
			.isEmpty();
	}

	@Test
	void valuesAreWrittenInTheContractsFormats() {
		Pattern money = Pattern.compile("-?\\d+\\.\\d{2}");
		Pattern whole = Pattern.compile("-?\\d+");
		Pattern rate = Pattern.compile("-?\\d+(\\.\\d{0,11}[1-9])?");
		for (Row row : rows) {
			if (row.value().isEmpty()) {
				assertThat(row.note()).as("note of an empty value, line %d", row.line()).isNotEmpty();
				continue;
			}
			Pattern expected = row.metric().matches("F[1-9]") ? money : row.metric().equals("H1") ? whole : rate;
			assertThat(row.value()).as("value of line %d (%s)", row.line(), row).matches(expected);
		}
		assertThat(rows.stream().map(Row::metric).collect(Collectors.toSet())).as("metric ids")
			.containsAll(Set.of("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "O1", "O2", "O3", "O4a",
					"O4b", "O5", "O6", "O7", "H1", "H2", "E1", "E2", "E3"));
	}

	private static Row money(String metric, String scope, String currency) {
		return find(metric, scope, "", "all", "all", "", currency);
	}

	private static Row moneyBy(String metric, String scope, String dimension, String subgroup, String currency) {
		return find(metric, scope, "", dimension, subgroup, "", currency);
	}

	private static Row outcome(String metric, String scope, String outcome, String year) {
		return find(metric, scope, outcome, "all", "all", year, "");
	}

	private static Row headline(String metric, String scope) {
		return find(metric, scope, "", "all", "all", ANY, "");
	}

	/**
	 * The one row with this key; {@code year} {@link #ANY} matches any year. Fails
	 * listing near matches.
	 */
	private static Row find(String metric, String scope, String outcome, String dimension, String subgroup, String year,
			String currency) {
		List<String> key = Arrays.asList(metric, scope, outcome, dimension, subgroup, year, currency);
		List<Row> found = rows.stream().filter((row) -> row.matches(key) == key.size()).toList();
		if (found.size() == 1) {
			return found.get(0);
		}
		String near = rows.stream()
			.filter((row) -> row.matches(key) >= key.size() - 2 && row.metric().equals(metric))
			.sorted(Comparator.comparingInt((Row row) -> -row.matches(key)))
			.limit(15)
			.map((row) -> "  line " + row.line() + ": " + String.join(",", row.fields()))
			.collect(Collectors.joining("\n"));
		return fail("%s row for %s in metrics.csv (%d rows)%nnear matches:%n%s",
				found.isEmpty() ? "no" : found.size() + " rows instead of one", describe(key), rows.size(),
				near.isEmpty() ? "  (none)" : near);
	}

	private static String describe(List<String> key) {
		return key.stream().map((field) -> (field == null) ? "<any>" : field).collect(Collectors.joining(","));
	}

	private static void assertNumber(Row row, String expected) {
		assertThat(row.value()).as("value of %s (note '%s')", row, row.note()).isNotEmpty();
		assertThat(new BigDecimal(row.value())).as("value of %s", row).isEqualByComparingTo(expected);
	}

	private static void assertSuppressed(Row row) {
		assertThat(row.value()).as("value of suppressed %s", row).isEmpty();
		assertThat(row.note()).as("note of %s", row).isEqualTo("suppressed");
	}

	/**
	 * RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; lines end
	 * in CRLF or LF.
	 */
	static List<Row> parse(String text) {
		List<List<String>> records = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		int line = 1;
		int start = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					line += (c == '\n') ? 1 : 0;
					field.append(c);
				}
			}
			else if (c == '"') {
				assertThat(field.isEmpty() && !wasQuoted).as("a quote inside an unquoted field, line %d", line)
					.isTrue();
				quoted = true;
				wasQuoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
			}
			else if (c == '\n' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
				i += (c == '\r') ? 1 : 0;
				fields.add(field.toString());
				records.add(fields);
				lines.add(start);
				fields = new ArrayList<>();
				field.setLength(0);
				wasQuoted = false;
				line++;
				start = line;
			}
			else {
				assertThat(wasQuoted).as("text after a closing quote, line %d", line).isFalse();
				field.append(c);
			}
		}
		assertThat(quoted).as("an unterminated quote from line %d", start).isFalse();
		if (!field.isEmpty() || !fields.isEmpty() || wasQuoted) {
			fields.add(field.toString());
			records.add(fields);
			lines.add(start);
		}
		assertThat(records).as("metrics.csv records").isNotEmpty();
		assertThat(String.join(",", records.get(0))).as("metrics.csv header").isEqualTo(HEADER);
		List<Row> parsed = new ArrayList<>();
		for (int r = 1; r < records.size(); r++) {
			assertThat(records.get(r)).as("fields of line %d", lines.get(r)).hasSize(9);
			parsed.add(new Row(lines.get(r), List.copyOf(records.get(r))));
		}
		return parsed;
	}

	/** One record of metrics.csv with the line it starts on. */
	record Row(int line, List<String> fields) {

		String metric() {
			return this.fields.get(0);
		}

		String scope() {
			return this.fields.get(1);
		}

		String outcome() {
			return this.fields.get(2);
		}

		String dimension() {
			return this.fields.get(3);
		}

		String subgroup() {
			return this.fields.get(4);
		}

		String year() {
			return this.fields.get(5);
		}

		String currency() {
			return this.fields.get(6);
		}

		String value() {
			return this.fields.get(7);
		}

		String note() {
			return this.fields.get(8);
		}

		/**
		 * How many of the seven key fields equal {@code key}'s; a null key field matches
		 * anything.
		 */
		int matches(List<String> key) {
			int count = 0;
			for (int i = 0; i < key.size(); i++) {
				count += (key.get(i) == null || Objects.equals(key.get(i), this.fields.get(i))) ? 1 : 0;
			}
			return count;
		}

		@Override
		public String toString() {
			return "line " + this.line + " [" + String.join(",", this.fields) + "]";
		}

	}

}
