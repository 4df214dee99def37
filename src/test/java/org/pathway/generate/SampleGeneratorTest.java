package org.pathway.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the synthetic sample: determinism, size, formats, that every reference resolves,
 * that money adds up exactly and that milestone counts are internally consistent.
 */
class SampleGeneratorTest {

	private static final long YOUTH_ROWS = 50_000;

	private static final Set<String> MARKERS = Set.of("*", "DS", "[Data Suppressed]", "N<10");

	@TempDir
	static Path shared;

	private static Path sample;

	private static SampleGenerator.Summary summary;

	@BeforeAll
	static void generateOnce() throws IOException {
		sample = shared.resolve("sample");
		summary = SampleGenerator.generate(SampleGenerator.Scale.SMALL, 42, sample, YOUTH_ROWS);
	}

	@Test
	void sameSeedGivesIdenticalBytesAndAnotherSeedDifferentData(@TempDir Path dir) throws Exception {
		SampleGenerator.generate(SampleGenerator.Scale.SMALL, 42, dir.resolve("again"), YOUTH_ROWS);
		SampleGenerator.generate(SampleGenerator.Scale.SMALL, 43, dir.resolve("other"), YOUTH_ROWS);
		Map<String, String> first = hashes(sample);
		assertThat(first).hasSize(10);
		assertThat(hashes(dir.resolve("again"))).isEqualTo(first);
		Map<String, String> other = hashes(dir.resolve("other"));
		for (String name : List.of("milestones.csv", "youth_milestones.csv", "regrants.csv", "disbursements.csv",
				"targets.csv")) {
			assertThat(other.get(name)).as(name).isNotEqualTo(first.get(name));
		}
	}

	@Test
	void smallSampleIsUnderFiveMegabytesWithTwentyThousandYouthRows(@TempDir Path dir) throws IOException {
		SampleGenerator.Summary small = SampleGenerator.generate(SampleGenerator.Scale.SMALL, 1, dir);
		long onDisk = 0;
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.toList()) {
				onDisk += Files.size(file);
			}
		}
		assertThat(onDisk).isEqualTo(small.totalBytes()).isLessThan(5_000_000L);
		assertThat(small.file("youth_milestones.csv").rows()).isEqualTo(20_000);
		assertThat(lines(dir.resolve("youth_milestones.csv"))).hasSize(20_001);
	}

	@Test
	void summaryCountsMatchTheFiles() throws IOException {
		for (SampleGenerator.FileSummary file : summary.files()) {
			Path path = sample.resolve(file.name());
			assertThat(Files.size(path)).as(file.name()).isEqualTo(file.bytes());
			if (file.name().endsWith(".csv")) {
				assertThat(lines(path)).as(file.name()).hasSize((int) file.rows() + 1);
			}
		}
	}

	@Test
	void filesAreUtf8WithoutBomLfOnlyAndRectangular() throws IOException {
		for (SampleGenerator.FileSummary file : summary.files()) {
			byte[] bytes = Files.readAllBytes(sample.resolve(file.name()));
			assertThat(bytes.length).isGreaterThan(3);
			assertThat(bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB).as(file.name()).isFalse();
			assertThat(new String(bytes, StandardCharsets.UTF_8)).as(file.name()).doesNotContain("\r").endsWith("\n");
			if (file.name().endsWith(".csv")) {
				List<String> lines = lines(sample.resolve(file.name()));
				int columns = fields(lines.get(0)).size();
				for (String line : lines) {
					assertThat(fields(line)).as(file.name() + ": " + line).hasSize(columns);
				}
			}
		}
		assertThat(Files.readString(sample.resolve("members.csv"))).contains("\"Learn, Earn & Thrive Tacoma\"")
			.contains("Alianza Educativa del Valle")
			.contains("Nuestra Niñez Albuquerque");
	}

	@Test
	void planHasTheSevenYearGoal() throws IOException {
		assertThat(Files.readAllLines(sample.resolve("plan.yml"))).contains("first_year: 2024", "last_year: 2030",
				"goal_young_people: 4000000", "min_cell_size: 10",
				"intermediary_org_id: \"" + SampleGenerator.INTERMEDIARY_ORG_ID + "\"");
	}

	@Test
	void amountsDatesAndEmailsHaveTheContractFormats() throws IOException {
		for (String file : List.of("grants.csv", "grant_payments.csv", "regrants.csv", "disbursements.csv")) {
			for (Map<String, String> row : table(file)) {
				for (Map.Entry<String, String> cell : row.entrySet()) {
					if (cell.getKey().contains("amount")) {
						assertThat(cell.getValue()).as(file).matches("\\d+\\.\\d{2}");
					}
					if (cell.getKey().contains("date") && !cell.getValue().isEmpty()) {
						assertThat(LocalDate.parse(cell.getValue()).toString()).isEqualTo(cell.getValue());
					}
				}
			}
		}
		for (Map<String, String> funder : table("funders.csv")) {
			for (String email : funder.get("contact_email").split(";")) {
				assertThat(email).endsWith("@example.org");
			}
		}
		for (Map<String, String> target : table("targets.csv")) {
			assertThat(target.get("baseline_rate")).matches("0\\.\\d{1,4}");
			assertThat(target.get("target_rate")).matches("0\\.\\d{1,4}");
			assertThat(new BigDecimal(target.get("target_rate")))
				.isGreaterThan(new BigDecimal(target.get("baseline_rate")));
		}
	}

	@Test
	void everyReferenceResolves() throws IOException {
		Set<String> funders = column("funders.csv", "funder_id");
		Set<String> grants = column("grants.csv", "grant_id");
		Set<String> members = column("members.csv", "member_id");
		Set<String> regrants = column("regrants.csv", "regrant_id");
		Map<String, String> currencies = new HashMap<>();
		for (Map<String, String> grant : table("grants.csv")) {
			assertThat(funders).contains(grant.get("funder_id"));
			currencies.put(grant.get("grant_id"), grant.get("currency"));
		}
		for (Map<String, String> payment : table("grant_payments.csv")) {
			assertThat(grants).contains(payment.get("grant_id"));
		}
		for (Map<String, String> regrant : table("regrants.csv")) {
			assertThat(grants).contains(regrant.get("grant_id"));
			assertThat(members).contains(regrant.get("member_id"));
			assertThat(regrant.get("currency")).isEqualTo(currencies.get(regrant.get("grant_id")));
			assertThat(regrant.get("regrant_id")).matches("R-20\\d\\d-\\d{3}");
			assertThat(regrant.get("regrant_type")).matches("|FRG0[1-7]0");
		}
		for (Map<String, String> disbursement : table("disbursements.csv")) {
			assertThat(regrants).contains(disbursement.get("regrant_id"));
			assertThat(disbursement.get("disbursement_id")).matches("D-\\d{6}");
		}
		assertThat(members).containsAll(column("milestones.csv", "member_id"));
		assertThat(members).containsAll(column("youth_milestones.csv", "member_id"));
		Set<String> scopes = column("targets.csv", "scope");
		assertThat(scopes).contains("network");
		scopes.remove("network");
		assertThat(members).containsAll(scopes);
		assertThat(scopes).hasSizeBetween(8, 12);
		assertThat(table("targets.csv").stream().filter((row) -> "network".equals(row.get("scope"))))
			.extracting((row) -> row.get("outcome"))
			.containsExactlyInAnyOrderElementsOf(OutcomeModel.OUTCOMES);
		for (String file : List.of("funders.csv", "grants.csv", "grant_payments.csv", "members.csv", "regrants.csv",
				"disbursements.csv")) {
			List<Map<String, String>> rows = table(file);
			String key = rows.get(0).keySet().iterator().next();
			assertThat(column(file, key)).as(file + " keys").hasSize(rows.size());
		}
	}

	@Test
	void ballmerGrantIsPaidInInstalmentsAddingUpExactly() throws IOException {
		Map<String, String> ballmer = table("grants.csv").stream()
			.filter((grant) -> SampleGenerator.BALLMER_FUNDER_ID.equals(grant.get("funder_id")))
			.findFirst()
			.orElseThrow();
		assertThat(ballmer.get("amount")).isEqualTo("175000000.00");
		assertThat(new BigDecimal(ballmer.get("regrant_pool_amount"))).isEqualByComparingTo("130000000");
		assertThat(ballmer.get("start_date")).isEqualTo("2024-01-01");
		assertThat(ballmer.get("end_date")).isEqualTo("2030-12-31");
		for (Map<String, String> grant : table("grants.csv")) {
			List<Map<String, String>> payments = table("grant_payments.csv").stream()
				.filter((payment) -> payment.get("grant_id").equals(grant.get("grant_id")))
				.toList();
			assertThat(sum(payments, "amount")).as(grant.get("grant_id"))
				.isEqualByComparingTo(new BigDecimal(grant.get("amount")));
		}
		for (Map<String, String> payment : table("grant_payments.csv")) {
			boolean paid = "paid".equals(payment.get("status"));
			assertThat(payment.get("paid_date").isEmpty()).isEqualTo(!paid);
			if (paid) {
				assertThat(LocalDate.parse(payment.get("paid_date"))).isBeforeOrEqualTo(SampleGenerator.DATA_DATE);
			}
			else if ("scheduled".equals(payment.get("status"))) {
				assertThat(LocalDate.parse(payment.get("due_date"))).isAfter(SampleGenerator.DATA_DATE.minusDays(15));
			}
		}
		assertThat(column("grant_payments.csv", "status")).containsExactlyInAnyOrder("paid", "scheduled", "cancelled");
		assertThat(column("grants.csv", "currency")).containsExactlyInAnyOrder("USD", "CAD");
		assertThat(column("grants.csv", "regrant_pool_amount")).contains("0.00");
	}

	@Test
	void regrantsStayWithinPoolsAndDisbursementsAddUpExceptTheCancelledOne() throws IOException {
		Map<String, BigDecimal> pools = new HashMap<>();
		for (Map<String, String> grant : table("grants.csv")) {
			pools.put(grant.get("grant_id"), new BigDecimal(grant.get("regrant_pool_amount")));
		}
		Map<String, BigDecimal> regranted = new TreeMap<>();
		Map<String, BigDecimal> byDataDate = new TreeMap<>();
		for (Map<String, String> regrant : table("regrants.csv")) {
			BigDecimal amount = new BigDecimal(regrant.get("amount"));
			regranted.merge(regrant.get("grant_id"), amount, BigDecimal::add);
			if (!LocalDate.parse(regrant.get("award_date")).isAfter(SampleGenerator.DATA_DATE)) {
				byDataDate.merge(regrant.get("grant_id"), amount, BigDecimal::add);
			}
		}
		regranted.forEach((grant, total) -> assertThat(total).as(grant).isLessThanOrEqualTo(pools.get(grant)));
		BigDecimal ballmerShare = byDataDate.get("G-BALLMER-2024")
			.divide(pools.get("G-BALLMER-2024"), 4, RoundingMode.HALF_UP);
		assertThat(ballmerShare).isBetween(new BigDecimal("0.55"), new BigDecimal("0.70"));
		Set<String> ballmerMembers = new HashSet<>();
		Set<String> cadMembers = new HashSet<>();
		for (Map<String, String> regrant : table("regrants.csv")) {
			(regrant.get("currency").equals("CAD") ? cadMembers : ballmerMembers).add(regrant.get("member_id"));
		}
		assertThat(ballmerMembers).hasSizeGreaterThan(55);
		assertThat(cadMembers).hasSizeBetween(2, 3);

		Map<String, List<Map<String, String>>> instalments = new HashMap<>();
		for (Map<String, String> disbursement : table("disbursements.csv")) {
			instalments.computeIfAbsent(disbursement.get("regrant_id"), (id) -> new ArrayList<>()).add(disbursement);
		}
		int cancelledRegrants = 0;
		for (Map<String, String> regrant : table("regrants.csv")) {
			List<Map<String, String>> all = instalments.get(regrant.get("regrant_id"));
			assertThat(all).as(regrant.get("regrant_id")).hasSizeGreaterThanOrEqualTo(2);
			BigDecimal amount = new BigDecimal(regrant.get("amount"));
			List<Map<String, String>> live = all.stream().filter((d) -> !"cancelled".equals(d.get("status"))).toList();
			assertThat(sum(all, "amount")).isEqualByComparingTo(amount);
			if (live.size() == all.size()) {
				assertThat(sum(live, "amount")).isEqualByComparingTo(amount);
			}
			else {
				cancelledRegrants++;
				assertThat(sum(live, "amount")).isLessThan(amount);
			}
		}
		assertThat(cancelledRegrants).isEqualTo(1);
	}

	@Test
	void aFewScheduledDisbursementsAreOverdueInEveryAgeingBucket() throws IOException {
		int[] buckets = new int[3];
		for (Map<String, String> disbursement : table("disbursements.csv")) {
			LocalDate date = LocalDate.parse(disbursement.get("date"));
			String status = disbursement.get("status");
			if (date.isAfter(SampleGenerator.DATA_DATE)) {
				assertThat(status).isNotEqualTo("paid");
			}
			else if ("scheduled".equals(status)) {
				long late = ChronoUnit.DAYS.between(date, SampleGenerator.DATA_DATE);
				buckets[(late <= 30) ? 0 : (late <= 60) ? 1 : 2]++;
			}
		}
		assertThat(buckets).containsExactly(2, 2, 2);
	}

	@Test
	void membersSpanThirtyStatesAndDcWithFourCoalitionsAndThreeRegions() throws IOException {
		List<Map<String, String>> members = table("members.csv");
		assertThat(members).hasSize(70);
		Set<String> states = column("members.csv", "state");
		assertThat(states).hasSize(31).contains("DC");
		assertThat(members.stream().filter((m) -> "state_policy_coalition".equals(m.get("kind")))).hasSize(4);
		assertThat(column("members.csv", "kind")).containsExactlyInAnyOrder("community_partnership",
				"state_policy_coalition");
		assertThat(column("members.csv", "region")).containsExactlyInAnyOrder("", "Southeast Michigan",
				"Los Angeles County", "Washington State");
		for (String region : List.of("Southeast Michigan", "Los Angeles County", "Washington State")) {
			assertThat(members.stream().filter((m) -> region.equals(m.get("region")))).hasSizeGreaterThanOrEqualTo(3);
		}
		assertThat(members.stream().filter((m) -> "Southeast Michigan".equals(m.get("region"))))
			.allMatch((m) -> "MI".equals(m.get("state")));
	}

	@Test
	void milestoneSubgroupsAddUpAndSomeCellsAreSuppressedAtSource() throws IOException {
		Map<String, long[]> totals = new HashMap<>();
		Set<String> suppressedDimensions = new HashSet<>();
		Set<String> seenMarkers = new HashSet<>();
		Set<String> keys = new HashSet<>();
		int suppressed = 0;
		int small = 0;
		for (Map<String, String> row : table("milestones.csv")) {
			String result = row.get("member_id") + "|" + row.get("outcome") + "|" + row.get("year");
			assertThat(keys.add(result + "|" + row.get("dimension") + "|" + row.get("subgroup"))).isTrue();
			assertThat(Integer.parseInt(row.get("year"))).isBetween(2018, 2025);
			assertThat(OutcomeModel.OUTCOMES).contains(row.get("outcome"));
			String numerator = row.get("numerator");
			String denominator = row.get("denominator");
			if (MARKERS.contains(numerator)) {
				seenMarkers.add(numerator);
				suppressed++;
				suppressedDimensions.add(result + "|" + row.get("dimension"));
				assertThat(row.get("dimension")).isNotEqualTo("all");
				continue;
			}
			long met = Long.parseLong(numerator);
			long measured = Long.parseLong(denominator);
			assertThat(met).isBetween(0L, measured);
			small += (measured < 10) ? 1 : 0;
			long[] total = totals.computeIfAbsent(result + "|" + row.get("dimension"), (k) -> new long[2]);
			total[0] += met;
			total[1] += measured;
		}
		assertThat(suppressed).isBetween(20, 120);
		assertThat(seenMarkers).isEqualTo(MARKERS);
		assertThat(small).isGreaterThan(100);
		int checked = 0;
		for (Map.Entry<String, long[]> entry : totals.entrySet()) {
			if (entry.getKey().endsWith("|all") || suppressedDimensions.contains(entry.getKey())) {
				continue;
			}
			String result = entry.getKey().substring(0, entry.getKey().lastIndexOf('|'));
			assertThat(entry.getValue()).as(entry.getKey()).containsExactly(totals.get(result + "|all"));
			checked++;
		}
		assertThat(checked).isGreaterThan(1000);
	}

	@Test
	void youthFileHasTheRequestedRowsUniqueKeysAndNoOverlapWithMilestones() throws IOException {
		Set<String> milestoneResults = new HashSet<>();
		for (Map<String, String> row : table("milestones.csv")) {
			milestoneResults.add(row.get("member_id") + "|" + row.get("outcome") + "|" + row.get("year"));
		}
		Set<String> youthKeys = new HashSet<>();
		Set<String> youthResults = new HashSet<>();
		List<String> lines = lines(sample.resolve("youth_milestones.csv"));
		assertThat(lines.get(0)).isEqualTo("member_id,youth_id,outcome,year,race_ethnicity,low_income,gender,met");
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",", -1);
			assertThat(f).hasSize(8);
			assertThat(f[1]).matches("Y-\\d{8}");
			assertThat(f[5]).isIn("0", "1");
			assertThat(f[7]).isIn("0", "1");
			assertThat(OutcomeModel.RACES).contains(f[4]);
			assertThat(OutcomeModel.GENDERS).contains(f[6]);
			assertThat(youthKeys.add(f[0] + "|" + f[1] + "|" + f[2] + "|" + f[3])).as(line).isTrue();
			youthResults.add(f[0] + "|" + f[2] + "|" + f[3]);
		}
		assertThat(lines).hasSize((int) YOUTH_ROWS + 1);
		assertThat(youthResults.stream().map((key) -> key.substring(0, key.indexOf('|'))).distinct()).hasSize(4);
		assertThat(youthResults).doesNotContainAnyElementsOf(milestoneResults);
	}

	@Test
	void networkBaselinesArePooledRatesOfMilestonesAndYouthRecords() throws IOException {
		Map<String, long[]> pooled = new HashMap<>();
		for (Map<String, String> row : table("milestones.csv")) {
			if ("2023".equals(row.get("year")) && "all".equals(row.get("dimension"))) {
				long[] counts = pooled.computeIfAbsent(row.get("outcome"), (k) -> new long[2]);
				counts[0] += Long.parseLong(row.get("numerator"));
				counts[1] += Long.parseLong(row.get("denominator"));
			}
		}
		for (String line : lines(sample.resolve("youth_milestones.csv")).subList(1, (int) YOUTH_ROWS + 1)) {
			String[] f = line.split(",", -1);
			if ("2023".equals(f[3])) {
				long[] counts = pooled.computeIfAbsent(f[2], (k) -> new long[2]);
				counts[0] += Long.parseLong(f[7]);
				counts[1]++;
			}
		}
		for (Map<String, String> target : table("targets.csv")) {
			if ("network".equals(target.get("scope"))) {
				long[] counts = pooled.get(target.get("outcome"));
				BigDecimal rate = BigDecimal.valueOf(counts[0])
					.divide(BigDecimal.valueOf(counts[1]), 4, RoundingMode.HALF_UP);
				assertThat(target.get("baseline_rate")).as(target.get("outcome")).isEqualTo(rate.toPlainString());
			}
		}
	}

	@Test
	void outcomeRatesAreRealisticWithEquityGaps() throws IOException {
		Map<String, long[]> rates = new HashMap<>();
		for (Map<String, String> row : table("milestones.csv")) {
			if (MARKERS.contains(row.get("numerator")) || !"2023".equals(row.get("year"))) {
				continue;
			}
			String key = row.get("outcome") + "|" + row.get("subgroup");
			long[] counts = rates.computeIfAbsent(key, (k) -> new long[2]);
			counts[0] += Long.parseLong(row.get("numerator"));
			counts[1] += Long.parseLong(row.get("denominator"));
		}
		assertThat(rate(rates, "kindergarten_readiness|all")).isBetween(0.45, 0.60);
		assertThat(rate(rates, "high_school_graduation|all")).isBetween(0.80, 0.90);
		assertThat(rate(rates, "postsecondary_completion|all")).isBetween(0.30, 0.45);
		for (String outcome : OutcomeModel.OUTCOMES) {
			assertThat(rate(rates, outcome + "|white") - rate(rates, outcome + "|black_african_american")).as(outcome)
				.isGreaterThan(0.04);
			assertThat(rate(rates, outcome + "|not_low_income") - rate(rates, outcome + "|low_income")).as(outcome)
				.isGreaterThan(0.04);
		}
	}

	private static double rate(Map<String, long[]> rates, String key) {
		long[] counts = rates.get(key);
		return (double) counts[0] / counts[1];
	}

	private static BigDecimal sum(List<Map<String, String>> rows, String column) {
		return rows.stream().map((row) -> new BigDecimal(row.get(column))).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static Set<String> column(String file, String column) throws IOException {
		Set<String> values = new HashSet<>();
		for (Map<String, String> row : table(file)) {
			values.add(row.get(column));
		}
		return values;
	}

	private static List<Map<String, String>> table(String file) throws IOException {
		List<String> lines = lines(sample.resolve(file));
		List<String> header = fields(lines.get(0));
		List<Map<String, String>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			List<String> values = fields(line);
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i), values.get(i));
			}
			rows.add(row);
		}
		return rows;
	}

	private static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8);
	}

	/**
	 * Splits one CSV line with RFC 4180 quotes (the sample has no line breaks inside
	 * fields).
	 */
	private static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	private static Map<String, String> hashes(Path dir) throws IOException, NoSuchAlgorithmException {
		Map<String, String> hashes = new TreeMap<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.toList()) {
				MessageDigest sha = MessageDigest.getInstance("SHA-256");
				byte[] digest = sha.digest(Files.readAllBytes(file));
				hashes.put(file.getFileName().toString(), HexFormat.of().formatHex(digest));
			}
		}
		return hashes;
	}

}
