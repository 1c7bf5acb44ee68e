package org.sahelsim.rules;

import org.sahelsim.model.Community;
import org.sahelsim.model.Faction;
import org.sahelsim.model.FactionState;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.EconomyParams;
import org.sahelsim.model.config.RecruitmentParams;

/**
 * How strongly a group draws a cell's willing residents (docs/odd/submodels/recruitment.md):
 * {@code S(f, c) = affinity(f, region) · exp(momentumWeight · M_f) · pay_f · control(f, c)}, where
 * control is 1 in a cell f holds, {@code controlHostile} in one a hostile faction holds and
 * {@code controlNeutral} otherwise. Affinities are combined once per run from the region's
 * community shares; the faction and control factors once per week ({@link #prepare}).
 */
final class Attraction {
    private final double[][] affinity;
    private final double[] factor = new double[Faction.count()];
    /** Per faction, the control multiplier by the cell holder's ordinal + 1 (0 = nobody); rebuilt weekly. */
    private final double[][] control = new double[Faction.count()][Faction.count() + 1];

    /** Affinity per faction and region index (the last slot is for cells outside every region). */
    Attraction(SahelModel m) {
        SahelMap map = m.map;
        RecruitmentParams p = m.config.recruitment();
        int regions = map.regions.size();
        affinity = new double[Faction.count()][regions + 1];
        for (Faction f : Faction.values()) {
            for (int r = 0; r <= regions; r++) {
                affinity[f.ordinal()][r] = combine(p, f, map.communities.row(r < regions ? r : -1));
            }
        }
    }

    /** Σ_e share_e · affinity(f, e). */
    static double combine(RecruitmentParams p, Faction f, float[] shares) {
        double a = 0;
        for (Community c : Community.values()) {
            a += shares[c.ordinal()] * p.affinity(f, c);
        }
        return a;
    }

    /** Recomputes the momentum and pay factors of every faction for this week. */
    void prepare(SahelModel m, int[] fighters) {
        RecruitmentParams p = m.config.recruitment();
        for (Faction f : Faction.values()) {
            FactionState s = m.state(f);
            double upkeep = annualUpkeep(m.config.economy(), fighters[f.ordinal()]);
            factor[f.ordinal()] = Math.exp(p.momentumWeight() * s.momentum) * pay(p, s.treasury, upkeep);
            double[] row = control[f.ordinal()];
            row[0] = p.controlNeutral();
            for (Faction owner : Faction.values()) {
                row[owner.ordinal() + 1] = owner == f ? 1.0
                        : m.relations.hostile(owner, f) ? p.controlHostile() : p.controlNeutral();
            }
        }
    }

    /** Upkeep of {@code fighters} for a year, million USD. */
    static double annualUpkeep(EconomyParams e, int fighters) {
        return fighters * e.upkeepPerFighter() * 12 / 1e6;
    }

    /**
     * Pay attraction: {@code payFloor + (1 - payFloor) · y / (y + payHalfYears)}, where y is the
     * treasury in years of upkeep (1 for a group with no fighters but money, payFloor when broke).
     */
    static double pay(RecruitmentParams p, double treasury, double annualUpkeep) {
        if (treasury <= 0) {
            return p.payFloor();
        }
        double years = annualUpkeep > 0 ? treasury / annualUpkeep : Double.POSITIVE_INFINITY;
        double drawn = Double.isInfinite(years) ? 1.0 : years / (years + p.payHalfYears());
        return p.payFloor() + (1 - p.payFloor()) * drawn;
    }

    /** S(f, c). */
    double of(SahelModel m, Faction f, int cell) {
        return affinity(m, f, cell) * factor[f.ordinal()] * control[f.ordinal()][m.territory.controller[cell] + 1];
    }

    /** Affinity of faction {@code f} in the cell's region. */
    double affinity(SahelModel m, Faction f, int cell) {
        short r = m.map.admin1[cell];
        return affinity[f.ordinal()][r >= 0 ? r : affinity[0].length - 1];
    }
}
