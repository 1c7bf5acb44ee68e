package org.sahelsim.charts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Key of one line in a batch time chart. Carries what the chart factory needs to draw it:
 * the colour (by faction or dyad) and the arm's position, which picks the dash pattern.
 *
 * @param label    legend text; {@code "JNIM · ceasefire"}, just {@code "JNIM"} when the
 *                 chart shows a single arm, or just the arm when every line has one name
 * @param arm      policy arm name
 * @param armIndex position of the arm among the chart's arms in order of first appearance, 0..
 * @param rgb      line colour as 0xRRGGBB
 */
public record SeriesKey(String label, String arm, int armIndex, int rgb) implements Comparable<SeriesKey> {
    /**
     * Keys for lines given in order: arm indices by first appearance, arm names in labels only
     * if there is more than one arm, and alone when every line has the same name.
     *
     * @throws IllegalArgumentException if two lines have the same arm and name
     */
    static List<SeriesKey> assign(List<String> arms, List<String> names, List<Integer> rgbs) {
        Map<String, Integer> armIndex = new LinkedHashMap<>();
        for (String arm : arms) {
            armIndex.putIfAbsent(arm, armIndex.size());
        }
        boolean manyArms = armIndex.size() > 1;
        // One series over many arms (its name is in the title): the arm alone tells the lines apart.
        boolean oneName = new HashSet<>(names).size() == 1;
        Set<String> seen = new HashSet<>();
        List<SeriesKey> keys = new ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            String label = !manyArms ? names.get(i) : oneName ? arms.get(i) : names.get(i) + " · " + arms.get(i);
            if (!seen.add(label)) {
                throw new IllegalArgumentException("two series are both labelled \"" + label + "\"");
            }
            keys.add(new SeriesKey(label, arms.get(i), armIndex.get(arms.get(i)), rgbs.get(i)));
        }
        return keys;
    }

    @Override
    public int compareTo(SeriesKey other) {
        return label.compareTo(other.label);
    }

    @Override
    public String toString() {
        return label;
    }
}
