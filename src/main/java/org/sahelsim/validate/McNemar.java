package org.sahelsim.validate;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Exact McNemar test for paired binary outcomes (McNemar 1947): replicate i of two arms shares its
 * seed, so the arms are compared on the discordant pairs only.
 */
public final class McNemar {
    private McNemar() {
    }

    /**
     * One-sided p-value that the first arm holds more often: {@code P(X ≥ b)} for
     * {@code X ~ Binomial(b + c, 1/2)}; 1 when there are no discordant pairs.
     *
     * @param b pairs where only the first arm holds
     * @param c pairs where only the second arm holds
     */
    public static double pFirstMoreOften(int b, int c) {
        if (b < 0 || c < 0) {
            throw new IllegalArgumentException("counts must be at least 0, got " + b + " and " + c);
        }
        if (b + c == 0) {
            return 1.0;
        }
        BinomialDistribution d = new BinomialDistribution(null, b + c, 0.5);
        return b == 0 ? 1.0 : 1.0 - d.cumulativeProbability(b - 1);
    }
}
