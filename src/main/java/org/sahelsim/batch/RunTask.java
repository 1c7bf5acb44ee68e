package org.sahelsim.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sahelsim.model.Submodel;
import org.sahelsim.output.AtomicRunDir;
import org.sahelsim.output.BatchLayout;
import org.sahelsim.output.BatchManifest;
import org.sahelsim.output.ControlGridFile;
import org.sahelsim.output.FileTrees;
import org.sahelsim.output.JsonOut;
import org.sahelsim.output.ProvenanceCollector;
import org.sahelsim.output.RunKey;

/**
 * One run of a batch, from start to committed folder: the model runs with its own generator and
 * rule instances, its tables stream to a hidden partial folder, its end-state control map and
 * summary are added, the tables are compressed, and the folder is renamed into place. Nothing of
 * the run stays in memory once it returns.
 */
final class RunTask {
    private final BatchPlan plan;
    private final Path root;
    private final Supplier<List<Submodel>> rules;
    private final List<String> args;

    RunTask(BatchPlan plan, Path root, Supplier<List<Submodel>> rules, List<String> args) {
        this.plan = plan;
        this.root = root;
        this.rules = rules;
        this.args = List.copyOf(args);
    }

    /** Runs and commits {@code run}; returns the wall time in seconds. */
    double execute(BatchManifest.Run run) throws IOException {
        BatchPlan.Arm arm = plan.arms().get(run.arm());
        Path target = BatchLayout.runDir(root, run);
        ProvenanceCollector prov = ProvenanceCollector.start(run.seed(), args);
        prov.scenario(plan.scenarioFile());
        for (Path parent : arm.loaded().files().subList(1, arm.loaded().files().size())) {
            prov.inherited(parent);
        }
        try (AtomicRunDir dir = AtomicRunDir.create(target)) {
            RunKey key = new RunKey(run.runId(), run.seed());
            SingleRun.Result r = SingleRun.execute(key, arm.config(), plan.map(), rules.get(), dir.dir(), null,
                    (m, d, label) -> ControlGridFile.write(d, new ControlGridFile.Grid(m.map.width, m.map.height,
                            m.map.res, m.territory.controller.clone(), m.territory.contested.clone())));
            JsonOut.writeSummary(dir.dir(), summary(run, arm, r, prov));
            compressTables(dir.dir());
            dir.commit();
            return r.wallSeconds();
        }
    }

    /** Removes partial folders that a killed earlier attempt at this run left behind. */
    static void removeStalePartials(Path target) throws IOException {
        Path parent = target.getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        String prefix = "." + target.getFileName() + ".partial-";
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, p -> p.getFileName().toString().startsWith(prefix))) {
            s.forEach(stale::add);
        }
        for (Path p : stale) {
            FileTrees.delete(p);
        }
    }

    private Map<String, Object> summary(BatchManifest.Run run, BatchPlan.Arm arm, SingleRun.Result r,
                                        ProvenanceCollector prov) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("run_id", run.runId());
        s.put("seed", run.seed());
        s.put("experiment", plan.manifest().experiment());
        s.put("arm", arm.name());
        s.put("replicate", run.replicate());
        s.put("scenario", arm.config().name());
        s.put("start", arm.config().start().toString());
        s.put("end", r.endDate().toString());
        s.put("weeks", r.weeks());
        s.put("resolution_deg", arm.config().resolution());
        s.put("violent_events", r.events());
        s.put("deaths", r.deaths());
        s.put("final", r.finalFigures());
        s.put("provenance", prov.finish());
        return s;
    }

    private static void compressTables(Path dir) throws IOException {
        List<Path> tables = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.csv")) {
            s.forEach(tables::add);
        }
        for (Path t : tables) {
            BatchLayout.gzip(t);
        }
    }
}
