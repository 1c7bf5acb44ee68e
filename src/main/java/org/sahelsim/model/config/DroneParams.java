package org.sahelsim.model.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;

/**
 * Parameters of the drone-pressure submodel (docs/odd/submodels/drone-pressure.md): the wings,
 * foreign intelligence sharing, detection, strikes, the anticipatory effect of being watched,
 * raids on drone bases and replenishment, and the decapitation lottery.
 */
public record DroneParams(
        @Param(doc = "drone wings") List<WingSetup> wings,
        @Param(min = 0, max = 1, doc = "foreign intelligence sharing with each wing owner, 0 none .. 1 full; absent: 0",
                source = "brief: Western ISR and intelligence sharing with the juntas ended (US left Agadez, Aug 2024)") Map<Faction, Double> intelSharing,
        @Param(min = 0, max = 1, doc = "counter-drone skill of each group (dispersal, night moves, cover, own drones); absent: 0",
                source = "assumption; brief: ISSP watched Niamey airport with thermal commercial drones (Jan 2026)") Map<Faction, Double> counterDrone,
        @Param(def = "1", min = 0, max = 5, doc = "relative gain of ISR quality at full intelligence sharing",
                source = "assumption; brief: French monitoring and targeting limited ISSP's freedom of action") double sharingGain,
        @Param(def = "5000", min = 100, max = 1000000, unit = "km²", doc = "area one sortie keeps under watch",
                source = "assumption: about 20 h on station with a narrow sensor field") double areaPerSortieKm2,
        @Param(def = "0.5", min = 0, max = 1, unit = "1/week", doc = "weekly detection chance of a moving unit in the open under full coverage at ISR 1",
                source = "assumption") double detectionRate,
        @Param(def = "0.5", min = 0, max = 1, doc = "visibility of a unit that did not move this week, relative to a moving one",
                source = "Mir and Moore 2019: being watched degrades movement; assumption for the value") double stationaryVisibility,
        @Param(def = "0.5", min = 0, max = 1, doc = "visibility in a park (forest) cell",
                source = "assumption: canopy cover in W, Arly, Pendjari and similar parks") double parkVisibility,
        @Param(def = "0.7", min = 0, max = 1, doc = "visibility in a town cell (a site other than an air base)",
                source = "assumption: buildings") double townVisibility,
        @Param(def = "100", min = 1, max = 100000, unit = "persons/km²", doc = "population density at which crowds halve visibility",
                source = "assumption: crowds conceal") double crowdDensity,
        @Param(def = "0.7", min = 0, max = 1, doc = "chance a detection leads to a strike (positive identification, munitions)",
                source = "assumption") double strikeProbability,
        @Param(def = "5", min = 0, max = 100, unit = "fighters/strike", doc = "mean fighters killed by a strike",
                source = "assumption: a few guided munitions on a group of fighters") double killsPerStrike,
        @Param(def = "10", min = 0, max = 200, unit = "civilians/strike", doc = "mean civilians killed by a strike that misses, in a crowded cell",
                source = "assumption; HRW 2024: three Burkinabe strikes on a market and a funeral (2023) killed at least 60 civilians") double civiliansPerMiss,
        @Param(def = "0.02", min = 0, max = 1, unit = "1/civilian", doc = "backlash grievance added per civilian killed",
                source = "Condra and Shapiro 2012: civilian deaths raise insurgent violence for under 4 weeks; assumption for the value") double backlashPerCivilian,
        @Param(def = "1", min = 0, max = 10, unit = "cells", doc = "radius around a strike over which backlash is raised",
                source = "assumption: the village and its neighbours") int backlashRadiusCells,
        @Param(def = "0.45", min = 0, max = 1, doc = "share of insurgent attacks forgone under full coverage",
                source = "Mir and Moore 2019: about 9-13 fewer attacks a month from about 21; calibrated with moveSuppression to a cut of about half in a micro-world") double attackSuppression,
        @Param(def = "0.3", min = 0, max = 1, doc = "share of insurgent movement forgone under full coverage",
                source = "Mir and Moore 2019: surveillance degrades movement; assumption for the value") double moveSuppression,
        @Param(def = "0.35", min = 0, max = 1, doc = "chance each aircraft at a raided base is destroyed",
                source = "brief: Tahoua Base 401, 9 Mar 2026, two TB2s damaged; Niamey Base 101, Jan 2026, aircraft hit") double raidAircraftLoss,
        @Param(def = "0.5", min = 0, max = 1, doc = "chance a raid destroys the wing's control station",
                source = "brief: Tahoua Base 401, 9 Mar 2026, control station destroyed") double raidStationLoss,
        @Param(def = "8", min = 1, max = 104, unit = "weeks", doc = "weeks to replace a destroyed control station",
                source = "assumption") int stationRepairWeeks,
        @Param(def = "13", min = 1, max = 520, unit = "weeks", doc = "weeks per replacement aircraft while a wing is below its establishment",
                source = "assumption: replacements from Turkey within months") int replacementWeeks,
        @Param(doc = "decapitation lottery") DecapitationParams decapitation) {

    public DroneParams {
        wings = List.copyOf(wings);
        intelSharing = copy(intelSharing);
        counterDrone = copy(counterDrone);
        Set<String> names = new HashSet<>();
        for (WingSetup w : wings) {
            if (!names.add(w.name())) {
                throw new IllegalArgumentException("two wings are named '" + w.name() + "'; wing names must be unique");
            }
        }
    }

    private static Map<Faction, Double> copy(Map<Faction, Double> in) {
        Map<Faction, Double> out = new EnumMap<>(Faction.class);
        out.putAll(in);
        return Collections.unmodifiableMap(out);
    }

    /** Intelligence sharing with {@code f}, 0 when not given. */
    public double sharing(Faction f) {
        return intelSharing.getOrDefault(f, 0.0);
    }

    /** Counter-drone skill of {@code f}, 0 when not given. */
    public double counterSkill(Faction f) {
        return counterDrone.getOrDefault(f, 0.0);
    }

    /** The wing set up with this name, or null. */
    public WingSetup wing(String name) {
        for (WingSetup w : wings) {
            if (w.name().equals(name)) {
                return w;
            }
        }
        return null;
    }
}
