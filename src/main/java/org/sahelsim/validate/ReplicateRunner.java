package org.sahelsim.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.config.ScenarioConfig;

/**
 * Runs the replicates of one arm on a fixed pool of threads, one model per run, each read by a
 * {@link Probe}. Replicate i has seed {@code baseSeed + i} (the seed plan), so results never
 * depend on the number of threads or on the order in which runs finish.
 *
 * <p>Deliberately small: a general batch runner can replace it, as long as it hands each run's
 * model to a probe every week.
 */
public final class ReplicateRunner {
    private final ScenarioConfig config;
    private final SahelMap map;
    private final Supplier<List<Submodel>> rules;
    private final ValidationInputs inputs;

    /**
     * @param rules makes the extra submodels of one run; called once per run, because submodels
     *              may keep state between weeks and must not be shared by parallel runs
     */
    public ReplicateRunner(ScenarioConfig config, SahelMap map, Supplier<List<Submodel>> rules, ValidationInputs inputs) {
        this.config = config;
        this.map = map;
        this.rules = rules;
        this.inputs = inputs;
    }

    /** The seed of replicate {@code i}. */
    public static long seed(long baseSeed, int i) {
        return baseSeed + i;
    }

    /**
     * @param replicates number of runs, 1 or more
     * @param threads    worker threads, 1 or more
     * @param done       told the index of each finished replicate (from a worker thread)
     * @return the observations, in replicate order
     */
    public List<RunObservations> run(long baseSeed, int replicates, int threads, IntConsumer done) {
        if (replicates < 1 || threads < 1) {
            throw new IllegalArgumentException("replicates and threads must be at least 1, got " + replicates + ", " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, replicates));
        try {
            List<Future<RunObservations>> futures = new ArrayList<>();
            for (int i = 0; i < replicates; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    RunObservations o = one(index, seed(baseSeed, index));
                    done.accept(index);
                    return o;
                }));
            }
            List<RunObservations> out = new ArrayList<>();
            for (Future<RunObservations> f : futures) {
                out.add(f.get());
            }
            return List.copyOf(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("validation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One replicate: a fresh model, stepped to the scenario's end, observed every week. */
    RunObservations one(int replicate, long seed) {
        SahelModel m = new SahelModel(seed, map, config, rules.get());
        m.start();
        int weeks = config.totalWeeks();
        Probe probe = new Probe(m, Places.of(m), inputs, weeks);
        for (int w = 0; w < weeks; w++) {
            m.schedule.step(m);
            probe.observe(m);
        }
        return probe.finish(replicate, seed);
    }
}
