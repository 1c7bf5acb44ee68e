package org.sahelsim.rules;

import java.util.Arrays;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Territory;
import org.sahelsim.model.TruceScope;
import org.sahelsim.model.config.CorridorParams;

/**
 * Breadth-first search for the corridor (docs/odd/submodels/skill-transfer.md): is there a path of
 * edge-adjacent passable cells of the corridor's regions, from a learner-held cell of the source
 * regions, through at least one cell of the waypoint regions, to a teacher-held cell of the target
 * regions, on which no cell is held by a third faction present there in the last
 * {@code presenceWeeks}? The search runs over (cell, waypoint passed) states and returns the
 * shortest such path. Arrays are allocated once; a search marks states with a stamp instead of
 * clearing them.
 */
final class CorridorSearch {
    private static final int[] DX = {1, -1, 0, 0};
    private static final int[] DY = {0, 0, 1, -1};
    private static final int[] NO_PATH = new int[0];
    private final SahelMap map;
    private final boolean[] allowed;
    private final boolean[] source;
    private final boolean[] waypoint;
    private final boolean[] target;
    private final int[] sources;
    private final int[] queue;
    private final int[] seen;
    private final int[] parent;
    private int stamp;

    CorridorSearch(SahelModel m, CorridorParams p) {
        map = m.map;
        boolean[] src = TruceScope.regionMask(map, p.sourceRegions());
        boolean[] via = TruceScope.regionMask(map, p.transitRegions());
        boolean[] way = TruceScope.regionMask(map, p.waypointRegions());
        boolean[] dst = TruceScope.regionMask(map, p.targetRegions());
        int n = map.cells();
        allowed = new boolean[n];
        source = new boolean[n];
        waypoint = new boolean[n];
        target = new boolean[n];
        int count = 0;
        for (int c = 0; c < n; c++) {
            short r = map.admin1[c];
            if (r < 0 || !m.passable(c)) {
                continue;
            }
            source[c] = src[r];
            waypoint[c] = way[r];
            target[c] = dst[r];
            allowed[c] = src[r] || via[r] || way[r] || dst[r];
            count += source[c] ? 1 : 0;
        }
        sources = new int[count];
        for (int c = 0, k = 0; c < n; c++) {
            if (source[c]) {
                sources[k++] = c;
            }
        }
        queue = new int[2 * n];
        seen = new int[2 * n];
        parent = new int[2 * n];
    }

    /**
     * The shortest corridor on the current territory, as cell indices from the learner's end to the
     * teacher's, or an empty array when there is none.
     */
    int[] trace(Territory t, int learner, int teacher, int week, int presenceWeeks) {
        stamp++;
        int head = 0;
        int tail = 0;
        for (int c : sources) {
            if (t.controller[c] == learner) {
                int s = 2 * c + (waypoint[c] ? 1 : 0);
                seen[s] = stamp;
                parent[s] = -1;
                queue[tail++] = s;
            }
        }
        while (head < tail) {
            int s = queue[head++];
            int c = s >> 1;
            if ((s & 1) == 1 && target[c] && t.controller[c] == teacher) {
                return path(s);
            }
            tail = expand(t, s, tail, learner, teacher, week, presenceWeeks);
        }
        return NO_PATH;
    }

    /** Queues the unseen open neighbours of state s; returns the new queue tail. */
    private int expand(Territory t, int s, int tail, int learner, int teacher, int week, int presenceWeeks) {
        int c = s >> 1;
        int passed = s & 1;
        int x = c % map.width;
        int y = c / map.width;
        for (int k = 0; k < DX.length; k++) {
            if (!map.inBounds(x + DX[k], y + DY[k])) {
                continue;
            }
            int d = map.index(x + DX[k], y + DY[k]);
            int next = 2 * d + (passed == 1 || waypoint[d] ? 1 : 0);
            if (seen[next] != stamp && allowed[d] && open(t, d, learner, teacher, week, presenceWeeks)) {
                seen[next] = stamp;
                parent[next] = s;
                queue[tail++] = next;
            }
        }
        return tail;
    }

    /** Cells from the search's root to state s, using the queue as scratch space. */
    private int[] path(int s) {
        int n = 0;
        for (int k = s; k >= 0; k = parent[k]) {
            queue[n++] = k >> 1;
        }
        int[] out = Arrays.copyOf(queue, n);
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            int tmp = out[i];
            out[i] = out[j];
            out[j] = tmp;
        }
        return out;
    }

    /** Unheld, held by learner or teacher, or held by a third faction not present lately. */
    private static boolean open(Territory t, int cell, int learner, int teacher, int week, int presenceWeeks) {
        int owner = t.controller[cell];
        return owner < 0 || owner == learner || owner == teacher || week - t.lastPresence[cell] > presenceWeeks;
    }

    /** The cell lies in a source region. */
    boolean inSource(int cell) {
        return source[cell];
    }

    /** The cell lies in a target region. */
    boolean inTarget(int cell) {
        return target[cell];
    }
}
