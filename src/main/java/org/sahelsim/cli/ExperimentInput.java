package org.sahelsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.sahelsim.batch.BatchPlan;
import org.sahelsim.geo.WorldResources;
import org.sahelsim.model.SahelMap;

/** An experiment file read for a command; every problem with it is bad input (exit 2). */
final class ExperimentInput {
    private ExperimentInput() {
    }

    static BatchPlan plan(Path file, Integer replicates, Integer weeks, LocalDate until) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("experiment file not found: " + file);
        }
        try {
            return BatchPlan.load(file, new BatchPlan.Options(replicates, weeks, until), res -> map(file, res));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    static SahelMap map(Path file, double resolution) {
        try {
            return WorldResources.load(resolution);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + ": resolution = " + resolution + ": " + e.getMessage());
        }
    }
}
