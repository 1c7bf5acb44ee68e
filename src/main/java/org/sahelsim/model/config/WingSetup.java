package org.sahelsim.model.config;

import java.time.LocalDate;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;

/**
 * A drone wing as the scenario sets it up: aircraft of one owner flying from one site. A wing with
 * a {@code start} (and optionally an {@code end}) date is scheduled: a delivery, or a foreign
 * strike campaign.
 *
 * @param name               unique name, used by timeline events and in outputs
 * @param owner              faction that flies the wing; it strikes units hostile to this faction
 * @param base               site the wing flies from (an air base, or any named site)
 * @param aircraft           aircraft at the start of the wing's service, 0..200
 * @param rangeKm            radius around the base the wing patrols, km, 10..2000
 * @param sortiesPerAircraft sorties per available aircraft per week, 0..14
 * @param isrQuality         quality of sensors and targeting, 0..1, before intelligence sharing
 * @param accuracy           share of strikes that hit only the intended target, 0..1
 * @param start              first day the wing flies; null: from the scenario's start
 * @param end                first day it no longer flies; null: to the end of the run
 */
public record WingSetup(
        @Param(doc = "unique name of the wing") String name,
        @Param(doc = "faction that flies the wing") Faction owner,
        @Param(doc = "site the wing flies from (see 'sahelsim world info')") String base,
        @Param(def = "4", min = 0, max = 200, unit = "aircraft", doc = "aircraft when the wing enters service",
                source = "scenario: delivery records (baseline and historical files cite them)") int aircraft,
        @Param(def = "150", min = 10, max = 2000, unit = "km", doc = "radius the wing patrols around its base",
                source = "RFI, 24 May 2022: TB2 range about 150 km") double rangeKm,
        @Param(def = "1.5", min = 0, max = 14, unit = "sorties/aircraft/week", doc = "sorties flown per available aircraft",
                source = "assumption: about one sortie every 4-5 days per airframe, limited by maintenance and crews") double sortiesPerAircraft,
        @Param(def = "0.5", min = 0, max = 1, doc = "sensor and targeting quality before intelligence sharing",
                source = "assumption: juntas' TB2s without Western ISR; brief: de facto no-fly zone for Western ISR") double isrQuality,
        @Param(def = "0.8", min = 0, max = 1, doc = "share of strikes that hit only the intended target",
                source = "assumption; Bennett 2008: accuracy matters more than capture effectiveness") double accuracy,
        @Param(nullable = true, doc = "first day the wing flies (delivery, campaign start); absent: from the start") LocalDate start,
        @Param(nullable = true, doc = "first day the wing no longer flies; absent: to the end") LocalDate end) {

    public WingSetup {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a drone wing needs a non-empty 'name'");
        }
        if (start != null && end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("wing '" + name + "': end = " + end + " must be after start = " + start);
        }
    }
}
