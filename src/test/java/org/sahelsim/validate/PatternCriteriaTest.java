package org.sahelsim.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sahelsim.validate.Synthetic.d;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.validate.Check.Outcome;

/** Each pattern's criteria on hand-made observations: one case that holds, cases that fail, and gaps. */
class PatternCriteriaTest {
    private static final Pattern P1 = ViolencePatterns.p1();
    private static final Pattern P2 = TerritoryPatterns.p2();
    private static final Pattern P3 = ViolencePatterns.p3();
    private static final Pattern P4 = TerritoryPatterns.p4();
    private static final Pattern P5 = TerritoryPatterns.p5();
    private static final Pattern P6 = TerritoryPatterns.p6();
    private static final Pattern P7 = TerritoryPatterns.p7();
    private static final Pattern P8 = ViolencePatterns.p8();
    private static final Pattern P9 = ViolencePatterns.p9();

    private static Synthetic jnimAhead() {
        return Synthetic.history().all(Series.JNIM_FIGHTERS, 2000).all(Series.ISSP_FIGHTERS, 900)
                .all(Series.JNIM_POPULATION, 1e6).all(Series.ISSP_POPULATION, 1e5)
                .all(Series.JNIM_EVENTS, 2).all(Series.ISSP_EVENTS, 1);
    }

    @Test
    void p1HoldsOnlyIfJnimLeadsEveryYear() {
        assertEquals(Outcome.HOLDS, outcome(P1, jnimAhead()));
        assertEquals(Outcome.FAILS, outcome(P1, jnimAhead().set(Series.ISSP_FIGHTERS, 1100, d(2023, 1, 1), d(2023, 12, 31))),
                "2,000 < 2 x 1,100 in 2023");
        assertEquals(Outcome.HOLDS, outcome(P1, jnimAhead().set(Series.ISSP_FIGHTERS, 1100, d(2020, 1, 1), d(2020, 12, 31))),
                "2020 is not checked");
        assertEquals(Outcome.FAILS, outcome(P1, jnimAhead().all(Series.JNIM_FIGHTERS, 0).all(Series.ISSP_FIGHTERS, 0)),
                "both gone is not JNIM outweighing ISSP");
        assertEquals(Outcome.FAILS, outcome(P1, jnimAhead().all(Series.ISSP_EVENTS, 2)), "as many events is not more");
        assertEquals(Outcome.NOT_EVALUABLE, outcome(P1, Synthetic.weeks(100)), "ends in 2021");
    }

    private static Synthetic menaka() {
        return Synthetic.history().set(Series.MENAKA_ISSP_SHARE, 0.6, d(2023, 10, 1), d(2026, 12, 31))
                .all(Series.MENAKA_TOWN_PRO_GOVERNMENT, 1);
    }

    @Test
    void p2NeedsTheRegionHeldAndTheTownKept() {
        assertEquals(Outcome.HOLDS, outcome(P2, menaka()));
        assertEquals(Outcome.FAILS, outcome(P2, menaka().set(Series.MENAKA_ISSP_SHARE, 0.4, d(2025, 1, 1), d(2025, 3, 31))));
        assertEquals(Outcome.HOLDS, outcome(P2, menaka().set(Series.MENAKA_ISSP_SHARE, 0.4, d(2025, 1, 1), d(2025, 1, 20))),
                "a quarterly mean above one half survives three weak weeks");
        assertEquals(Outcome.HOLDS, outcome(P2, lostTown(menaka(), 100, 3)), "a raid of three weeks");
        assertEquals(Outcome.FAILS, outcome(P2, lostTown(menaka(), 100, 4)), "four weeks out of government hands");
        assertEquals(Outcome.FAILS, outcome(P2, menaka().week(Series.MENAKA_TOWN_PRO_GOVERNMENT, Synthetic.HISTORY_WEEKS - 1, 0)),
                "lost at the end");
    }

    private static Synthetic lostTown(Synthetic s, int from, int weeks) {
        for (int w = from; w < from + weeks; w++) {
            s.week(Series.MENAKA_TOWN_PRO_GOVERNMENT, w, 0);
        }
        return s;
    }

    private static Synthetic fighting() {
        return fighting(3);
    }

    /** Five ISSP-JNIM clashes in one week of March each year, {@code near} of them near both territories. */
    private static Synthetic fighting(int near) {
        Synthetic s = Synthetic.history();
        for (int y = 2020; y <= 2026; y++) {
            s.set(Series.ISSP_JNIM_CLASHES, 5, d(y, 3, 1), d(y, 3, 7)).set(Series.ISSP_JNIM_CLASHES_NEAR_BOTH, near, d(y, 3, 1), d(y, 3, 7));
        }
        return s.set(Series.ISSP_JNIM_TRUCE, 1, d(2023, 4, 1), d(2023, 6, 30));
    }

    @Test
    void p3NeedsYearlyClashesATruceAndContact() {
        assertEquals(Outcome.HOLDS, outcome(P3, fighting()), "13 weeks of truce, 60% near both");
        assertEquals(Outcome.FAILS, outcome(P3, fighting().set(Series.ISSP_JNIM_CLASHES, 0, d(2026, 1, 1), d(2026, 12, 31))),
                "no clash in 2026");
        assertEquals(Outcome.FAILS, outcome(P3, fighting().set(Series.ISSP_JNIM_TRUCE, 0, d(2023, 6, 24), d(2023, 6, 30))),
                "12 weeks of truce");
        assertEquals(Outcome.FAILS, outcome(P3, fighting(2)), "40% near both");
        assertEquals(Outcome.NOT_EVALUABLE, outcome(P3, fighting().without(Series.ISSP_JNIM_TRUCE)), "no ceasefire submodel");
    }

    private static Synthetic population(double start, double end2021, double end2024) {
        return Synthetic.history().all(Series.JNIM_POPULATION, 7e5)
                .set(Series.JNIM_POPULATION, start, d(2020, 1, 1), d(2020, 1, 28))
                .set(Series.JNIM_POPULATION, end2021, d(2021, 12, 4), d(2021, 12, 31))
                .set(Series.JNIM_POPULATION, end2024, d(2024, 12, 4), d(2024, 12, 31));
    }

    @Test
    void p4ComparesGrowthPerYear() {
        assertEquals(Outcome.HOLDS, outcome(P4, population(1e6, 1.2e6, 1.8e6)), "1e5/yr then 2e5/yr");
        assertEquals(Outcome.FAILS, outcome(P4, population(1e6, 1.4e6, 1.8e6)), "2e5/yr then 1.33e5/yr");
        assertEquals(Outcome.FAILS, outcome(P4, population(2e6, 1e6, 9e5)), "a slower decline is not growth");
        assertEquals(Outcome.NOT_EVALUABLE, outcome(P4, Synthetic.weeks(200)));
    }

    private static Synthetic raid() {
        return Synthetic.history().set(Series.CORRIDOR_CONNECTED, 1, d(2024, 5, 1), d(2024, 6, 1))
                .set(Series.ISSP_COMPLEX_RAID, 1, d(2025, 6, 1), d(2026, 12, 31))
                .set(Series.ISSP_AIR_BASE_RAIDS, 1, d(2026, 1, 28), d(2026, 2, 3));
    }

    @Test
    void p5NeedsCorridorCapabilityAndRaid() {
        assertEquals(Outcome.HOLDS, outcome(P5, raid()));
        assertEquals(Outcome.FAILS, outcome(P5, raid().set(Series.CORRIDOR_CONNECTED, 0, d(2024, 1, 1), d(2026, 12, 31))
                .set(Series.CORRIDOR_CONNECTED, 1, d(2023, 1, 1), d(2023, 2, 1))), "connected only before 2024");
        assertEquals(Outcome.FAILS, outcome(P5, raid().all(Series.ISSP_AIR_BASE_RAIDS, 0)));
        assertEquals(Outcome.NOT_EVALUABLE, outcome(P5, raid().without(Series.CORRIDOR_CONNECTED)));
        assertEquals(Outcome.NOT_EVALUABLE, outcome(P5, raid().without(Series.ISSP_COMPLEX_RAID)),
                "raids are not evaluated without the capability submodel");
    }

    private static Synthetic belt() {
        return Synthetic.history().all(Series.BELT_JNIM_SHARE, 0.2).set(Series.BELT_JNIM_SHARE, 0.01, d(2025, 1, 1), d(2026, 12, 31))
                .set(Series.BELT_IS_PRESENT, 1, d(2025, 1, 1), d(2026, 12, 31));
    }

    @Test
    void p6KeepsJnimOutOfTheBelt() {
        assertEquals(Outcome.HOLDS, outcome(P6, belt()), "JNIM there before 2025 does not count");
        assertEquals(Outcome.FAILS, outcome(P6, belt().set(Series.BELT_JNIM_SHARE, 0.03, d(2025, 1, 1), d(2026, 12, 31))));
        assertEquals(Outcome.FAILS, outcome(P6, belt().set(Series.BELT_IS_PRESENT, 0, d(2025, 1, 1), d(2025, 12, 31))),
                "present in only 25 of 77 weeks");
    }

    private static Synthetic benin() {
        return Synthetic.history().set(Series.BENIN_JNIM_CELLS, 3, d(2026, 1, 1), d(2026, 12, 31))
                .set(Series.BENIN_ISSP_CELLS, 2, d(2024, 1, 1), d(2025, 12, 31));
    }

    @Test
    void p7NeedsJnimNotIsspInNorthernBenin() {
        assertEquals(Outcome.HOLDS, outcome(P7, benin()), "ISSP there before 2026 does not count");
        assertEquals(Outcome.FAILS, outcome(P7, benin().set(Series.BENIN_ISSP_CELLS, 1, d(2026, 1, 1), d(2026, 4, 30))));
        assertEquals(Outcome.FAILS, outcome(P7, benin().set(Series.BENIN_JNIM_CELLS, 0, d(2026, 1, 1), d(2026, 4, 1))));
    }

    private static Synthetic countries(double bfa, double mli) {
        Synthetic s = Synthetic.history();
        for (Series c : Series.EVENTS_BY_COUNTRY) {
            s.all(c, 1);
        }
        return s.set(Series.EVENTS_BFA, bfa, d(2023, 1, 1), d(2025, 12, 31)).set(Series.EVENTS_MLI, mli, d(2023, 1, 1), d(2025, 12, 31));
    }

    @Test
    void p8NeedsBurkinaFasoFirst() {
        assertEquals(Outcome.HOLDS, outcome(P8, countries(5, 3)));
        assertEquals(Outcome.FAILS, outcome(P8, countries(5, 5)), "a tie is not the largest share");
        assertEquals(Outcome.FAILS, outcome(P8, countries(2, 3)));
        assertEquals(Outcome.FAILS, outcome(P8, countries(5, 3).set(Series.EVENTS_NER, 6, d(2023, 1, 1), d(2025, 12, 31))),
                "Niger ahead");
        assertEquals(Outcome.HOLDS, outcome(P8, countries(5, 3).set(Series.EVENTS_NGA, 9, d(2023, 1, 1), d(2025, 12, 31))),
                "Nigeria's states, counted with the Lake Chad Basin, are not compared");
    }

    @Test
    void p9NeedsConcentrationAndAHeavyTail() {
        double[] concentrated = new double[53];
        concentrated[0] = 500;
        concentrated[1] = 200;
        concentrated[7] = 50;
        double[] even = new double[53];
        java.util.Arrays.fill(even, 10);
        int[] heavy = StatisticsTest.powerLaw(new ec.util.MersenneTwisterFast(3), 800, 2.2);
        int[] light = StatisticsTest.poissonPlusOne(new ec.util.MersenneTwisterFast(3), 800, 6);
        assertEquals(Outcome.HOLDS, outcome(P9, Synthetic.history().regions(concentrated).deaths(heavy)));
        assertEquals(Outcome.FAILS, outcome(P9, Synthetic.history().regions(even).deaths(heavy)));
        assertEquals(Outcome.FAILS, outcome(P9, Synthetic.history().regions(concentrated).deaths(light)));
        assertEquals(Outcome.NOT_EVALUABLE, outcome(P9, Synthetic.history().deaths(heavy)), "no regional tally");
    }

    @Test
    void everyPatternIsScoredInOrder() {
        assertEquals(List.of("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"),
                StandardPatterns.all().stream().map(Pattern::id).toList());
    }

    private static Outcome outcome(Pattern p, Synthetic s) {
        return p.evaluate(s.build()).outcome();
    }
}
