package org.sahelsim.model.config;

import java.util.List;
import org.sahelsim.model.Param;

/**
 * An agreement framework that covers some regions (for example the Algiers Accord in northern Mali):
 * any ceasefire whose scope reaches into them gets its mediation, monitoring and guarantor while the
 * framework is active. A {@code set-framework} event switches it.
 */
public record CeasefireFramework(
        @Param(doc = "name used by set-framework events") String name,
        @Param(doc = "region codes the framework covers") List<String> regions,
        @Param(def = "false", doc = "lends mediation to talks", source = "scenario") boolean mediation,
        @Param(def = "false", doc = "lends monitoring", source = "scenario") boolean monitoring,
        @Param(def = "false", doc = "lends a guarantor", source = "scenario") boolean guarantor,
        @Param(def = "true", doc = "active at the start", source = "scenario") boolean active) {

    public CeasefireFramework {
        regions = List.copyOf(regions);
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("framework '" + name + "': list the regions it covers");
        }
    }
}
