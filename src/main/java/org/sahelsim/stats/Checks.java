package org.sahelsim.stats;

/** Argument checks shared by the statistics classes. */
final class Checks {
    private Checks() {
    }

    /** Throws unless {@code x} is finite; {@code what} names the value in the message. */
    static double finite(double x, String what) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException(what + " must be finite, got " + x);
        }
        return x;
    }

    /** Throws unless {@code values} is non-empty and every element is finite. */
    static double[] finiteSample(double[] values, String name) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException(name + " must hold at least one value");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, got " + values[i]);
            }
        }
        return values;
    }
}
