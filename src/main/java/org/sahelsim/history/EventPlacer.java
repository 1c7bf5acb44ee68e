package org.sahelsim.history;

import java.util.Map;
import org.sahelsim.model.Region;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;

/**
 * Puts UCDP events in the admin-1 regions of the model's map. The region is read at the event's
 * coordinates; an event whose cell has no region of its own country (a lake shore, a border a
 * cell away) takes the nearest cell of that country within {@link #SEARCH_CELLS}, scanning rings
 * outward in a fixed order so that the result never depends on anything but the map.
 */
public final class EventPlacer {
    /** Largest Chebyshev distance searched for a cell of the event's country, cells. */
    public static final int SEARCH_CELLS = 3;
    /** UCDP country names of the study countries, with their ISO-3 codes. */
    static final Map<String, String> ISO3 = Map.of("Mali", "MLI", "Burkina Faso", "BFA", "Niger", "NER",
            "Nigeria", "NGA", "Benin", "BEN");

    private final SahelMap map;

    public EventPlacer(SahelMap map) {
        this.map = map;
    }

    /** The region of the event, or null when it lies outside the study countries or off the map. */
    public Region region(UcdpEvent e) {
        int c = cell(e);
        return c < 0 ? null : map.regionOf(c);
    }

    /**
     * The map cell of the event: the cell at its coordinates, or the nearest cell of its country
     * within {@link #SEARCH_CELLS}; -1 when there is none.
     */
    public int cell(UcdpEvent e) {
        String iso = ISO3.get(e.country());
        if (iso == null || !SahelModel.STUDY_COUNTRIES.contains(iso)) {
            return -1;
        }
        int x0 = map.x(e.lon());
        int y0 = map.y(e.lat());
        for (int d = 0; d <= SEARCH_CELLS; d++) {
            for (int dy = -d; dy <= d; dy++) {
                for (int dx = -d; dx <= d; dx++) {
                    if (Math.max(Math.abs(dx), Math.abs(dy)) == d && regionAt(x0 + dx, y0 + dy, iso) != null) {
                        return map.index(x0 + dx, y0 + dy);
                    }
                }
            }
        }
        return -1;
    }

    /** The map the events are placed on. */
    public SahelMap map() {
        return map;
    }

    private Region regionAt(int x, int y, String iso) {
        if (!map.inBounds(x, y)) {
            return null;
        }
        Region r = map.regionOf(map.index(x, y));
        return r != null && r.country().equals(iso) ? r : null;
    }
}
