/**
 * Statistics for batches of replicated runs: streaming moments, confidence intervals of the
 * mean, paired comparisons against a reference arm, replicate-count planning and five-number
 * summaries. Uses Commons Math 3.6.1 and nothing from the model.
 *
 * <h2>Policies shared by every class</h2>
 * <ul>
 *   <li><b>Canonical order.</b> Floating-point addition is not associative, so a mean summed in
 *       the order runs happen to finish would change in its last bits from batch to batch.
 *       Every method that folds several values folds them in the order given, and callers pass
 *       values sorted by replicate index (which, with a shared seed plan, is also seed order).
 *       {@link org.sahelsim.stats.ReplicateAccumulator} does this for results that arrive out
 *       of order. The same values in the same order always give bit-identical results.</li>
 *   <li><b>NaN in, exception out.</b> NaN or infinite inputs are rejected with an
 *       {@link java.lang.IllegalArgumentException} that names the position: a metric that is
 *       not a number is a bug upstream, and silently skipping it would bias the statistics.</li>
 *   <li><b>NaN out means undefined.</b> A result is NaN when it is mathematically undefined for
 *       the data: the standard deviation and confidence interval of a single replicate, or the
 *       p-value of a paired t-test whose differences have no spread.</li>
 *   <li><b>Intervals</b> are two-sided 95% Student t intervals of the mean,
 *       {@code mean ± t(0.975, n-1) · sd / sqrt(n)}, with the sample standard deviation
 *       (divisor n-1).</li>
 * </ul>
 */
package org.sahelsim.stats;
