package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.UnitKind;
import org.sahelsim.testing.MicroMap;
import org.sahelsim.testing.MicroWorld;
import org.junit.jupiter.api.Test;

/** Band fission: a grown band splits in two, fighters conserved; fission lets a group field more bands. */
class BandFissionTest {
    @Test
    void aBandAtItsSplitSizeSplitsInTwoWithEveryFighterKept() {
        SahelModel m = MicroWorld.start(MicroWorld.config(""), 3, List.of());
        ArmedUnit u = m.addUnit(Faction.ISSP, UnitKind.BAND, 100, 0.7, 30, 20);
        int before = m.units.size();
        u.fighters = BandFission.splitSize(m, u);
        int total = u.fighters;
        new BandFission().apply(m, new RecruitPool(m));
        assertEquals(before + 1, m.units.size(), "one new band");
        ArmedUnit band = m.units.get(m.units.size() - 1);
        assertEquals(total, u.fighters + band.fighters, "fighters are split, not created");
        assertTrue(Math.abs(u.fighters - band.fighters) <= 1, "two halves");
        assertEquals(u.faction, band.faction);
        assertEquals(u.homeX, band.homeX);
        assertTrue(Math.max(Math.abs(band.x - u.x), Math.abs(band.y - u.y)) <= m.config.recruitment().bands().splitRadiusCells());
        assertEquals(1, m.indicators.get(Indicator.BANDS_FORMED, Faction.ISSP), 1e-12);
    }

    @Test
    void aBandBelowItsSplitSizeStaysWhole() {
        SahelModel m = MicroWorld.start(MicroWorld.config(""), 3, List.of());
        ArmedUnit u = m.addUnit(Faction.JNIM, UnitKind.BAND, 100, 0.7, 30, 20);
        u.fighters = BandFission.splitSize(m, u) - 1;
        int before = m.units.size();
        new BandFission().apply(m, new RecruitPool(m));
        assertEquals(before, m.units.size());
    }

    /** Over 30 seeds a recruiting group fields more bands after two years with fission than without. */
    @Test
    void fissionLetsAGroupFieldMoreBands() {
        var dense = MicroMap.of(60, 40, 15000f);
        String world = "recruitment: {unitCapacity: 100}\nforces:\n  - {faction: ISSP, region: NE-6, fighters: 300, units: 3}\n";
        int more = 0;
        for (long seed = 1; seed <= 30; seed++) {
            int with = units(MicroWorld.start(dense, MicroWorld.config(world), seed, RuleSet.standard()));
            int without = units(MicroWorld.start(dense, MicroWorld.config(world.replace("unitCapacity: 100",
                    "unitCapacity: 100, bands: {splitFactor: 10}")), seed, RuleSet.standard()));
            more += with > without ? 1 : 0;
        }
        assertTrue(more >= 27, "more ISSP bands with fission in " + more + "/30 seeds (need >= 90%)");
    }

    private static int units(SahelModel m) {
        MicroWorld.run(m, 104);
        return (int) m.units.stream().filter(u -> u.alive && u.faction == Faction.ISSP).count();
    }
}
