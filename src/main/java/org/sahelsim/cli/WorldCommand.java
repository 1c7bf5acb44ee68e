package org.sahelsim.cli;

import org.sahelsim.geo.GridSpec;
import org.sahelsim.geo.WorldBuilder;
import org.sahelsim.geo.WorldCodec;
import org.sahelsim.geo.WorldImage;
import org.sahelsim.geo.WorldResources;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.Site;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code world}: build the geographic grid from the source extract, and inspect the committed one. */
@Command(name = "world", mixinStandardHelpOptions = true,
        description = "Build and inspect the geographic grid (see docs/world-data.md).",
        subcommands = {WorldCommand.Build.class, WorldCommand.Info.class, WorldCommand.Render.class})
public final class WorldCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Checks a cell size given on the command line. */
    static void checkRes(CommandSpec spec, double res) {
        try {
            GridSpec.checkRes(res);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--res: " + e.getMessage());
        }
    }

    /** Loads a committed map, turning a missing resolution into a usage error. */
    static SahelMap load(CommandSpec spec, double res) {
        checkRes(spec, res);
        try {
            return WorldResources.load(res);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** {@code world build}: rasterise the source data and write the resource file. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build world-<res>.bin.gz from the Natural Earth / GeoNames extract.")
    public static final class Build implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--res", defaultValue = "0.1", paramLabel = "DEG",
                description = "Cell size in degrees, 0.05..0.5 (default: ${DEFAULT-VALUE}).")
        double res;

        @Option(names = "--data", defaultValue = "../shared/data/geo", paramLabel = "DIR",
                description = "Folder with the source extract (default: ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--out", defaultValue = "src/main/resources/org/sahelsim/geo", paramLabel = "DIR",
                description = "Output folder (default: ${DEFAULT-VALUE}).")
        Path out;

        @Override
        public Integer call() throws IOException {
            checkRes(spec, res);
            if (!Files.isDirectory(data)) {
                throw new ParameterException(spec.commandLine(), "--data: geo data folder not found: " + data);
            }
            long start = System.nanoTime();
            WorldBuilder builder;
            try {
                builder = WorldBuilder.fromDirectory(data);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--data: " + e.getMessage());
            }
            byte[] bytes = WorldCodec.encode(builder.build(res));
            Files.createDirectories(out);
            Path file = out.resolve(WorldResources.fileName(res));
            Files.write(file, bytes);
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s (%d bytes) in %.1f s%n", file, bytes.length,
                    (System.nanoTime() - start) / 1e9);
            return 0;
        }
    }

    /** {@code world info}: summary of a committed map. */
    @Command(name = "info", mixinStandardHelpOptions = true, description = "Summarise the committed map.")
    public static final class Info implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--res", defaultValue = "0.1", paramLabel = "DEG",
                description = "Cell size in degrees (default: ${DEFAULT-VALUE}).")
        double res;

        @Override
        public Integer call() {
            SahelMap m = load(spec, res);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "world %s: %d x %d cells of %s deg, lon %.0f..%.0f, lat %.0f..%.0f%n",
                    WorldResources.fileName(res), m.width, m.height, m.res, SahelMap.LON_MIN, SahelMap.LON_MAX,
                    SahelMap.LAT_MIN, SahelMap.LAT_MAX);
            double[] area = new double[m.countries.size()];
            double[] pop = new double[m.countries.size()];
            int land = 0;
            for (int i = 0; i < m.cells(); i++) {
                if (m.isLand(i)) {
                    land++;
                    area[m.country[i]] += m.cellAreaKm2(i / m.width);
                    pop[m.country[i]] += m.population[i];
                }
            }
            out.printf(Locale.ROOT, "land cells: %d; regions: %d%n", land, m.regions.size());
            out.printf(Locale.ROOT, "%-8s %12s %14s%n", "country", "land km2", "population");
            for (int c = 0; c < area.length; c++) {
                out.printf(Locale.ROOT, "%-8s %,12.0f %,14.0f%n", m.countries.get(c), area[c], pop[c]);
            }
            int[] kinds = new int[Site.SiteKind.values().length];
            m.sites.forEach(s -> kinds[s.kind().ordinal()]++);
            out.printf(Locale.ROOT, "sites: %d (capitals %d, regional capitals %d, towns %d, air bases %d)%n",
                    m.sites.size(), kinds[0], kinds[1], kinds[2], kinds[3]);
            return 0;
        }
    }

    /** {@code world render}: a PNG quick-look of a committed map. */
    @Command(name = "render", mixinStandardHelpOptions = true, description = "Write a PNG picture of the committed map.")
    public static final class Render implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--res", defaultValue = "0.1", paramLabel = "DEG",
                description = "Cell size in degrees (default: ${DEFAULT-VALUE}).")
        double res;

        @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Output PNG file.")
        Path out;

        @Option(names = "--scale", defaultValue = "2", paramLabel = "PX",
                description = "Pixels per cell, 1..16 (default: ${DEFAULT-VALUE}).")
        int scale;

        @Override
        public Integer call() throws IOException {
            if (scale < 1 || scale > 16) {
                throw new ParameterException(spec.commandLine(), "--scale must be within 1..16, got " + scale);
            }
            SahelMap m = load(spec, res);
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            ImageIO.write(WorldImage.render(m, scale), "png", out.toFile());
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s%n", out);
            return 0;
        }
    }
}
