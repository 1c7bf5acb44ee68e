package org.sahelsim.model;

import java.util.Arrays;

/**
 * Territorial control state per cell: controller, entrenchment, and when the controller was last
 * present. Flat arrays indexed like {@link SahelMap}.
 */
public final class Territory {
    /** Controlling faction ordinal per cell, or {@link #NONE}. */
    public final byte[] controller;
    /** 1 when hostile influences were both significant in the cell this week. */
    public final boolean[] contested;
    /** Entrenchment of the current controller, 0..1. */
    public final float[] entrenchment;
    /** Last week the controller projected influence into the cell. */
    public final int[] lastPresence;

    public static final byte NONE = -1;

    public Territory(int cells) {
        controller = new byte[cells];
        Arrays.fill(controller, NONE);
        contested = new boolean[cells];
        entrenchment = new float[cells];
        lastPresence = new int[cells];
    }

    /** Controller as a faction, or null. */
    public Faction controllerOf(int cell) {
        return controller[cell] < 0 ? null : Faction.of(controller[cell]);
    }

    /** Gives the cell to faction {@code f} (or nobody when negative), resetting entrenchment. */
    public void assign(int cell, int f, int week) {
        controller[cell] = (byte) f;
        entrenchment[cell] = 0f;
        lastPresence[cell] = week;
    }

    /** Controller per cell with contested cells marked as -2, for maps. */
    public byte[] mapView() {
        byte[] out = controller.clone();
        for (int i = 0; i < out.length; i++) {
            if (contested[i] && out[i] >= 0) {
                out[i] = -2;
            }
        }
        return out;
    }
}
