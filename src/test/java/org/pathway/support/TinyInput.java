package org.pathway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small, hand-written, coherent input folder (two funders, three members, two
 * currencies), and helpers to change one file of it. Figures are chosen so that totals
 * are easy to check by hand.
 */
public final class TinyInput {

	public static final String PLAN = """
			name: "Cradle to Career Plan 2024-2030"
			first_year: 2024
			last_year: 2030
			goal_young_people: 4000000
			min_cell_size: 10
			intermediary_org_id: "US-EIN-00-0000001"
			""";

	public static final String FUNDERS = """
			funder_id,name,contact_email
			ballmer,Ballmer Group,grants@example.org;officer@example.org
			horizon,Fondation Horizon Jeunesse,
			""";

	public static final String MEMBERS = """
			member_id,name,kind,state,region
			detroit,"Detroit Cradle to Career, Inc.",community_partnership,MI,Southeast Michigan
			la,Alianza Educativa del Valle,community_partnership,CA,Los Angeles County
			wa-coalition,Washington State Policy Coalition,state_policy_coalition,WA,Washington State
			""";

	public static final String GRANTS = """
			grant_id,funder_id,title,currency,amount,award_date,start_date,end_date,regrant_pool_amount
			G-BALLMER,ballmer,Seven-year network grant,USD,175000000.00,2024-01-15,2024-01-01,2030-12-31,130000000
			G-HORIZON,horizon,Early learning,EUR,2000000.50,2025-02-01,2025-02-01,2027-12-31,1000000
			""";

	public static final String PAYMENTS = """
			payment_id,grant_id,due_date,amount,status,paid_date
			P1,G-BALLMER,2024-01-31,25000000,paid,2024-02-02
			P2,G-BALLMER,2025-01-31,25000000,paid,2025-01-30
			P3,G-BALLMER,2026-01-31,25000000,scheduled,
			P4,G-HORIZON,2025-03-01,2000000.50,paid,2025-03-05
			""";

	public static final String REGRANTS = """
			regrant_id,grant_id,member_id,currency,amount,award_date,start_date,end_date,regrant_type
			R1,G-BALLMER,detroit,USD,1500000.25,2024-03-01,2024-03-01,2026-12-31,FRG010
			R2,G-BALLMER,la,USD,2250000.50,2024-06-15,2024-07-01,2027-06-30,
			R3,G-HORIZON,la,EUR,400000,2025-04-01,2025-04-01,2026-03-31,FRG020
			""";

	public static final String DISBURSEMENTS = """
			disbursement_id,regrant_id,date,amount,status
			D1,R1,2024-03-15,750000.25,paid
			D2,R1,2025-03-15,750000,scheduled
			D3,R2,2024-07-15,2250000.50,paid
			D4,R3,2025-04-15,400000,paid
			""";

	public static final String MILESTONES = """
			member_id,outcome,year,dimension,subgroup,numerator,denominator
			detroit,early_grade_reading,2023,all,all,400,1000
			detroit,early_grade_reading,2024,all,all,450,1000
			detroit,early_grade_reading,2024,race_ethnicity,black_african_american,300,700
			detroit,early_grade_reading,2024,race_ethnicity,white,*,DS
			la,high_school_graduation,2024,all,all,N<10,820
			""";

	public static final String YOUTH = """
			member_id,youth_id,outcome,year,race_ethnicity,low_income,gender,met
			la,Y1,early_grade_reading,2024,hispanic_latino,1,female,1
			la,Y2,early_grade_reading,2024,hispanic_latino,1,male,0
			la,Y3,early_grade_reading,2024,asian,0,female,1
			la,Y1,early_grade_reading,2025,hispanic_latino,1,female,1
			""";

	public static final String TARGETS = """
			scope,outcome,baseline_year,baseline_rate,target_year,target_rate
			network,early_grade_reading,2023,0.4,2030,0.55
			detroit,early_grade_reading,2023,0.4000,2030,0.6
			""";

	private TinyInput() {
	}

	/** Writes the whole folder. */
	public static Path write(Path folder) {
		write(folder, "plan.yml", PLAN);
		write(folder, "funders.csv", FUNDERS);
		write(folder, "members.csv", MEMBERS);
		write(folder, "grants.csv", GRANTS);
		write(folder, "grant_payments.csv", PAYMENTS);
		write(folder, "regrants.csv", REGRANTS);
		write(folder, "disbursements.csv", DISBURSEMENTS);
		write(folder, "milestones.csv", MILESTONES);
		write(folder, "youth_milestones.csv", YOUTH);
		write(folder, "targets.csv", TARGETS);
		return folder;
	}

	public static Path write(Path folder, String name, String content) {
		try {
			Path file = folder.resolve(name);
			Files.createDirectories(file.getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
