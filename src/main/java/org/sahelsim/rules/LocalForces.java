package org.sahelsim.rules;

import java.util.Arrays;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelModel;

/**
 * Armed strength (fighters x cohesion) summed over blocks of {@link #BLOCK} x {@link #BLOCK}
 * cells: what residents and commanders see of the forces around them. A query sums the block of
 * a cell and its 8 neighbours, a window of 12 x 12 cells (about 130 km at 0.1°). For each jihadist
 * group the field keeps its own strength, that of the factions hostile to it and that of those
 * allied with it (itself included): Epstein's C and A for the perceived risk of joining, and the
 * strength of rivals in view for defection.
 */
final class LocalForces {
    /** Block side in cells. */
    static final int BLOCK = 4;
    private final int bw;
    private final int bh;
    private final float[][] strength;
    private final float[][] hostile;
    private final float[][] allied;

    LocalForces(int width, int height) {
        bw = (width + BLOCK - 1) / BLOCK;
        bh = (height + BLOCK - 1) / BLOCK;
        strength = new float[Faction.count()][];
        hostile = new float[Faction.count()][];
        allied = new float[Faction.count()][];
        for (Faction f : Faction.values()) {
            if (f.isJihadist()) {
                strength[f.ordinal()] = new float[bw * bh];
                hostile[f.ordinal()] = new float[bw * bh];
                allied[f.ordinal()] = new float[bw * bh];
            }
        }
    }

    /** Recomputes the field from the living units. */
    void update(SahelModel m) {
        clear(strength);
        clear(hostile);
        clear(allied);
        for (ArmedUnit u : m.units) {
            if (!u.alive) {
                continue;
            }
            int b = (u.y / BLOCK) * bw + u.x / BLOCK;
            float s = (float) (u.fighters * u.cohesion);
            int g = u.faction.ordinal();
            if (strength[g] != null) {
                strength[g][b] += s;
            }
            for (int f = 0; f < hostile.length; f++) {
                if (hostile[f] != null && m.relations.hostile(f, g)) {
                    hostile[f][b] += s;
                } else if (allied[f] != null && m.relations.allied(f, g)) {
                    allied[f][b] += s;
                }
            }
        }
    }

    private static void clear(float[][] layers) {
        for (float[] layer : layers) {
            if (layer != null) {
                Arrays.fill(layer, 0f);
            }
        }
    }

    /** Strength of factions hostile to jihadist group {@code f} around cell (x, y). */
    double hostile(Faction f, int x, int y) {
        return window(hostile[f.ordinal()], x, y);
    }

    /** Strength of jihadist group {@code f} and its allies around cell (x, y). */
    double allied(Faction f, int x, int y) {
        return window(allied[f.ordinal()], x, y);
    }

    /** Strength of jihadist group ordinal {@code g} around cell (x, y). */
    double of(int g, int x, int y) {
        return window(strength[g], x, y);
    }

    private double window(float[] layer, int x, int y) {
        int bx = x / BLOCK;
        int by = y / BLOCK;
        double sum = 0;
        for (int cy = Math.max(0, by - 1); cy <= Math.min(bh - 1, by + 1); cy++) {
            for (int cx = Math.max(0, bx - 1); cx <= Math.min(bw - 1, bx + 1); cx++) {
                sum += layer[cy * bw + cx];
            }
        }
        return sum;
    }
}
