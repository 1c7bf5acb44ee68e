package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.SahelModel;
import sim.util.Bag;

/** Random draws the rules share; all take the model's generator. */
public final class Draws {
    private Draws() {
    }

    /** Refills {@code order} with the model's units in a fresh random order (asynchronous phases). */
    static void shuffleUnits(SahelModel m, Bag order) {
        order.clear();
        for (ArmedUnit u : m.units) {
            order.add(u);
        }
        order.shuffle(m.random);
    }

    /**
     * Poisson draw with the given mean: Knuth's product method below 30, a rounded normal
     * approximation above (error well under one casualty at that size).
     */
    public static int poisson(MersenneTwisterFast random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < 30) {
            double limit = Math.exp(-mean);
            double p = random.nextDouble();
            int k = 0;
            while (p > limit) {
                p *= random.nextDouble();
                k++;
            }
            return k;
        }
        return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
    }

    /** Picks an index with probability proportional to exp(score / temperature). */
    public static int softmax(MersenneTwisterFast random, double[] scores, int n, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, scores[i]);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.exp((scores[i] - max) / temperature);
        }
        double r = random.nextDouble() * sum;
        for (int i = 0; i < n; i++) {
            r -= Math.exp((scores[i] - max) / temperature);
            if (r <= 0) {
                return i;
            }
        }
        return n - 1;
    }
}
