package org.sahelsim.model.config;

import java.time.LocalDate;
import java.util.List;
import org.sahelsim.model.Capability;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;

/**
 * Parameters of the corridor and skill-transfer submodel (docs/odd/submodels/skill-transfer.md):
 * which regions the corridor runs through, how fast the learner gains and loses skill, and the
 * interdiction switch. Empty region lists take the defaults of the brief.
 */
public record CorridorParams(
        @Param(def = "ISSP", doc = "faction that learns through the corridor", source = "brief") Faction learner,
        @Param(def = "ISWAP", doc = "faction that sends fighters and skills", source = "brief") Faction teacher,
        @Param(doc = "regions of the learner's core, where the corridor starts; empty = ML-9, NE-6, NE-5",
                source = "brief: Ménaka, Tillabéri, Tahoua") List<String> sourceRegions,
        @Param(doc = "regions the corridor must pass through (at least one cell of one); empty = NG-SO, NG-KE, NG-ZA",
                source = "brief: ISSP stronghold north and west of Sokoto; Lakurawa") List<String> waypointRegions,
        @Param(doc = "other regions the corridor may cross; empty = NE-3, NE-4, NE-7, NE-2, NG-KT, NG-KN, NG-JI, NG-YO",
                source = "brief: Dosso; assumption: the Niger-Nigeria border belt east of Zamfara to reach Borno") List<String> transitRegions,
        @Param(doc = "regions of the teacher's area, where the corridor ends; empty = NG-BO",
                source = "brief: ISWAP in Borno") List<String> targetRegions,
        @Param(def = "4", min = 0, max = 520, unit = "weeks", doc = "a third faction's cell blocks the corridor only if it was present there within this many weeks",
                source = "assumption: nominal control without patrols does not stop small groups moving through the bush (brief: corridor wide open)") int presenceWeeks,
        @Param(def = "0.01", min = 0, max = 1, unit = "levels/week", doc = "capability gained per connected week",
                source = "brief: transfer from 2022, SVBIEDs back mid-2024, complex raid Jan 2026: about 100 weeks a level") double gainRate,
        @Param(def = "0.006", min = 0, max = 1, unit = "levels/week", doc = "progress, then hold on the current level, lost per disconnected week",
                source = "brief: no ISSP SVBIED for four years after 2020 until the corridor; assumption for the rate") double decayRate,
        @Param(def = "ied", doc = "level below which skill never decays", source = "brief: ISGS used IEDs before the corridor") Capability floor,
        @Param(def = "3", min = 0, max = 1000, unit = "fighters/week", doc = "fighters sent through a connected corridor",
                source = "assumption: a trickle of skilled fighters (brief)") double fighterRate,
        @Param(nullable = true, doc = "date from which the teacher sends fighters and skills through the corridor; absent: from the start",
                source = "brief: since 2022 IS has sought to link its West Africa and Sahel provinces") LocalDate openFrom,
        @Param(nullable = true, doc = "date from which the corridor is interdicted (cut whatever the territory)",
                source = "scenario switch for counterfactuals and policy arms") LocalDate interdictFrom,
        @Param(nullable = true, doc = "date the interdiction ends; absent: never", source = "scenario switch") LocalDate interdictUntil) {

    private static final List<String> SOURCE = List.of("ML-9", "NE-6", "NE-5");
    private static final List<String> WAYPOINT = List.of("NG-SO", "NG-KE", "NG-ZA");
    private static final List<String> TRANSIT = List.of("NE-3", "NE-4", "NE-7", "NE-2", "NG-KT", "NG-KN", "NG-JI", "NG-YO");
    private static final List<String> TARGET = List.of("NG-BO");

    public CorridorParams {
        sourceRegions = sourceRegions.isEmpty() ? SOURCE : List.copyOf(sourceRegions);
        waypointRegions = waypointRegions.isEmpty() ? WAYPOINT : List.copyOf(waypointRegions);
        transitRegions = transitRegions.isEmpty() ? TRANSIT : List.copyOf(transitRegions);
        targetRegions = targetRegions.isEmpty() ? TARGET : List.copyOf(targetRegions);
        if (learner == teacher) {
            throw new IllegalArgumentException("learner and teacher must differ, got " + learner + " twice");
        }
        if (interdictFrom != null && interdictUntil != null && !interdictUntil.isAfter(interdictFrom)) {
            throw new IllegalArgumentException("interdictUntil = " + interdictUntil + " must be after interdictFrom = " + interdictFrom);
        }
    }

    /** Whether the teacher uses the corridor on {@code date}. */
    public boolean open(LocalDate date) {
        return openFrom == null || !date.isBefore(openFrom);
    }

    /** Whether the corridor is interdicted on {@code date}. */
    public boolean interdicted(LocalDate date) {
        return interdictFrom != null && !date.isBefore(interdictFrom) && (interdictUntil == null || date.isBefore(interdictUntil));
    }
}
