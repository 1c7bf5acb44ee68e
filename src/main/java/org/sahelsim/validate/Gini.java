package org.sahelsim.validate;

import java.util.Arrays;

/** The Gini coefficient of non-negative values: 0 when all are equal, (n-1)/n when one holds everything. */
public final class Gini {
    private Gini() {
    }

    /**
     * {@code G = 2·Σ i·x(i) / (n·Σ x) − (n+1)/n} over the values sorted ascending, i = 1..n; 0 when
     * every value is 0 (nothing to be concentrated).
     */
    public static double of(double[] values) {
        double[] x = values.clone();
        Arrays.sort(x);
        if (x.length == 0 || x[0] < 0) {
            throw new IllegalArgumentException("Gini needs at least one value, all at least 0");
        }
        double total = 0;
        double weighted = 0;
        for (int i = 0; i < x.length; i++) {
            total += x[i];
            weighted += (i + 1) * x[i];
        }
        int n = x.length;
        return total == 0 ? 0 : 2 * weighted / (n * total) - (n + 1) / (double) n;
    }
}
