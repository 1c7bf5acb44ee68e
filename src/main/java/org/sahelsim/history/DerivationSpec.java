package org.sahelsim.history;

import java.util.List;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;
import org.sahelsim.model.UnitKind;

/**
 * How the historical scenario's initial forces are derived from the UCDP events: the window of
 * years, which events are precise enough, when a region counts as a place where a group was
 * active, and the force totals to spread (docs/event-data.md). Read from the bundled
 * {@code org/sahelsim/history/derivation.yaml}.
 *
 * @param firstYear    first year of the event window
 * @param lastYear     last year of the event window (the extract stops at 2019)
 * @param maxWherePrec largest UCDP location precision used (4: the admin-1 region is known)
 * @param minEvents    a region receives a faction's forces only with at least this many of its events
 * @param minShare     ... and at least this share of the faction's events, 0..1
 * @param roundTo      fighters are apportioned in multiples of this
 * @param resolution   cell size of the map the events are placed on, degrees
 * @param pools        totals shared by several factions in proportion to their events
 * @param forces       one entry per faction placed at the start
 */
public record DerivationSpec(
        @Param(def = "2017", min = 2012, max = 2019, unit = "year", doc = "first year of the event window") int firstYear,
        @Param(def = "2019", min = 2012, max = 2019, unit = "year", doc = "last year of the event window") int lastYear,
        @Param(def = "4", min = 1, max = 7, doc = "largest UCDP where_prec used") int maxWherePrec,
        @Param(def = "3", min = 1, max = 1000, unit = "events", doc = "events a region needs") int minEvents,
        @Param(def = "0.03", min = 0, max = 1, doc = "share of a faction's events a region needs") double minShare,
        @Param(def = "10", min = 1, max = 1000, unit = "fighters", doc = "apportionment step") int roundTo,
        @Param(def = "0.1", min = 0.05, max = 0.5, unit = "degrees", doc = "map resolution") double resolution,
        @Param(doc = "shared totals") List<Pool> pools,
        @Param(doc = "force totals per faction") List<Total> forces) {

    public DerivationSpec {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("lastYear = " + lastYear + " is before firstYear = " + firstYear);
        }
        pools = List.copyOf(pools);
        forces = List.copyOf(forces);
    }

    /** The day the historical scenario starts: 1 January after the window. */
    public java.time.LocalDate startDate() {
        return java.time.LocalDate.of(lastYear + 1, 1, 1);
    }

    /** The pool named {@code name}, or null. */
    public Pool pool(String name) {
        return pools.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * A total of fighters split between the factions that name it, in proportion to their events.
     *
     * @param name     name the entries refer to
     * @param fighters fighters in the pool
     * @param source   where the figure comes from
     */
    public record Pool(
            @Param(doc = "pool name") String name,
            @Param(min = 1, max = 100000, unit = "fighters", doc = "fighters in the pool") int fighters,
            @Param(doc = "source of the figure") String source) {
    }

    /**
     * The forces of one faction at the start.
     *
     * @param faction          the faction
     * @param fighters         its total, or null when it takes a share of {@code pool}
     * @param pool             name of the pool it shares, or null
     * @param garrisonFighters part of the total that stands in the automatic garrisons
     * @param fieldedShare     share of the rest that is in the field as columns at any time
     * @param unitFighters     fighters per unit when a block is split into units
     * @param kind             kind of the units
     * @param activityOf       factions whose events place this faction (empty: its own)
     * @param against          only events against one of these factions count (empty: any)
     * @param regions          regions used, in equal shares, when no region qualifies
     * @param source           where the total comes from
     */
    public record Total(
            @Param(doc = "faction") Faction faction,
            @Param(nullable = true, min = 1, max = 100000, unit = "fighters", doc = "total") Integer fighters,
            @Param(nullable = true, doc = "pool shared") String pool,
            @Param(def = "0", min = 0, max = 100000, unit = "fighters", doc = "held by garrisons") int garrisonFighters,
            @Param(def = "1", min = 0.05, max = 1, doc = "share of the rest in the field at any time") double fieldedShare,
            @Param(min = 10, max = 5000, unit = "fighters", doc = "fighters per unit") int unitFighters,
            @Param(def = "band", doc = "unit kind") UnitKind kind,
            @Param(doc = "factions whose events place it") List<Faction> activityOf,
            @Param(doc = "opponents that count") List<Faction> against,
            @Param(doc = "fallback regions") List<String> regions,
            @Param(doc = "source of the total") String source) {

        public Total {
            if ((fighters == null) == (pool == null)) {
                throw new IllegalArgumentException("forces: give exactly one of 'fighters' or 'pool' for " + faction);
            }
            activityOf = List.copyOf(activityOf);
            against = List.copyOf(against);
            regions = List.copyOf(regions);
        }

        /** Factions whose events place this one. */
        public List<Faction> placedBy() {
            return activityOf.isEmpty() ? List.of(faction) : activityOf;
        }
    }
}
