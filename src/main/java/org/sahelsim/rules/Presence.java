package org.sahelsim.rules;

import java.util.Arrays;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelModel;

/**
 * Coarse sensing field: fighting strength per faction summed over blocks of {@link #BLOCK} x
 * {@link #BLOCK} cells. Units sense hostile strength around a destination through it (ODD design
 * concept "sensing"): what a commander learns from informants and scouts, not exact positions.
 */
public final class Presence {
    /** Block side in cells (0.8° at 0.1°, about 90 km). */
    public static final int BLOCK = 8;
    private final int bw;
    private final int bh;
    private final float[][] strength;

    public Presence(int width, int height) {
        bw = (width + BLOCK - 1) / BLOCK;
        bh = (height + BLOCK - 1) / BLOCK;
        strength = new float[Faction.count()][bw * bh];
    }

    /** Recomputes the field from the living units. */
    public void update(SahelModel m) {
        for (float[] row : strength) {
            Arrays.fill(row, 0f);
        }
        for (ArmedUnit u : m.units) {
            if (u.alive) {
                strength[u.faction.ordinal()][block(u.x, u.y)] += (float) (u.fighters * u.cohesion);
            }
        }
    }

    private int block(int x, int y) {
        return (y / BLOCK) * bw + x / BLOCK;
    }

    /** Strength hostile to {@code f} in the block of (x, y) and its 8 neighbours. */
    public double hostileAround(SahelModel m, Faction f, int x, int y) {
        return around(m, f, x, y, true);
    }

    /** Strength of {@code f} and its allies in the block of (x, y) and its 8 neighbours. */
    public double friendlyAround(SahelModel m, Faction f, int x, int y) {
        return around(m, f, x, y, false);
    }

    /** Strength of faction {@code g} alone in the block of (x, y) and its 8 neighbours. */
    public double factionAround(Faction g, int x, int y) {
        int bx = x / BLOCK;
        int by = y / BLOCK;
        double sum = 0;
        for (int cy = Math.max(0, by - 1); cy <= Math.min(bh - 1, by + 1); cy++) {
            for (int cx = Math.max(0, bx - 1); cx <= Math.min(bw - 1, bx + 1); cx++) {
                sum += strength[g.ordinal()][cy * bw + cx];
            }
        }
        return sum;
    }

    private double around(SahelModel m, Faction f, int x, int y, boolean hostile) {
        int bx = x / BLOCK;
        int by = y / BLOCK;
        double sum = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int cx = bx + dx;
                int cy = by + dy;
                if (cx >= 0 && cy >= 0 && cx < bw && cy < bh) {
                    sum += sideIn(m, f, cy * bw + cx, hostile);
                }
            }
        }
        return sum;
    }

    private double sideIn(SahelModel m, Faction f, int b, boolean hostile) {
        double s = 0;
        for (int g = 0; g < strength.length; g++) {
            if (hostile ? m.relations.hostile(f.ordinal(), g) : m.relations.allied(f.ordinal(), g)) {
                s += strength[g][b];
            }
        }
        return s;
    }
}
