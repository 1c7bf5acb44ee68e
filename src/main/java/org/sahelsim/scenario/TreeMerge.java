package org.sahelsim.scenario;

import org.sahelsim.scenario.ConfigNode.Entry;
import org.sahelsim.scenario.ConfigNode.Mapping;

/**
 * The {@code extends} merge: mappings merge key by key with the child winning, anything else (lists,
 * scalars, a mapping replaced by a scalar) is replaced by the child's value whole. Replacing lists
 * keeps them predictable: a child that lists three events has exactly those three.
 */
public final class TreeMerge {

    private TreeMerge() {
    }

    public static ConfigNode merge(ConfigNode base, ConfigNode child) {
        if (base instanceof Mapping b && child instanceof Mapping c) {
            return mergeMappings(b, c);
        }
        return child;
    }

    private static Mapping mergeMappings(Mapping base, Mapping child) {
        // Base keys keep their order; the child's origin wins so errors point at the most derived file.
        Mapping merged = new Mapping(base.entries(), child.origin());
        for (Entry entry : child.entries().values()) {
            Entry inherited = base.get(entry.key());
            ConfigNode value = inherited == null ? entry.value() : merge(inherited.value(), entry.value());
            merged = merged.with(new Entry(entry.key(), entry.keyOrigin(), value));
        }
        return merged;
    }
}
