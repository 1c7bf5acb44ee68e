package org.sahelsim.model.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;

/**
 * Parameters of the ceasefire submodel (docs/odd/submodels/ceasefire.md): onset of talks, agreement,
 * erosion and breakdown hazards, redeployment, and the scenario's declared agreements and
 * frameworks. Hazards are weekly rates λ turned into probabilities {@code 1 - exp(-λ)}.
 */
public record CeasefireParams(
        @Param(def = "true", doc = "talks may open by the rule; false: only by declared agreements and timeline events",
                source = "scenario switch") boolean endogenous,
        @Param(min = 0, max = 1, doc = "willingness to negotiate per faction; missing: 1 for jihadist groups, 0 for others",
                source = "assumption: the juntas' stated refusal to negotiate; brief: ISSP-JNIM local truces") Map<Faction, Double> willingness,
        @Param(def = "0.001", min = 0, max = 1, unit = "1/week", doc = "rate of talks opening without fighting pressure",
                source = "assumption: talks without costly fighting are rare") double talksBase,
        @Param(def = "0.03", min = 0, max = 1, unit = "1/week", doc = "extra rate of talks opening when mutual costs equal costScale",
                source = "Clayton et al. 2022 (direction); brief: Ménaka battles Aug 2022-Apr 2023 then a de facto truce (scale)") double costRate,
        @Param(def = "3", min = 0.1, max = 10000, unit = "fighters/week", doc = "mutual losses at which the cost term equals costRate",
                source = "assumption: about one clash a week between bands (3-4 killed a side)") double costScale,
        @Param(def = "13", min = 1, max = 520, unit = "weeks", doc = "memory of the fighting-cost average",
                source = "assumption: a season of fighting") double costMemoryWeeks,
        @Param(def = "0.25", min = 0, max = 10000, unit = "fighters/week", doc = "mutual losses below which the rule opens no talks on an undeclared pair",
                source = "assumption: a local truce needs a front to settle") double minCost,
        @Param(def = "0.15", min = 0, max = 1, doc = "share of the pair's recent losses a region needs to be inside an emergent truce",
                source = "assumption; modelling guide: local truces where the territories touch") double scopeShare,
        @Param(def = "3", min = 1, max = 100, doc = "onset multiplier with mediation",
                source = "assumption: size unsourced; direction as the model specification asks (mediation makes onset likelier)") double mediationFactor,
        @Param(def = "2", min = 1, max = 100, doc = "onset multiplier when either party already has a ceasefire with another actor",
                source = "Bara and Clayton 2022 (direction); assumption for the size") double reputationFactor,
        @Param(def = "0.15", min = 0, max = 1, unit = "1/week", doc = "chance a week that talks end in an agreement in force",
                source = "assumption: talks of a few weeks to months") double agreeRate,
        @Param(def = "0.05", min = 0, max = 1, unit = "1/week", doc = "chance a week that talks collapse",
                source = "assumption") double talksFailRate,
        @Param(def = "0.01", min = 0, max = 1, unit = "1/week", doc = "erosion rate of a ceasefire in force with no driver",
                source = "assumption: an unmonitored truce frays about every two years without friction (brief: fragile)") double breakBase,
        @Param(def = "0.04", min = 0, max = 1, unit = "1/week", doc = "breakdown rate of an eroding ceasefire with no driver",
                source = "assumption: a fraying truce, not repaired, fails within months") double breakRate,
        @Param(def = "0.05", min = 0, max = 10, unit = "1 per unit in contact", doc = "log-hazard per unit of one party next to a unit of the other inside the scope",
                source = "assumption: contact along the shared frontier breeds incidents (direction and size)") double contactWeight,
        @Param(def = "0.02", min = 0, max = 10, unit = "1 per fighter", doc = "log-hazard per fighter defecting between the parties that week",
                source = "brief: a JNIM commander's defection to ISSP and his accusations, Feb 2026; assumption for the size") double defectionWeight,
        @Param(def = "2", min = 0, max = 20, unit = "1 per unit share", doc = "log-hazard per share of the parties' residents in the scope living on their shared frontier",
                source = "assumption: both draw on the same communities (modelling guide)") double competitionWeight,
        @Param(def = "1", min = 0, max = 10, unit = "1 per leader", doc = "log-hazard per leader of either party killed that week",
                source = "assumption: successors are not bound by their predecessors' deals") double leaderWeight,
        @Param(def = "0.3", min = 0, max = 10, unit = "1 per attack", doc = "log-hazard per spoiler attack on a party inside the scope",
                source = "assumption: spoilers raise breakdown (direction and size)") double spoilerWeight,
        @Param(def = "0.5", min = 0, max = 1, doc = "hazard multiplier with monitoring",
                source = "Fortna 2003, 2004 (direction); assumption for the size") double monitoringEffect,
        @Param(def = "0.5", min = 0, max = 1, doc = "hazard multiplier with a third-party guarantor",
                source = "Fortna 2003, 2004 (direction); assumption for the size") double guarantorEffect,
        @Param(def = "0.15", min = 0, max = 10, unit = "1 per violation", doc = "extra breakdown rate per clash between the parties inside the scope while eroding",
                source = "assumption: violations feed reprisals") double violationHazard,
        @Param(def = "0.05", min = 0, max = 1, unit = "1/week", doc = "chance a week without violations that an eroding ceasefire is back in force",
                source = "assumption") double repairRate,
        @Param(def = "13", min = 0, max = 520, unit = "weeks", doc = "weeks after a breakdown before new talks can open",
                source = "assumption: fighting resumes for at least a season") int cooldownWeeks,
        @Param(def = "1.0", min = 0, max = 10, doc = "utility of a Niger-Nigeria-Benin border cell for units of a party to a ceasefire",
                source = "brief: race to the borders in the Niger-Nigeria-Benin triangle while ISSP and JNIM avoid each other") double raceWeight,
        @Param(doc = "ceasefires the scenario declares: scope, terms, initial state, bans") List<CeasefireSetup> agreements,
        @Param(doc = "agreement frameworks that lend mediation, monitoring or a guarantor to ceasefires in their regions")
        List<CeasefireFramework> frameworks) {

    public CeasefireParams {
        willingness = willingness.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(willingness));
        agreements = List.copyOf(agreements);
        frameworks = List.copyOf(frameworks);
        for (int i = 0; i < agreements.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (agreements.get(i).samePair(agreements.get(j))) {
                    throw new IllegalArgumentException("agreements[" + i + "]: the pair " + agreements.get(i).a() + "-"
                            + agreements.get(i).b() + " is already declared at agreements[" + j + "]");
                }
            }
        }
    }

    /** Willingness of a faction to negotiate, 0..1. */
    public double willingnessOf(Faction f) {
        Double w = willingness.get(f);
        return w != null ? w : f.isJihadist() ? 1.0 : 0.0;
    }
}
