package org.sahelsim.scenario;

import java.util.HashSet;
import java.util.List;
import org.sahelsim.model.Param;

/**
 * The seed plan of an experiment (STYLE habit 4): replicate i runs with {@code first + i}, or with
 * {@code list[i]} when a list is given. Every arm uses the same seeds.
 *
 * @param first seed of replicate 0 when no list is given
 * @param list  explicit seeds, distinct; replicates must not exceed its length
 */
public record ExperimentSeeds(
        @Param(def = "1", doc = "seed of replicate 0; replicate i runs with first + i") long first,
        @Param(doc = "explicit seeds, one per replicate, instead of first + i") List<Long> list) {

    public ExperimentSeeds {
        list = List.copyOf(list);
        if (new HashSet<>(list).size() != list.size()) {
            throw new IllegalArgumentException("seeds.list repeats a seed: " + list);
        }
    }
}
