package org.sahelsim.charts;

import org.sahelsim.model.Faction;

/**
 * One line of a map legend.
 *
 * @param label   text shown next to the swatch
 * @param rgb     swatch colour as 0xRRGGBB (for {@link Swatch#HATCH}, the stripe colour)
 * @param swatch  how the swatch is filled
 * @param faction the faction this line stands for, or null for "contested" and "no control"
 * @param cells   number of study-country cells drawn this way (0 or more)
 */
public record LegendEntry(String label, int rgb, Swatch swatch, Faction faction, int cells) {
    /** Solid colour, or the diagonal hatch used for contested cells. */
    public enum Swatch { SOLID, HATCH }
}
