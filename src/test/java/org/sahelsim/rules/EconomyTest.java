package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Faction;
import org.sahelsim.model.GoldSite;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Site;
import org.sahelsim.model.Territory;
import org.sahelsim.model.config.EconomyParams;
import org.sahelsim.testing.MicroMap;
import org.sahelsim.testing.MicroWorld;

/** Income and spending of the economy phase, on hand-set territory (formulas) and over seeds (ransoms). */
class EconomyTest {
    private static final double WEEK = 52.0;
    private static final SahelMap GOLD = MicroMap.withPeople(MicroMap.of(60, 40, 1000f), Map.of(),
            List.of(MicroMap.gold("Artisanal", 10, 10, GoldSite.Kind.ARTISANAL, 2),
                    MicroMap.gold("Industrial", 10, 30, GoldSite.Kind.INDUSTRIAL, 3)));
    /** Only the income source a test names is switched on. */
    private static final String NOTHING = "economy: {taxPerResident: 0, checkpointPerCell: 0, blockadePerResident: 0, "
            + "goldPerSize: 0, ransomsPerYear: 0, upkeepPerFighter: 0}\n";

    /** A started model whose territory is emptied, for hand-set holdings. */
    private static SahelModel world(String economy, String forces) {
        SahelModel m = MicroWorld.start(GOLD, MicroWorld.config(economy + forces), 1, List.of());
        Arrays.fill(m.territory.controller, Territory.NONE);
        Arrays.fill(m.territory.contested, false);
        return m;
    }

    private static double income(SahelModel m, Economy e) {
        m.indicators.startWeek();
        e.apply(m);
        return m.indicators.get(Indicator.INCOME, Faction.JNIM);
    }

    private static Economy economy(SahelModel m) {
        Economy e = new Economy();
        e.reset(m);
        return e;
    }

    private static void hold(SahelModel m, int x0, int y0, int r, Faction f) {
        for (int y = y0 - r; y <= y0 + r; y++) {
            for (int x = x0 - r; x <= x0 + r; x++) {
                m.territory.controller[m.map.index(x, y)] = (byte) f.ordinal();
            }
        }
    }

    @Test
    void taxesFollowTheHeldPopulationAndHalveWhereContested() {
        SahelModel m = world("economy: {taxPerResident: 2, checkpointPerCell: 0, blockadePerResident: 0, goldPerSize: 0, "
                + "ransomsPerYear: 0, upkeepPerFighter: 0}\n", "");
        Economy e = economy(m);
        hold(m, 40, 10, 2, Faction.JNIM);
        assertEquals(25 * 1000 * 2 / WEEK / 1e6, income(m, e), 1e-12, "25 cells of 1,000 residents at $2 a year");
        m.territory.contested[m.map.index(40, 10)] = true;
        assertEquals((24 + 0.5) * 1000 * 2 / WEEK / 1e6, income(m, e), 1e-12, "a contested cell pays half");
    }

    @Test
    void checkpointsPayOnHeldBorderCells() {
        SahelModel m = world(NOTHING.replace("checkpointPerCell: 0", "checkpointPerCell: 5200"), "");
        Economy e = economy(m);
        assertEquals(0.0, income(m, e), 1e-12);
        m.territory.controller[m.map.index(29, 5)] = (byte) Faction.JNIM.ordinal();
        m.territory.controller[m.map.index(20, 5)] = (byte) Faction.JNIM.ordinal();
        assertEquals(5200 / WEEK / 1e6, income(m, e), 1e-12, "one border cell (x = 29 touches Nigeria) and one inland cell");
    }

    @Test
    void goldPaysByHeldShareAndKind() {
        SahelModel m = world(NOTHING.replace("goldPerSize: 0", "goldPerSize: 0.52"), "");
        Economy e = economy(m);
        hold(m, 10, 10, 1, Faction.JNIM);
        assertEquals(2 * 0.52 / WEEK, income(m, e), 1e-12, "the whole artisanal area of size 2");
        m.territory.controller[m.map.index(10, 10)] = Territory.NONE;
        assertEquals(8.0 / 9 * 2 * 0.52 / WEEK, income(m, e), 1e-12, "8 of its 9 cells");
        hold(m, 10, 30, 1, Faction.JNIM);
        double industrial = 3 * 0.52 * m.config.economy().industrialGoldShare() / WEEK;
        assertEquals(8.0 / 9 * 2 * 0.52 / WEEK + industrial, income(m, e), 1e-12, "an industrial mine pays a share");
    }

    @Test
    void aTownIsBlockadedWhenMostOfItsRingIsHeldButNotTheTown() {
        SahelModel m = world(NOTHING.replace("blockadePerResident: 0", "blockadePerResident: 5.2"), "");
        Economy e = economy(m);
        Site town = m.map.site("Westtown");
        int x = m.map.x(town.lon());
        int y = m.map.y(town.lat());
        hold(m, x, y, 3, Faction.JNIM);
        assertEquals(0.0, income(m, e), 1e-12, "holding the town itself is not a blockade");
        m.territory.controller[m.map.index(x, y)] = (byte) Faction.NIGER.ordinal();
        assertEquals(town.population() * 5.2 / WEEK / 1e6, income(m, e), 1e-12, "ring held, town not");
        hold(m, x, y - 2, 1, Faction.NIGER);
        hold(m, x, y + 2, 1, Faction.NIGER);
        hold(m, x + 2, y, 1, Faction.NIGER);
        assertEquals(0.0, income(m, e), 1e-12, "less than half of the ring held");
    }

    @Test
    void upkeepIsPaidFromTheTreasuryAndTheShortfallIsRecorded() {
        String forces = "forces:\n  - {faction: JNIM, region: NE-6, fighters: 520, units: 4}\n";
        SahelModel m = world(NOTHING.replace("upkeepPerFighter: 0", "upkeepPerFighter: 100"), forces);
        Economy e = economy(m);
        double weekly = 520 * 100 * 12 / WEEK / 1e6;
        m.state(Faction.JNIM).treasury = 1.0;
        income(m, e);
        assertEquals(weekly, m.indicators.get(Indicator.SPENDING, Faction.JNIM), 1e-12);
        assertEquals(1.0 - weekly, m.state(Faction.JNIM).treasury, 1e-12);
        assertEquals(m.state(Faction.JNIM).treasury, m.indicators.get(Indicator.TREASURY, Faction.JNIM), 1e-12);
        assertEquals(0.0, m.state(Faction.JNIM).unpaidShare, 1e-12);
        m.state(Faction.JNIM).treasury = weekly / 4;
        income(m, e);
        assertEquals(0.75, m.state(Faction.JNIM).unpaidShare, 1e-9, "a quarter paid");
        assertEquals(0.0, m.state(Faction.JNIM).treasury, 1e-12, "the treasury never goes below zero");
    }

    @Test
    void noRansomIncomeWithoutTheRansomPolicy() {
        String rich = NOTHING.replace("ransomsPerYear: 0", "ransomsPerYear: 10")
                + "forces:\n  - {faction: JNIM, region: NE-6, fighters: 600, units: 6}\n";
        int withPolicy = 0;
        for (long seed = 1; seed <= 30; seed++) {
            double off = 0;
            double on = 0;
            SahelModel a = MicroWorld.start(GOLD, MicroWorld.config(rich + "factions: {JNIM: {ransomPolicy: false}}\n"), seed, RuleSet.standard());
            SahelModel b = MicroWorld.start(GOLD, MicroWorld.config(rich + "factions: {JNIM: {ransomPolicy: true}}\n"), seed, RuleSet.standard());
            for (int w = 0; w < 52; w++) {
                a.schedule.step(a);
                b.schedule.step(b);
                off += a.indicators.get(Indicator.INCOME, Faction.JNIM);
                on += b.indicators.get(Indicator.INCOME, Faction.JNIM);
            }
            assertEquals(0.0, off, 0.0, "income without the ransom policy (and no other source), seed " + seed);
            withPolicy += on > 0 ? 1 : 0;
        }
        assertTrue(withPolicy >= 29, "a group with the policy earned ransoms in " + withPolicy + "/30 seeds (need >= 95%)");
    }

    @Test
    void ransomSizesAreLogNormalWithTheBriefsTail() {
        EconomyParams p = MicroWorld.config("").economy();
        MersenneTwisterFast r = new MersenneTwisterFast(3);
        int n = 200_000;
        double[] draws = new double[n];
        int huge = 0;
        for (int k = 0; k < n; k++) {
            draws[k] = Economy.ransom(r, p);
            huge += draws[k] >= 50 ? 1 : 0;
        }
        Arrays.sort(draws);
        assertEquals(p.ransomMedian(), draws[n / 2], 0.03 * p.ransomMedian(), "median");
        double tail = 0.5 * org.apache.commons.math3.special.Erf.erfc(Math.log(50 / p.ransomMedian()) / p.ransomSigma() / Math.sqrt(2));
        assertEquals(tail, huge / (double) n, 0.0008, "share of ransoms of $50M or more");
        assertTrue(tail > 0.002 && tail < 0.01, "about 1 ransom in 200 reaches $50M (brief: the largest in the region)");
    }
}
