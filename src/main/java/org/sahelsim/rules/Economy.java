package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Faction;
import org.sahelsim.model.FactionState;
import org.sahelsim.model.GoldSite;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.Phases;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Site;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.Territory;
import org.sahelsim.model.config.EconomyParams;

/**
 * Economy phase (docs/odd/submodels/economy.md): each jihadist group whose forces are present
 * earns taxes on the residents of the cells it holds, checkpoint income on held border and
 * Niger-river cells, levies on towns it blockades, taxes on gold areas it holds and, if its policy
 * allows, ransoms; then it pays its fighters' upkeep from the treasury. The unpaid share of the
 * upkeep is kept for desertion and defection. Amounts are million USD.
 */
public final class Economy implements Submodel {
    private static final double WEEKS = 52.0;
    private final double[] taxable = new double[Faction.count()];
    private final double[] population = new double[Faction.count()];
    private final double[] aggrieved = new double[Faction.count()];
    private final double[] checkpoints = new double[Faction.count()];
    private final double[] fighters = new double[Faction.count()];
    private final double[] blockaded = new double[Faction.count()];
    private final int[] ringCount = new int[Faction.count()];
    private int[] routeCells;
    private int[] populatedCells;
    private float[] populatedResidents;
    private int[][] townRings;
    private List<Site> towns;
    private int[][] goldAreas;

    @Override
    public int phase() {
        return Phases.ECONOMY;
    }

    @Override
    public void reset(SahelModel m) {
        EconomyParams p = m.config.economy();
        routeCells = cells(m, c -> m.border[c] || m.map.has(c, SahelMap.NIGER_RIVER));
        populatedCells = cells(m, c -> m.map.population[c] > 0);
        populatedResidents = new float[populatedCells.length];
        for (int k = 0; k < populatedCells.length; k++) {
            populatedResidents[k] = m.map.population[populatedCells[k]];
        }
        towns = new ArrayList<>();
        for (Site s : m.map.sites) {
            if (s.kind() != Site.SiteKind.AIR_BASE && m.map.inBounds(m.map.x(s.lon()), m.map.y(s.lat()))) {
                towns.add(s);
            }
        }
        townRings = new int[towns.size()][];
        for (int k = 0; k < towns.size(); k++) {
            Site s = towns.get(k);
            townRings[k] = square(m, m.map.x(s.lon()), m.map.y(s.lat()), p.blockadeRadiusCells(), true);
        }
        goldAreas = new int[m.map.goldSites.size()][];
        for (int k = 0; k < goldAreas.length; k++) {
            GoldSite g = m.map.goldSites.get(k);
            goldAreas[k] = square(m, m.map.x(g.lon()), m.map.y(g.lat()), p.goldRadiusCells(), false);
        }
    }

    @Override
    public void apply(SahelModel m) {
        EconomyParams p = m.config.economy();
        measureHoldings(m, p);
        measureBlockades(m, p);
        for (Faction f : Faction.values()) {
            FactionState s = m.state(f);
            if (f.isJihadist() && s.enabled) {
                double income = taxes(p, f) + blockaded[f.ordinal()] * p.blockadePerResident() / WEEKS / 1e6
                        + gold(m, p, f) + ransoms(m, p, s);
                s.treasury += income;
                m.indicators.add(Indicator.INCOME, f, income);
                payUpkeep(m, s, fighters[f.ordinal()] * p.upkeepPerFighter() * 12 / WEEKS / 1e6);
            }
            m.indicators.set(Indicator.TREASURY, f, s.treasury);
        }
    }

    /** Pays from the treasury what it can (never below 0), counting it as spending. */
    static double spend(SahelModel m, Faction f, double amount) {
        FactionState s = m.state(f);
        double paid = Math.max(0, Math.min(amount, s.treasury));
        s.treasury -= paid;
        m.indicators.add(Indicator.SPENDING, f, paid);
        m.indicators.set(Indicator.TREASURY, f, s.treasury);
        return paid;
    }

    private static void payUpkeep(SahelModel m, FactionState s, double owed) {
        double paid = spend(m, s.faction, owed);
        s.unpaidShare = owed > 0 ? 1.0 - paid / owed : 0.0;
    }

    /**
     * Taxable residents, checkpoint cells and fighters per faction, from one pass over held cells
     * and units. The same pass records each faction's population-weighted mean grievance over the
     * cells it holds ({@link Indicator#MEAN_GRIEVANCE}: grievance as felt this week, before this
     * week's violence is absorbed in the recruitment phase).
     */
    private void measureHoldings(SahelModel m, EconomyParams p) {
        Arrays.fill(taxable, 0.0);
        Arrays.fill(checkpoints, 0.0);
        Arrays.fill(fighters, 0.0);
        Territory t = m.territory;
        Arrays.fill(population, 0.0);
        Arrays.fill(aggrieved, 0.0);
        for (int k = 0; k < populatedCells.length; k++) {
            int c = populatedCells[k];
            int f = t.controller[c];
            if (f >= 0) {
                float pop = populatedResidents[k];
                taxable[f] += pop * (t.contested[c] ? p.contestedTaxShare() : 1.0);
                population[f] += pop;
                aggrieved[f] += pop * m.grievance.total(c);
            }
        }
        for (Faction f : Faction.values()) {
            int k = f.ordinal();
            m.indicators.set(Indicator.MEAN_GRIEVANCE, f, population[k] > 0 ? aggrieved[k] / population[k] : 0.0);
        }
        for (int c : routeCells) {
            int f = t.controller[c];
            if (f >= 0) {
                checkpoints[f]++;
            }
        }
        for (ArmedUnit u : m.units) {
            if (u.alive) {
                fighters[u.faction.ordinal()] += u.fighters;
            }
        }
    }

    private double taxes(EconomyParams p, Faction f) {
        return (taxable[f.ordinal()] * p.taxPerResident() + checkpoints[f.ordinal()] * p.checkpointPerCell()) / WEEKS / 1e6;
    }

    /**
     * Residents of the towns each faction blockades: towns it does not hold whose surrounding ring
     * it holds at least {@code blockadeShare} of. One pass over each ring counts every holder.
     */
    private void measureBlockades(SahelModel m, EconomyParams p) {
        Arrays.fill(blockaded, 0.0);
        for (int k = 0; k < towns.size(); k++) {
            int[] ring = townRings[k];
            if (ring.length == 0) {
                continue;
            }
            Arrays.fill(ringCount, 0);
            for (int c : ring) {
                int f = m.territory.controller[c];
                if (f >= 0) {
                    ringCount[f]++;
                }
            }
            Site s = towns.get(k);
            int centre = m.territory.controller[m.map.index(m.map.x(s.lon()), m.map.y(s.lat()))];
            for (int f = 0; f < ringCount.length; f++) {
                if (f != centre && ringCount[f] >= p.blockadeShare() * ring.length && ringCount[f] > 0) {
                    blockaded[f] += s.population();
                }
            }
        }
    }

    /** Taxes on gold areas, in proportion to the share of each area's cells the faction holds. */
    private double gold(SahelModel m, EconomyParams p, Faction f) {
        double value = 0;
        for (int k = 0; k < goldAreas.length; k++) {
            GoldSite g = m.map.goldSites.get(k);
            double share = heldShare(m, goldAreas[k], f);
            double kind = g.kind() == GoldSite.Kind.ARTISANAL ? 1.0 : p.industrialGoldShare();
            value += share * g.size() * p.goldPerSize() * kind;
        }
        return value / WEEKS;
    }

    /** Ransoms paid this week: Poisson(ransomsPerYear/52) payments of log-normal size. */
    private static double ransoms(SahelModel m, EconomyParams p, FactionState s) {
        if (!s.ransomPolicy) {
            return 0.0;
        }
        int n = Draws.poisson(m.random, p.ransomsPerYear() / WEEKS);
        double total = 0;
        for (int k = 0; k < n; k++) {
            total += ransom(m.random, p);
        }
        return total;
    }

    /** One ransom, million USD: {@code ransomMedian · exp(ransomSigma · Z)}, Z standard normal. */
    static double ransom(MersenneTwisterFast random, EconomyParams p) {
        return p.ransomMedian() * Math.exp(p.ransomSigma() * random.nextGaussian());
    }

    private static double heldShare(SahelModel m, int[] cells, Faction f) {
        if (cells.length == 0) {
            return 0.0;
        }
        int held = 0;
        for (int c : cells) {
            held += m.territory.controller[c] == f.ordinal() ? 1 : 0;
        }
        return held / (double) cells.length;
    }

    /** Passable cells within {@code r} of (x, y); without the centre when {@code ring}. */
    private static int[] square(SahelModel m, int x0, int y0, int r, boolean ring) {
        List<Integer> out = new ArrayList<>();
        for (int y = y0 - r; y <= y0 + r; y++) {
            for (int x = x0 - r; x <= x0 + r; x++) {
                if (m.map.inBounds(x, y) && m.passable(m.map.index(x, y)) && !(ring && x == x0 && y == y0)) {
                    out.add(m.map.index(x, y));
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Passable cells that pass the test; with {@code border || Niger river} these are the model's
     * stand-in for trade routes (the grid has no roads).
     */
    private static int[] cells(SahelModel m, IntPredicate test) {
        return IntStream.range(0, m.map.cells()).filter(c -> m.passable(c) && test.test(c)).toArray();
    }
}
