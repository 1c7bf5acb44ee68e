package org.sahelsim.geo;

import org.sahelsim.model.SahelMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Loads the committed world maps from the classpath. Needs no source data and no file system.
 *
 * <p>Resources live at {@code org/sahelsim/geo/world-<res>.bin.gz}, e.g. {@code world-0.1.bin.gz}.
 * Each map is decoded once, given the committed human geography ({@link HumanGeography}: communities
 * per region, gold areas), and then shared; maps must be treated as read-only.
 */
public final class WorldResources {
    private WorldResources() { }

    /** Cell sizes (degrees) with a committed resource. */
    public static final List<Double> AVAILABLE = List.of(0.05, 0.1, 0.25, 0.5);

    private static final String FOLDER = "/org/sahelsim/geo/";
    private static final ConcurrentMap<String, SahelMap> CACHE = new ConcurrentHashMap<>();

    /**
     * The committed map at cell size {@code res} (degrees; one of {@link #AVAILABLE}).
     *
     * @throws IllegalArgumentException if no resource exists for {@code res}
     * @throws UncheckedIOException     if the resource cannot be read
     */
    public static SahelMap load(double res) {
        String key = key(res);
        if (WorldResources.class.getResource(resourcePath(key)) == null) {
            throw new IllegalArgumentException("no committed world map for res " + key + "; available: "
                    + availableText() + ". To add one, run `./sahelsim world build --res " + key
                    + "` from the repository root (needs ../shared/data/geo) and rebuild.");
        }
        // computeIfAbsent decodes each resolution at most once, even under concurrent first calls.
        return CACHE.computeIfAbsent(key, WorldResources::decode);
    }

    /** Resource file name for cell size {@code res}, e.g. {@code world-0.1.bin.gz}. */
    public static String fileName(double res) {
        return "world-" + key(res) + ".bin.gz";
    }

    // Shortest decimal form of res, so 0.1, 0.10 and 1e-1 all name the same file.
    static String key(double res) {
        return BigDecimal.valueOf(res).stripTrailingZeros().toPlainString();
    }

    private static String resourcePath(String key) {
        return FOLDER + "world-" + key + ".bin.gz";
    }

    private static String availableText() {
        StringBuilder sb = new StringBuilder();
        for (double r : AVAILABLE) {
            sb.append(sb.length() == 0 ? "" : ", ").append(key(r));
        }
        return sb.toString();
    }

    private static SahelMap decode(String key) {
        try (InputStream in = WorldResources.class.getResourceAsStream(resourcePath(key))) {
            if (in == null) {
                throw new IOException("resource vanished: " + resourcePath(key));
            }
            return HumanGeography.attach(WorldCodec.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read world map " + resourcePath(key), e);
        }
    }
}
