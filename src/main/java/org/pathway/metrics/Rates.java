package org.pathway.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact decimal arithmetic for rates. A quotient is kept to 34 significant digits (IEEE
 * decimal128) through every derived value and rounded to {@value #STORED_SCALE} decimals
 * only when stored.
 */
final class Rates {

	static final MathContext CONTEXT = MathContext.DECIMAL128;

	static final int STORED_SCALE = 12;

	private Rates() {
	}

	static BigDecimal divide(long numerator, long denominator) {
		return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), CONTEXT);
	}

	static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
		return numerator.divide(denominator, CONTEXT);
	}

	/**
	 * As stored and written: at most 12 decimals, trailing zeros removed, never in E
	 * notation.
	 */
	static BigDecimal stored(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal rounded = value.setScale(STORED_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
		return (rounded.scale() < 0) ? rounded.setScale(0) : rounded;
	}

}
