package org.sahelsim.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sahelsim.geo.WorldResources;
import org.sahelsim.model.config.GrievanceParams;
import org.sahelsim.scenario.StrictYamlLoader;

/**
 * The whole derivation of the historical scenario's initial forces from the UCDP events: read the
 * extract, place and map the events, tabulate the activity, apportion the totals. The shared data
 * are read only here, when the derivation is run; what it produces is committed.
 *
 * @param spec        the bundled derivation settings and totals
 * @param activity    the activity table
 * @param allocations the force blocks per faction
 * @param grievance   the initial grievance per region the window's abuses leave at the start
 */
public record Derivation(DerivationSpec spec, Activity activity, List<ForceAllocation.Allocation> allocations,
                         List<GrievanceHistory.Entry> grievance) {
    /** Resource path of the settings and totals. */
    public static final String SPEC_RESOURCE = "org/sahelsim/history/derivation.yaml";

    /** Runs the derivation on the extract in {@code dataDir} with the bundled settings. */
    public static Derivation run(Path dataDir) throws IOException {
        Path file = dataDir.resolve(UcdpCsv.FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("UCDP extract not found: " + file);
        }
        return run(UcdpCsv.read(file), bundledSpec());
    }

    /** Runs the derivation on events already read. */
    public static Derivation run(List<UcdpEvent> events, DerivationSpec spec) {
        EventPlacer placer = new EventPlacer(WorldResources.load(spec.resolution()));
        Activity a = Activity.of(events, spec, placer);
        List<GrievanceHistory.Entry> g = GrievanceHistory.derive(a.events(), placer, defaultGrievance(), spec.startDate());
        return new Derivation(spec, a, ForceAllocation.allocate(spec, a), g);
    }

    /** The grievance rule's parameters at their documented defaults, which the replay uses. */
    static GrievanceParams defaultGrievance() {
        return StrictYamlLoader.parse("{}\n", "grievance defaults", GrievanceParams.class);
    }

    /** The settings and totals bundled with the code. */
    public static DerivationSpec bundledSpec() {
        return StrictYamlLoader.parse(resourceText(SPEC_RESOURCE), SPEC_RESOURCE, DerivationSpec.class);
    }

    /** The activity table as committed. */
    public String activityCsv() {
        return ActivityCsv.render(activity, spec);
    }

    /** The scenario fragment as committed. */
    public String forcesYaml() {
        return ForcesYaml.render(allocations, activity.tally(), spec, grievance);
    }

    /** Text of a bundled resource (UTF-8). */
    public static String resourceText(String path) {
        try (InputStream in = Derivation.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
