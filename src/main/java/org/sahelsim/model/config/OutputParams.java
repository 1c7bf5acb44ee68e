package org.sahelsim.model.config;

import java.time.LocalDate;
import java.util.List;
import org.sahelsim.model.Param;

/**
 * What a run writes besides the standard tables.
 *
 * @param mapDates dates at which a control map is drawn, in addition to the start and the end
 */
public record OutputParams(
        @Param(doc = "extra dates for control maps") List<LocalDate> mapDates) {

    public OutputParams {
        mapDates = List.copyOf(mapDates);
    }
}
