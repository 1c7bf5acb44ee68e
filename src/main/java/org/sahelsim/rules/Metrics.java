package org.sahelsim.rules;

import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.ClashEvent;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Phases;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.Territory;
import org.sahelsim.model.WeeklyStats;

/** Metrics phase: computes {@link WeeklyStats} for the week just simulated (ODD "observation"). */
public final class Metrics implements Submodel {
    @Override
    public int phase() {
        return Phases.METRICS;
    }

    @Override
    public void apply(SahelModel m) {
        m.lastStats = compute(m);
    }

    /** Statistics of the model's current state and this week's events. */
    public static WeeklyStats compute(SahelModel m) {
        int n = Faction.count();
        int nc = SahelModel.STUDY_COUNTRIES.size();
        WeeklyStats s = new WeeklyStats(m.week(), m.date(), new int[n], new int[n], new double[n], new double[n],
                new int[n], new int[n], new int[n], new int[n], new int[n], new int[n], new int[n][nc], new double[n][nc]);
        countTerritory(m, s);
        for (ArmedUnit u : m.units) {
            if (u.alive) {
                s.fighters()[u.faction.ordinal()] += u.fighters;
                s.units()[u.faction.ordinal()]++;
            }
        }
        for (ClashEvent e : m.weekEvents) {
            int a = e.attacker().ordinal();
            int d = e.defender().ordinal();
            if (e.type() != ClashEvent.Type.STRIKE) {
                int[] counter = e.type() == ClashEvent.Type.RAID ? s.raids() : s.clashes();
                counter[a]++;
                counter[d]++;
            }
            s.fightersLost()[a] += e.attackerLosses();
            s.fightersLost()[d] += e.defenderLosses();
            s.civiliansKilled()[a] += e.civilians();
        }
        return s;
    }

    private static void countTerritory(SahelModel m, WeeklyStats s) {
        SahelMap map = m.map;
        Territory t = m.territory;
        for (int c = 0; c < t.controller.length; c++) {
            int f = t.controller[c];
            if (f < 0) {
                continue;
            }
            int country = m.studyCountry[c];
            float pop = map.population[c];
            s.controlledCells()[f]++;
            s.controlledAreaKm2()[f] += map.cellAreaKm2(c / map.width);
            s.controlledPopulation()[f] += pop;
            if (t.contested[c]) {
                s.contestedCells()[f]++;
            }
            if (country >= 0) {
                s.controlledCellsByCountry()[f][country]++;
                s.controlledPopulationByCountry()[f][country] += pop;
            }
        }
    }
}
