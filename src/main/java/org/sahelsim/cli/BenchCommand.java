package org.sahelsim.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sahelsim.batch.Bench;
import org.sahelsim.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench}: milliseconds per simulated week and peak heap, single-threaded. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the model: median ms per simulated week and peak heap, one thread.",
                "Run it alone on the machine; quote the median."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "scenarios/baseline-2026.yaml", paramLabel = "SCENARIO",
            description = "Scenario (default: ${DEFAULT-VALUE}).")
    Path scenario;

    @Option(names = "--weeks", defaultValue = "260", description = "Weeks timed per repeat (default: ${DEFAULT-VALUE}).")
    int weeks;

    @Option(names = "--repeats", defaultValue = "3", description = "Timed runs with consecutive seeds (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--warmup", defaultValue = "2", description = "Untimed runs first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seed", defaultValue = "42", description = "First seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (weeks < 1 || repeats < 1 || warmup < 0) {
            throw new BadInputException("--weeks and --repeats must be >= 1 and --warmup >= 0");
        }
        ScenarioInput in = ScenarioInput.read(scenario, Map.of(), null, weeks);
        Bench.Figures f = Bench.run(in.config(), in.map(), RuleSet.standard(), seed, weeks, repeats, warmup);
        var out = spec.commandLine().getOut();
        out.printf("scenario          %s at %s° (%d x %d cells), %d units at the end%n", in.config().name(),
                in.config().resolution(), in.map().width, in.map().height, f.units());
        out.printf("weeks timed       %d x %d repeats after %d warm-up runs, 1 thread%n", f.weeks(), f.repeats(), warmup);
        out.printf("median ms/week    %.3f%n", f.medianMsPerWeek());
        out.printf("p90 ms/week       %.3f%n", f.p90MsPerWeek());
        out.printf("mean ms/week      %.3f%n", f.meanMsPerWeek());
        out.printf("peak heap MB      %.1f  (sum of heap pool peaks while timing; max heap %d MB)%n", f.peakHeapMb(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return SahelCli.OK;
    }
}
