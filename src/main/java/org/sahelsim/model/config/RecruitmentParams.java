package org.sahelsim.model.config;

import java.util.EnumMap;
import java.util.Map;
import org.sahelsim.model.Community;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;

/**
 * Parameters of recruitment (docs/odd/submodels/recruitment.md), with the grievance, defection and
 * desertion rules that run in the same phase.
 */
public record RecruitmentParams(
        @Param(def = "0.18", min = 0, max = 1, doc = "share of residents who could join an armed group",
                source = "assumption: men aged 15-34, about 18% of the residents given the region's young age structure") double eligibleShare,
        @Param(def = "0.45", min = 0, max = 1, unit = "1/week",
                doc = "weekly chance that a ready resident fully drawn to one group, and accepting the risk, joins it",
                source = "assumption: a ready recruit whom a group courts joins within weeks") double rate,
        @Param(def = "0.006", min = 0, max = 1,
                doc = "share of a cell's aggrieved eligible residents who are ready to take up arms (the pool's carrying level)",
                source = "calibrated: the historical run grows JNIM and ISSP from January 2020 to near 6,000-7,000 and 2,000-3,000 fighters in 2025 (ACSS 2025)") double poolShare,
        @Param(def = "150", min = 1, max = 100000, unit = "residents/km²",
                doc = "density up to which a cell's residents count toward its pool; town residents beyond it add nothing",
                source = "assumption: the groups recruit in the countryside, while the towns stay with the state (Kalyvas 2006); about the density of the most crowded farmland") double ruralDensity,
        @Param(def = "0.001", min = 0, max = 1, unit = "1/week",
                doc = "weekly regeneration of a cell's pool toward its carrying level",
                source = "assumption: new cohorts and new grievances replace those recruited; calibrated with poolShare on the historical run") double poolRegeneration,
        @Param(def = "1", min = 0, max = 1,
                doc = "share of each cell's carrying level ready at the start (the rest is a deficit from recruitment before the start)",
                source = "assumption: full pools at the start; a scenario starting after years of recruitment sets less") double initialPoolFill,
        @Param(def = "4.7", min = 0, max = 100, unit = "recruits/week",
                doc = "most recruits one unit can take in a week (absorptive capacity)",
                source = "assumption: commanders can arm, feed and train only so many recruits at once") double unitCapacity,
        @Param(def = "0.1", min = 0, max = 1, doc = "activation threshold T of G - R·P > T",
                source = "Epstein 2002") double threshold,
        @Param(def = "2.3", min = 0, max = 20, doc = "risk constant k of P = 1 - exp(-k·floor(C/A))",
                source = "Epstein 2002") double riskK,
        @Param(def = "3", min = 0, max = 10, unit = "cells", doc = "distance from a unit within which it recruits",
                source = "assumption: as control.unitRadiusCells; recruits come from where the group is present") int catchmentCells,
        @Param(def = "1", min = 0, max = 10, doc = "weight of momentum in a group's attraction, exp(w·M)",
                source = "brief: al-Sahrawi's death gave ISSP momentum; assumption for the value") double momentumWeight,
        @Param(def = "0.5", min = 0, max = 1, doc = "attraction of a group that cannot pay, relative to one that pays fully",
                source = "assumption: pay matters but does not decide alone") double payFloor,
        @Param(def = "0.5", min = 0.01, max = 20, unit = "years", doc = "treasury, in years of upkeep, at which pay attraction is half-way",
                source = "assumption") double payHalfYears,
        @Param(def = "0.6", min = 0, max = 1, doc = "attraction in a cell held by nobody or by an ally, relative to own control",
                source = "Kalyvas 2006: civilians collaborate with whoever controls the area") double controlNeutral,
        @Param(def = "0.3", min = 0, max = 1, doc = "attraction in a cell held by a hostile faction, relative to own control",
                source = "Kalyvas 2006") double controlHostile,
        @Param(def = "0.5", min = 0, max = 1, doc = "cohesion of new recruits, blended into the unit's",
                source = "assumption: recruits need training") double recruitCohesion,
        @Param(def = "0.02", min = 0, max = 1, unit = "1/week",
                doc = "share of its shortfall below establishment a pro-government unit regains a week",
                source = "assumption: armies and Africa Corps replace losses (brief: Africa Corps about 2,000 in Mali)") double stateReplacement,
        @Param(min = 0, max = 1, doc = "affinity of each community to a group; empty entries take the built-in defaults",
                source = "brief: ISSP recruits mostly among the Fulani; JNIM trans-ethnic (Tuareg, Arab, Fulani)") Map<Faction, Map<Community, Double>> affinity,
        @Param(doc = "band fission: groups raise new bands") BandParams bands,
        @Param(doc = "grievance dynamics") GrievanceParams grievance,
        @Param(doc = "defection between rival groups") DefectionParams defection,
        @Param(doc = "desertion") DesertionParams desertion) {

    /** Built-in affinities (0..1) per group and community, in {@link Community} order. */
    private static final Map<Faction, double[]> DEFAULT_AFFINITY = defaults();

    public RecruitmentParams {
        Map<Faction, Map<Community, Double>> copy = new EnumMap<>(Faction.class);
        affinity.forEach((f, row) -> copy.put(f, Map.copyOf(row)));
        affinity = copy;
    }

    /** Affinity of community {@code c} to faction {@code f}: the scenario's value, else the built-in default (0 for non-jihadists). */
    public double affinity(Faction f, Community c) {
        Map<Community, Double> row = affinity.get(f);
        if (row != null && row.containsKey(c)) {
            return row.get(c);
        }
        double[] d = DEFAULT_AFFINITY.get(f);
        return d == null ? 0.0 : d[c.ordinal()];
    }

    /** The built-in default of community {@code c} for faction {@code f} (for the docs and tests). */
    public static double defaultAffinity(Faction f, Community c) {
        double[] d = DEFAULT_AFFINITY.get(f);
        return d == null ? 0.0 : d[c.ordinal()];
    }

    private static Map<Faction, double[]> defaults() {
        Map<Faction, double[]> m = new EnumMap<>(Faction.class);
        // FULANI, TUAREG, ARAB, SONGHAI, HAUSA, KANURI, MOSSI, GOURMANTCHE, BARIBA, OTHER
        m.put(Faction.ISSP, new double[] {1.0, 0.1, 0.2, 0.1, 0.1, 0.2, 0.02, 0.05, 0.05, 0.03});
        m.put(Faction.JNIM, new double[] {0.7, 0.7, 0.6, 0.35, 0.05, 0.02, 0.2, 0.4, 0.25, 0.2});
        m.put(Faction.ISWAP, new double[] {0.3, 0.05, 0.3, 0.05, 0.3, 1.0, 0.02, 0.02, 0.02, 0.05});
        return m;
    }
}
