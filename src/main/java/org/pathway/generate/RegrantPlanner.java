package org.pathway.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.pathway.generate.MemberRoster.Member;
import org.pathway.generate.MoneyGenerator.Disbursement;
import org.pathway.generate.MoneyGenerator.Grant;
import org.pathway.generate.MoneyGenerator.Regrant;

/**
 * Plans the regrants (Ballmer Group's pool in three award rounds plus renewals, two
 * smaller pools) and their instalments, including a few overdue instalments in each
 * ageing bucket and one cancelled instalment, as of {@link SampleGenerator#DATA_DATE}.
 */
final class RegrantPlanner {

	private static final LocalDate DATA_DATE = SampleGenerator.DATA_DATE;

	/** A regrant before it gets its id: amounts start as unscaled weights. */
	private record Draft(Grant grant, Member member, double weight, LocalDate award, String type) {
	}

	private final SplittableRandom random;

	private final List<Regrant> regrants = new ArrayList<>();

	private final List<Disbursement> disbursements = new ArrayList<>();

	RegrantPlanner(long seed) {
		this.random = Sampling.stream(seed, 10);
		List<Draft> drafts = new ArrayList<>(ballmer());
		drafts.addAll(harborlight());
		drafts.addAll(boreale());
		drafts.sort(Comparator.comparing(Draft::award)
			.thenComparing((draft) -> draft.member().id())
			.thenComparing((draft) -> draft.grant().id()));
		int year = 0;
		int number = 0;
		for (Draft draft : drafts) {
			number = (draft.award().getYear() == year) ? number + 1 : 1;
			year = draft.award().getYear();
			LocalDate start = draft.award().withDayOfMonth(1).plusMonths(1);
			int months = (draft.grant() == MoneyGenerator.HARBORLIGHT) ? 18 : 24;
			this.regrants.add(new Regrant("R-" + year + "-" + MoneyGenerator.pad(number, 3), draft.grant(),
					draft.member(), BigDecimal.valueOf(Sampling.roundTo(draft.weight(), 5000)).setScale(2),
					draft.award(), start, start.plusMonths(months).minusDays(1), draft.type()));
		}
		for (Regrant regrant : this.regrants) {
			instalments(regrant);
		}
		cancelOne();
		leaveOverdue();
	}

	List<Regrant> regrants() {
		return this.regrants;
	}

	List<Disbursement> disbursements() {
		return this.disbursements;
	}

	/**
	 * Ballmer Group's pool: round 1 (2024), round 2 (2025), round 3 (2026) and renewals
	 * of round 1, a few of them approved after the data date; scaled so 58-66% of the
	 * pool is awarded by the data date.
	 */
	private List<Draft> ballmer() {
		List<Draft> drafts = new ArrayList<>();
		for (Member member : MemberRoster.members()) {
			if (!member.coalition() && this.random.nextDouble() >= 0.9) {
				continue;
			}
			double size = member.coalition() ? 1_400_000 : 250_000 + 85.0 * member.cohort();
			double weight = size * StrictMath.exp(0.2 * Sampling.gaussian(this.random));
			String type = member.coalition() ? "FRG070" : ballmerType();
			double round = this.random.nextDouble();
			if (round < 0.62) {
				LocalDate award = LocalDate.of(2024, 3, 1).plusDays(Sampling.below(this.random, 120));
				drafts.add(new Draft(MoneyGenerator.BALLMER, member, weight, award, type));
				double renewal = this.random.nextDouble();
				LocalDate end = award.withDayOfMonth(1).plusMonths(25).minusDays(1);
				if (renewal < 0.12) {
					LocalDate later = LocalDate.of(2026, 10, 1).plusDays(Sampling.below(this.random, 75));
					drafts.add(new Draft(MoneyGenerator.BALLMER, member, weight * 1.1, later, type));
				}
				else if (renewal < 0.8) {
					LocalDate renewed = end.minusDays(20 + Sampling.below(this.random, 100));
					drafts.add(new Draft(MoneyGenerator.BALLMER, member, weight * 1.1, renewed, type));
				}
			}
			else if (round < 0.88) {
				LocalDate award = LocalDate.of(2025, 2, 1).plusDays(Sampling.below(this.random, 150));
				drafts.add(new Draft(MoneyGenerator.BALLMER, member, weight, award, type));
			}
			else {
				LocalDate award = LocalDate.of(2026, 2, 1).plusDays(Sampling.below(this.random, 170));
				drafts.add(new Draft(MoneyGenerator.BALLMER, member, weight, award, type));
			}
		}
		double awarded = 0;
		for (Draft draft : drafts) {
			awarded += draft.award().isAfter(DATA_DATE) ? 0 : draft.weight();
		}
		double share = 0.58 + 0.08 * this.random.nextDouble();
		double scale = 130_000_000 * share / awarded;
		List<Draft> scaled = new ArrayList<>();
		for (Draft draft : drafts) {
			scaled.add(new Draft(draft.grant(), draft.member(), draft.weight() * scale, draft.award(), draft.type()));
		}
		return scaled;
	}

	private String ballmerType() {
		double u = this.random.nextDouble();
		return (u < 0.25) ? "" : (u < 0.7) ? "FRG020" : (u < 0.9) ? "FRG010" : "FRG050";
	}

	/** Harborlight's early-learning pool: seven partnerships in the South. */
	private List<Draft> harborlight() {
		List<Member> eligible = new ArrayList<>();
		for (Member member : MemberRoster.members()) {
			if (!member.coalition()
					&& List.of("GA", "TN", "AL", "FL", "NC", "VA", "MD", "DC", "KY").contains(member.state())) {
				eligible.add(member);
			}
		}
		List<Draft> drafts = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			Member member = eligible.remove(Sampling.below(this.random, eligible.size()));
			double weight = (200_000 + 30.0 * member.cohort()) * StrictMath.exp(0.2 * Sampling.gaussian(this.random));
			LocalDate award = LocalDate.of(2024, 5, 1).plusDays(Sampling.below(this.random, 400));
			drafts.add(new Draft(MoneyGenerator.HARBORLIGHT, member, weight, award,
					(this.random.nextDouble() < 0.7) ? "FRG030" : ""));
		}
		return drafts;
	}

	/** Fondation Boréale's CAD pool: three partnerships near the Canadian border. */
	private List<Draft> boreale() {
		List<Draft> drafts = new ArrayList<>();
		for (String id : List.of("mi-detroit", "ny-buffalo", "wa-spokane")) {
			double weight = 300_000 * StrictMath.exp(0.15 * Sampling.gaussian(this.random));
			LocalDate award = LocalDate.of(2025, 2, 10).plusDays(Sampling.below(this.random, 60));
			drafts.add(new Draft(MoneyGenerator.BOREALE, MemberRoster.byId(id), weight, award, "FRG040"));
		}
		return drafts;
	}

	/**
	 * Three (40/30/30 every 8 months) or four (quarters every 6 months) instalments
	 * adding up exactly.
	 */
	private void instalments(Regrant regrant) {
		boolean three = this.random.nextDouble() < 0.5;
		int[] percents = three ? new int[] { 40, 30, 30 } : new int[] { 25, 25, 25, 25 };
		int months = three ? 8 : 6;
		BigDecimal left = regrant.amount();
		for (int i = 0; i < percents.length; i++) {
			BigDecimal amount = (i == percents.length - 1) ? left
					: regrant.amount()
						.multiply(BigDecimal.valueOf(percents[i]))
						.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
			left = left.subtract(amount);
			LocalDate date = regrant.start().plusMonths((long) i * months).plusDays(Sampling.below(this.random, 21));
			String status = date.isAfter(DATA_DATE) ? MoneyGenerator.SCHEDULED : MoneyGenerator.PAID;
			this.disbursements.add(new Disbursement("D-" + MoneyGenerator.pad(this.disbursements.size() + 1, 6),
					regrant.id(), date, amount, status));
		}
	}

	/**
	 * One Ballmer regrant whose member paused its work: its last, future instalment is
	 * cancelled.
	 */
	private void cancelOne() {
		List<Integer> candidates = new ArrayList<>();
		for (int i = 0; i < this.disbursements.size(); i++) {
			Disbursement d = this.disbursements.get(i);
			boolean last = i + 1 == this.disbursements.size()
					|| !this.disbursements.get(i + 1).regrantId().equals(d.regrantId());
			boolean started = i > 0 && this.disbursements.get(i - 1).regrantId().equals(d.regrantId())
					&& MoneyGenerator.PAID.equals(this.disbursements.get(i - 1).status());
			if (last && started && d.date().isAfter(DATA_DATE) && regrant(d).grant() == MoneyGenerator.BALLMER) {
				candidates.add(i);
			}
		}
		int chosen = candidates.get(Sampling.below(this.random, candidates.size()));
		this.disbursements.set(chosen, withStatus(this.disbursements.get(chosen), MoneyGenerator.CANCELLED));
	}

	/**
	 * Two instalments in each ageing bucket (1-30, 31-60, 61-150 days before the data
	 * date) are overdue: still scheduled. Each is the latest instalment due of its
	 * regrant; when a bucket has too few, a later instalment (never a first one) of
	 * another regrant is moved into it.
	 */
	private void leaveOverdue() {
		String cancelled = null;
		for (Disbursement d : this.disbursements) {
			cancelled = MoneyGenerator.CANCELLED.equals(d.status()) ? d.regrantId() : cancelled;
		}
		int[][] buckets = { { 1, 30 }, { 31, 60 }, { 61, 150 } };
		for (int[] bucket : buckets) {
			for (int k = 0; k < 2; k++) {
				List<Integer> candidates = latestDuePaid(bucket[0], bucket[1], cancelled, false);
				LocalDate date = null;
				if (candidates.isEmpty()) {
					candidates = latestDuePaid(1, 150, cancelled, true);
					date = DATA_DATE.minusDays(bucket[0] + Sampling.below(this.random, bucket[1] - bucket[0] + 1));
				}
				int chosen = candidates.get(Sampling.below(this.random, candidates.size()));
				Disbursement d = this.disbursements.get(chosen);
				this.disbursements.set(chosen, new Disbursement(d.id(), d.regrantId(), (date != null) ? date : d.date(),
						d.amount(), MoneyGenerator.SCHEDULED));
			}
		}
	}

	/**
	 * Paid instalments due {@code from}-{@code to} days before the data date, each its
	 * regrant's latest due.
	 */
	private List<Integer> latestDuePaid(int from, int to, String cancelled, boolean notFirst) {
		List<Integer> candidates = new ArrayList<>();
		for (int i = 0; i < this.disbursements.size(); i++) {
			Disbursement d = this.disbursements.get(i);
			long late = ChronoUnit.DAYS.between(d.date(), DATA_DATE);
			boolean latestDue = i + 1 == this.disbursements.size()
					|| !this.disbursements.get(i + 1).regrantId().equals(d.regrantId())
					|| this.disbursements.get(i + 1).date().isAfter(DATA_DATE);
			boolean first = i == 0 || !this.disbursements.get(i - 1).regrantId().equals(d.regrantId());
			if (late >= from && late <= to && latestDue && !(notFirst && first)
					&& MoneyGenerator.PAID.equals(d.status()) && !d.regrantId().equals(cancelled)) {
				candidates.add(i);
			}
		}
		return candidates;
	}

	private Regrant regrant(Disbursement disbursement) {
		for (Regrant regrant : this.regrants) {
			if (regrant.id().equals(disbursement.regrantId())) {
				return regrant;
			}
		}
		throw new IllegalStateException("no regrant " + disbursement.regrantId());
	}

	private static Disbursement withStatus(Disbursement d, String status) {
		return new Disbursement(d.id(), d.regrantId(), d.date(), d.amount(), status);
	}

}
