package org.sahelsim.model.config;

import java.util.Map;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;
import org.sahelsim.model.SahelModel;

/** Parameters of the grievance dynamics (docs/odd/submodels/grievance-dynamics.md), key {@code recruitment.grievance}. */
public record GrievanceParams(
        @Param(def = "0.8", min = 0, max = 1, doc = "perceived legitimacy of the state where nothing has happened",
                source = "Epstein 2002 (G = H(1-L)); assumption for the value: 1 - L = 0.2 lies near the threshold T = 0.1, so that activation responds to grievance") double legitimacy,
        @Param(min = 0, max = 1, doc = "legitimacy per study country (ISO-3 code), overriding legitimacy",
                source = "assumption: scenario lever") Map<String, Double> legitimacyByCountry,
        @Param(min = 0, max = 1, doc = "grievance at the start per admin-1 region (code), where it is above the baseline",
                source = "historical scenario: derived from the abuses of 2017-2019 in the UCDP events (sahelsim history derive); else a scenario lever") Map<String, Double> initialByRegion,
        @Param(def = "0.03", min = 0, max = 1, doc = "grievance added by one operation of a national army in a populated cell",
                source = "assumption; brief: abuses by the state raise grievance") double abuseState,
        @Param(def = "0.1", min = 0, max = 1, doc = "grievance added by one operation of a foreign force (Africa Corps; France unless set)",
                source = "brief: Wagner/Africa Corps heavy-handed counter-insurgency; assumption for the value") double abuseForeign,
        @Param(def = "0.08", min = 0, max = 1, doc = "grievance added by one operation of a pro-government militia",
                source = "brief: militias can backfire on civilians; assumption for the value") double abuseMilitia,
        @Param(min = 0, max = 1, doc = "grievance per operation for named factions, overriding the value of their kind",
                source = "scenario lever, e.g. France's Barkhane against Wagner in the historical run") Map<Faction, Double> abuseByFaction,
        @Param(def = "0.01", min = 0, max = 1, doc = "lasting grievance added per civilian killed by pro-government forces",
                source = "Bennett 2008: collateral damage feeds the insurgency; assumption for the value") double civilianGrievance,
        @Param(def = "0.05", min = 0, max = 1, doc = "short-lived backlash added per civilian killed by pro-government forces",
                source = "Condra and Shapiro 2012: civilian deaths raise insurgent violence for under 4 weeks") double civilianBacklash,
        @Param(def = "0.005", min = 0, max = 1, doc = "grievance added by any violent event in a populated cell (displacement)",
                source = "assumption: fighting displaces residents and raises hardship (Epstein's H)") double displacement,
        @Param(def = "3", min = 0, max = 10, unit = "cells", doc = "distance over which an event's grievance spreads, weight 1/(1+d)",
                source = "assumption: news of abuses reaches the villages a unit recruits from (as catchmentCells)") int spreadCells,
        @Param(def = "0.009", min = 0, max = 1, unit = "1/week", doc = "weekly relaxation of grievance toward its baseline",
                source = "assumption: grievances outlast the events by years (half-life about 77 weeks)") double levelDecay,
        @Param(def = "0.5", min = 0, max = 1, unit = "1/week", doc = "weekly decay of the backlash",
                source = "Condra and Shapiro 2012: the effect lasts under 4 weeks (6% left after 4 weeks)") double backlashDecay) {

    public GrievanceParams {
        legitimacyByCountry = Map.copyOf(legitimacyByCountry);
        abuseByFaction = Map.copyOf(abuseByFaction);
        initialByRegion = Map.copyOf(initialByRegion);
        for (String iso : legitimacyByCountry.keySet()) {
            if (!SahelModel.STUDY_COUNTRIES.contains(iso)) {
                throw new IllegalArgumentException("recruitment.grievance.legitimacyByCountry: unknown country '" + iso
                        + "'; allowed: " + String.join(", ", SahelModel.STUDY_COUNTRIES));
            }
        }
    }

    /** Grievance added by one operation of {@code f}: its own value, else that of its kind (0 for jihadist groups). */
    public double abuse(Faction f) {
        Double own = abuseByFaction.get(f);
        if (own != null) {
            return own;
        }
        return switch (f.kind) {
            case STATE -> abuseState;
            case FOREIGN -> abuseForeign;
            case MILITIA -> abuseMilitia;
            case JIHADIST -> 0.0;
        };
    }

    /** Baseline legitimacy in a study country (ISO-3), or the default. */
    public double legitimacyIn(String iso) {
        return legitimacyByCountry.getOrDefault(iso, legitimacy);
    }
}
