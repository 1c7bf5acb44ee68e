package org.sahelsim.scenario;

/**
 * A design over named parameters whose points become the arms of an experiment: a full
 * factorial grid ({@code type: factorial}) or a Latin hypercube ({@code type: latin-hypercube}).
 */
public sealed interface ExperimentDesign permits Factorial, LatinHypercube {
    /** Largest number of design points (arms) an experiment may have. */
    int MAX_POINTS = 10_000;

    /** Number of points the design produces. */
    int points();
}
