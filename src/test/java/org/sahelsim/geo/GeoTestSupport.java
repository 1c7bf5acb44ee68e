package org.sahelsim.geo;

import org.sahelsim.model.SahelMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Shared helpers for the geo tests. */
final class GeoTestSupport {
    private GeoTestSupport() { }

    /** The source extract, relative to the repository root (Maven runs tests from there). */
    static final Path DATA = Path.of("..", "shared", "data", "geo");

    private static WorldBuilder builder;

    /** Skips the calling test unless the source extract is present. */
    static Path requireData() {
        assumeTrue(Files.isDirectory(DATA), "source data not found at " + DATA
                + " (only needed to rebuild the world maps); skipping");
        return DATA;
    }

    /** A builder over the source extract, read once per test run; skips if the data is absent. */
    static synchronized WorldBuilder builder() throws IOException {
        requireData();
        if (builder == null) {
            builder = WorldBuilder.fromDirectory(DATA);
        }
        return builder;
    }

    /** Bytes of the committed resource for {@code res}. */
    static byte[] committed(double res) {
        String path = "/org/sahelsim/geo/" + WorldResources.fileName(res);
        try (InputStream in = GeoTestSupport.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Land area of a country on the grid, km². */
    static double landAreaKm2(SahelMap m, String iso3) {
        int c = m.countries.indexOf(iso3);
        double area = 0;
        for (int i = 0; i < m.cells(); i++) {
            if (m.isLand(i) && m.country[i] == c) {
                area += m.cellAreaKm2(i / m.width);
            }
        }
        return area;
    }

    /** Cell index holding (lon, lat). */
    static int cellAt(SahelMap m, double lon, double lat) {
        return m.index(m.x(lon), m.y(lat));
    }
}
