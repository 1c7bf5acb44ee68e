package org.sahelsim.scenario;

import java.util.List;
import org.sahelsim.model.Param;

/**
 * One factor of a factorial design: a dotted scenario path and the values it takes.
 *
 * @param path   dotted path as in an override, e.g. {@code combat.lethality}
 * @param values values in YAML, typed by the scenario; at least one
 */
public record DesignFactor(
        @Param(doc = "dotted scenario path, as in an override") String path,
        @Param(doc = "the values the parameter takes") List<ConfigNode> values) {

    public DesignFactor {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("factor " + path + " needs at least one value");
        }
    }
}
