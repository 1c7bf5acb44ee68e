package org.sahelsim.gui;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.sahelsim.model.ClashEvent;
import org.sahelsim.model.SahelModel;

/**
 * Deaths in violent events over the last {@link #WEEKS} weeks, per cell. Each event's deaths
 * (combatants and civilians) count in its cell and the eight around it, so that single events
 * are visible on the map at 0.1°.
 */
final class RecentViolence {
    /** Length of the window, weeks. */
    static final int WEEKS = 12;
    private final Deque<int[]> weeks = new ArrayDeque<>();
    private float[] deaths = new float[0];

    /** Clears the window for a model starting now. */
    synchronized void reset(SahelModel m) {
        deaths = new float[m.map.cells()];
        weeks.clear();
    }

    /** Adds the week just simulated and drops the week that left the window. */
    synchronized void record(SahelModel m) {
        int[] week = new int[m.weekEvents.size() * 2];
        for (int k = 0; k < m.weekEvents.size(); k++) {
            ClashEvent e = m.weekEvents.get(k);
            week[2 * k] = e.cell();
            week[2 * k + 1] = e.deaths();
        }
        spread(m, week, 1);
        weeks.addLast(week);
        if (weeks.size() > WEEKS) {
            spread(m, weeks.removeFirst(), -1);
        }
    }

    /**
     * Deaths counted at {@code cell} over the window. Not synchronised: it is read while the
     * display paints, which holds the schedule's lock, and written only inside a step, which holds it too.
     */
    float at(int cell) {
        float[] d = deaths;
        return cell < d.length ? d[cell] : 0f;
    }

    /** A copy of the field, for tests and charts. */
    synchronized float[] snapshot() {
        return Arrays.copyOf(deaths, deaths.length);
    }

    private void spread(SahelModel m, int[] week, int sign) {
        if (deaths.length != m.map.cells()) {
            return;
        }
        for (int k = 0; k < week.length; k += 2) {
            int x = week[k] % m.map.width;
            int y = week[k] / m.map.width;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    if (m.map.inBounds(x + dx, y + dy)) {
                        int c = m.map.index(x + dx, y + dy);
                        deaths[c] = Math.max(0f, deaths[c] + sign * week[k + 1]);
                    }
                }
            }
        }
    }
}
