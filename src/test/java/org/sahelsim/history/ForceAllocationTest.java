package org.sahelsim.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.geo.WorldResources;
import org.sahelsim.model.Faction;
import org.sahelsim.scenario.StrictYamlLoader;

/** The apportionment on synthetic events placed at known towns. */
class ForceAllocationTest {
    private static final double[] MOPTI = {-4.18, 14.48};
    private static final double[] MENAKA = {2.40, 15.92};
    private static final double[] TILLABERI = {1.45, 14.21};
    private static final double[] SEGOU = {-6.22, 13.43};
    private static final String HEAD = "pools: [{name: p, fighters: 1000, source: test}]\nforces:\n";
    private long nextId;

    @Test
    void apportionKeepsTheTotalAndFollowsTheWeights() {
        assertArrayEquals(new int[] {600, 300, 100}, ForceAllocation.apportion(1000, new long[] {6, 3, 1}, 10));
        assertArrayEquals(new int[] {340, 330, 330}, ForceAllocation.apportion(1000, new long[] {1, 1, 1}, 10),
                "ties go to the first");
        assertArrayEquals(new int[] {507, 500}, ForceAllocation.apportion(1007, new long[] {1, 1}, 10),
                "what the step does not divide goes to the first part");
        for (int total = 10; total < 3000; total += 37) {
            int[] parts = ForceAllocation.apportion(total, new long[] {5, 17, 2, 9}, 10);
            assertEquals(total, java.util.Arrays.stream(parts).sum(), "total " + total);
        }
    }

    @Test
    void poolIsSplitByEventsAndRegionsByTheirShare() {
        List<UcdpEvent> events = new ArrayList<>();
        add(events, 6, "JNIM", "Civilians", MOPTI);
        add(events, 3, "JNIM", "Government of Mali", SEGOU);
        add(events, 3, "IS", "Civilians", MENAKA);
        Derivation d = derive(events, HEAD + "  - {faction: JNIM, pool: p, unitFighters: 100, source: s}\n"
                + "  - {faction: ISSP, pool: p, unitFighters: 100, source: s}\n");
        ForceAllocation.Allocation jnim = d.allocations().get(0);
        assertEquals(750, jnim.fighters(), "9 of 12 events");
        assertEquals(Map.of("ML-5", 500, "ML-4", 250), fighters(jnim));
        assertEquals(5, jnim.blocks().get(0).units());
        assertEquals(250, d.allocations().get(1).fighters());
    }

    @Test
    void regionsBelowTheThresholdsGetNothing() {
        List<UcdpEvent> events = new ArrayList<>();
        add(events, 40, "JNIM", "Civilians", MOPTI);
        add(events, 2, "JNIM", "Civilians", SEGOU);
        add(events, 1, "JNIM", "Civilians", TILLABERI);
        Derivation d = derive(events, "forces: [{faction: JNIM, fighters: 500, unitFighters: 100, source: s}]\n");
        assertEquals(Map.of("ML-5", 500), fighters(d.allocations().get(0)), "Ségou has 2 < 3 events");
    }

    @Test
    void aProxyPlacesAForceWhereItsPartnersFought() {
        List<UcdpEvent> events = new ArrayList<>();
        add(events, 3, "Government of Mali", "JNIM", MOPTI);
        add(events, 5, "Government of Niger", "IS", TILLABERI);
        add(events, 9, "Government of Mali", "Civilians", SEGOU);
        Derivation d = derive(events, "forces: [{faction: FRANCE, fighters: 800, unitFighters: 400, kind: column,"
                + " activityOf: [MALI, NIGER], against: [JNIM, ISSP], source: s}]\n");
        assertEquals(Map.of("NE-6", 500, "ML-5", 300), fighters(d.allocations().get(0)));
    }

    @Test
    void garrisonsAreTakenOffAndFallbackRegionsShareEqually() {
        List<UcdpEvent> events = new ArrayList<>();
        add(events, 4, "Government of Mali", "JNIM", MOPTI);
        Derivation d = derive(events, "forces:\n"
                + "  - {faction: MALI, fighters: 1500, garrisonFighters: 500, unitFighters: 500, kind: column, source: s}\n"
                + "  - {faction: BENIN, fighters: 300, unitFighters: 300, kind: column, regions: [BJ-AL, BJ-AK], source: s}\n");
        assertEquals(Map.of("ML-5", 1000), fighters(d.allocations().get(0)));
        ForceAllocation.Allocation benin = d.allocations().get(1);
        assertTrue(benin.fallback());
        assertEquals(Map.of("BJ-AL", 150, "BJ-AK", 150), fighters(benin));
    }

    @Test
    void noQualifyingRegionAndNoFallbackIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> derive(List.of(), "forces: [{faction: DOZO, fighters: 100, unitFighters: 100, source: s}]\n"));
        assertTrue(e.getMessage().contains("DOZO"), e.getMessage());
    }

    @Test
    void eventsOutsideTheWindowOrTooVagueAreNotUsed() {
        List<UcdpEvent> events = new ArrayList<>();
        add(events, 3, "JNIM", "Civilians", MOPTI);
        events.add(new UcdpEvent(nextId++, 2016, 3, "JNIM", "Civilians", "Mali", "", SEGOU[1], SEGOU[0], 1, 1, LocalDate.of(2016, 6, 1), 0));
        events.add(new UcdpEvent(nextId++, 2018, 3, "JNIM", "Civilians", "Mali", "", SEGOU[1], SEGOU[0], 5, 1, LocalDate.of(2018, 6, 1), 0));
        Derivation d = derive(events, "forces: [{faction: JNIM, fighters: 100, unitFighters: 100, source: s}]\n");
        assertEquals(new Activity.Tally(4, 1, 0, 0, 3), d.activity().tally());
    }

    private Derivation derive(List<UcdpEvent> events, String yaml) {
        DerivationSpec spec = StrictYamlLoader.parse(yaml, "test.yaml", DerivationSpec.class);
        WorldResources.load(spec.resolution());
        return Derivation.run(events, spec);
    }

    private void add(List<UcdpEvent> out, int n, String a, String b, double[] at) {
        for (int k = 0; k < n; k++) {
            out.add(new UcdpEvent(nextId++, 2018, 1, a, b, country(at), "", at[1], at[0], 1, 2, LocalDate.of(2018, 6, 1), 0));
        }
    }

    private static String country(double[] at) {
        return at == TILLABERI ? "Niger" : "Mali";
    }

    private static Map<String, Integer> fighters(ForceAllocation.Allocation a) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        a.blocks().forEach(b -> out.put(b.region(), b.fighters()));
        return out;
    }
}
