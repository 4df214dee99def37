package org.pathway.generate;

import java.util.SplittableRandom;

/**
 * Random draws the generator needs (normal, binomial, multinomial) built only on the raw
 * {@link SplittableRandom} streams and {@link StrictMath}, so a seed gives the same
 * numbers on every JVM and CPU.
 */
final class Sampling {

	private Sampling() {
	}

	/**
	 * An independent stream for one part of the data (a member, a cell, a file), so that
	 * leaving one part out never shifts the numbers of another.
	 */
	static SplittableRandom stream(long seed, long... keys) {
		long state = mix(seed ^ 0x5DEECE66DL);
		for (long key : keys) {
			state = mix(state ^ mix(key + 0x9E3779B97F4A7C15L));
		}
		return new SplittableRandom(state);
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	static double gaussian(SplittableRandom random) {
		double u1 = 1.0 - random.nextDouble();
		double u2 = random.nextDouble();
		return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
	}

	static double logistic(double x) {
		return 1.0 / (1.0 + StrictMath.exp(-x));
	}

	static double logit(double p) {
		return StrictMath.log(p / (1.0 - p));
	}

	/**
	 * Binomial(n, p): exact for small n, Poisson for rare events, normal approximation
	 * otherwise.
	 */
	static int binomial(SplittableRandom random, int n, double p) {
		if (n <= 0 || p <= 0) {
			return 0;
		}
		if (p >= 1) {
			return n;
		}
		if (n <= 40) {
			int hits = 0;
			for (int i = 0; i < n; i++) {
				if (random.nextDouble() < p) {
					hits++;
				}
			}
			return hits;
		}
		if (n * p < 12) {
			return Math.min(n, poisson(random, n * p));
		}
		if (n * (1 - p) < 12) {
			return n - Math.min(n, poisson(random, n * (1 - p)));
		}
		double draw = n * p + StrictMath.sqrt(n * p * (1 - p)) * gaussian(random);
		return (int) Math.max(0, Math.min(n, StrictMath.round(draw)));
	}

	private static int poisson(SplittableRandom random, double mean) {
		double limit = StrictMath.exp(-mean);
		double product = random.nextDouble();
		int count = 0;
		while (product > limit) {
			product *= random.nextDouble();
			count++;
		}
		return count;
	}

	/** Splits n over cells with the given probabilities (summing to about 1). */
	static int[] multinomial(SplittableRandom random, int n, double[] probabilities) {
		int[] counts = new int[probabilities.length];
		int last = -1;
		for (int i = 0; i < probabilities.length; i++) {
			if (probabilities[i] > 0) {
				last = i;
			}
		}
		int remaining = n;
		double mass = 1.0;
		for (int i = 0; i < last && remaining > 0; i++) {
			if (probabilities[i] <= 0) {
				continue;
			}
			double conditional = (mass <= probabilities[i]) ? 1.0 : probabilities[i] / mass;
			counts[i] = binomial(random, remaining, conditional);
			remaining -= counts[i];
			mass -= probabilities[i];
		}
		if (last >= 0) {
			counts[last] += remaining;
		}
		return counts;
	}

	/** A uniform whole number in [0, bound), from the raw 64-bit stream only. */
	static int below(SplittableRandom random, int bound) {
		return (int) Math.floorMod(random.nextLong(), (long) bound);
	}

	/** A whole number of units of {@code step} near {@code value}, at least one step. */
	static long roundTo(double value, long step) {
		return Math.max(step, StrictMath.round(value / step) * step);
	}

}
