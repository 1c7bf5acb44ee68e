package org.sahelsim.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.rules.Combat;
import org.sahelsim.rules.Control;
import org.sahelsim.rules.Decisions;
import org.sahelsim.rules.Metrics;
import org.sahelsim.rules.Movement;
import org.sahelsim.rules.TimelineRule;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.field.grid.SparseGrid2D;

/**
 * The sahelsim model: factions and armed units on a weekly grid of the central Sahel.
 *
 * <p>Parameters are fixed at construction; {@link #start()} builds the state from them. The model
 * uses no display and no file system; everything random draws on {@link #random}.
 */
public class SahelModel extends SimState {
    private static final long serialVersionUID = 1L;

    /** The five countries units may operate in (ISO-3), in index order of per-country statistics. */
    public static final List<String> STUDY_COUNTRIES = List.of("MLI", "BFA", "NER", "NGA", "BEN");

    public final transient SahelMap map;
    public final ScenarioConfig config;
    private final List<Submodel> submodels;
    private final Movement movement;
    /** Per cell: index in {@link #STUDY_COUNTRIES}, or -1. */
    public final byte[] studyCountry;
    /** Per cell: on an international border between two study countries. */
    public final boolean[] border;
    /** Per cell: the site in it, or null. */
    public final Site[] siteAt;
    /** Where each faction's forces may operate. */
    public final transient HostNations hostNations;
    /** Per cell: on a border between two of Niger, Nigeria and Benin (the brief's "race to the borders"). */
    public final boolean[] raceBorder;

    public FactionState[] factions;
    public Relations relations;
    public Territory territory;
    public SparseGrid2D unitGrid;
    public List<ArmedUnit> units;
    /** Violent events of the current week; cleared when the week starts. */
    public final List<ClashEvent> weekEvents = new ArrayList<>();
    /** Non-violent changes of the current week; cleared when the week starts. */
    public final List<LogEntry> weekLog = new ArrayList<>();
    /** Statistics of the last completed week. */
    public WeeklyStats lastStats;
    /** Rule outputs per faction (recruits, treasury, sorties, ...). */
    public Indicators indicators;
    /** Grievance per cell. */
    public Grievance grievance;
    /** Ceasefires in force; the ceasefire submodel replaces the default. */
    public Truces truces = Truces.NONE;
    /** Ceasefire state of every tracked pair, in pair order; filled by the ceasefire submodel. */
    public List<Pact> pacts = List.of();
    /** The ISSP-ISWAP corridor traced this week; set by the corridor submodel. */
    public CorridorPath corridor = CorridorPath.NONE;
    /**
     * Per cell, 0..1: how much insurgent attacks are suppressed there (by drone coverage: the
     * anticipatory effect). Set by the drone submodel; zero without it.
     */
    public float[] suppression;
    /** Per cell, 0..1: how much insurgent movement is suppressed there by drone coverage; zero without the drone submodel. */
    public float[] moveSuppression;
    /** Drone wings, in scenario order; built at start from {@code drones.wings}, flown by the drone submodel. */
    public List<DroneWing> wings;
    /** Per faction, 0..1: foreign intelligence sharing with the faction's wings; timeline events change it. */
    public double[] intelSharing;
    private int nextUnitId;

    /**
     * @param seed       random seed
     * @param map        geography at the scenario's resolution
     * @param config     validated scenario
     * @param extraRules submodels for the drone, economy, recruitment and ceasefire slots
     */
    public SahelModel(long seed, SahelMap map, ScenarioConfig config, List<Submodel> extraRules) {
        super(seed);
        ParamValidator.validate(config);
        this.map = map;
        this.config = config;
        this.movement = new Movement();
        List<Submodel> all = new ArrayList<>(List.of(new TimelineRule(), new Decisions(), movement,
                new Combat(), new Control(), new Metrics()));
        all.addAll(extraRules);
        this.submodels = List.copyOf(all);
        this.studyCountry = Geography.studyCountries(map);
        this.border = Geography.borders(map, studyCountry);
        this.siteAt = Geography.siteIndex(map);
        this.raceBorder = Geography.raceBorders(map, studyCountry, border);
        this.hostNations = new HostNations(map);
    }

    public SahelModel(long seed, SahelMap map, ScenarioConfig config) {
        this(seed, map, config, List.of());
    }

    @Override
    public void start() {
        super.start();
        factions = new FactionState[Faction.count()];
        for (Faction f : Faction.values()) {
            factions[f.ordinal()] = new FactionState(f, config.setup(f));
        }
        relations = Relations.of(config.relations());
        territory = new Territory(map.cells());
        unitGrid = new SparseGrid2D(map.width, map.height);
        units = new ArrayList<>();
        weekEvents.clear();
        weekLog.clear();
        nextUnitId = 0;
        lastStats = null;
        indicators = new Indicators();
        grievance = new Grievance(map.cells(), 0f);
        truces = Truces.NONE;
        pacts = List.of();
        corridor = CorridorPath.NONE;
        suppression = new float[map.cells()];
        moveSuppression = new float[map.cells()];
        wings = DroneWing.build(map, config.drones());
        intelSharing = DroneWing.initialSharing(config.drones());
        Initialization.populate(this);
        for (Faction f : Faction.values()) {
            factions[f.ordinal()].base = BaseArea.of(map, units, f, config.setup(f).base(), config.movement().baseShare());
        }
        for (Submodel s : submodels) {
            s.reset(this);
        }
        for (Submodel s : submodels) {
            schedule.scheduleRepeating(Schedule.EPOCH, s.phase(), st -> s.apply((SahelModel) st), 1.0);
        }
    }

    /** Index of the current week (0 during the first week). */
    public int week() {
        return (int) schedule.getSteps();
    }

    /** First day of the current week. */
    public LocalDate date() {
        return config.start().plusWeeks(week());
    }

    /** Snapshot of every tracked pair's ceasefire (pair, state, scope, terms), in pair order. */
    public List<Agreement> agreements() {
        List<Agreement> out = new ArrayList<>(pacts.size());
        for (Pact p : pacts) {
            out.add(Agreement.of(p));
        }
        return out;
    }

    /** Whether a ceasefire between f and g is in force this week (anywhere in its scope). */
    public boolean truceInForce(Faction f, Faction g) {
        for (Pact p : pacts) {
            if (p.state == CeasefireState.IN_FORCE && ((p.a == f && p.b == g) || (p.a == g && p.b == f))) {
                return true;
            }
        }
        return false;
    }

    public FactionState state(Faction f) {
        return factions[f.ordinal()];
    }

    /** The wing with this name, or null. */
    public DroneWing wing(String name) {
        for (DroneWing w : wings) {
            if (w.name().equals(name)) {
                return w;
            }
        }
        return null;
    }

    public Movement movement() {
        return movement;
    }

    public List<Submodel> submodels() {
        return submodels;
    }

    public boolean passable(int cell) {
        return studyCountry[cell] >= 0 && map.isLand(cell);
    }

    /**
     * Whether units of {@code f} may enter or aim for {@code cell}: a passable cell of a country
     * where the faction operates ({@link HostNations}).
     */
    public boolean passable(Faction f, int cell) {
        return passable(cell) && hostNations.mayOperate(relations, f, map, cell);
    }

    /** Creates a unit, adds it to the grid and the unit list. */
    public ArmedUnit addUnit(Faction f, UnitKind kind, int fighters, double cohesion, int x, int y) {
        ArmedUnit u = new ArmedUnit(nextUnitId++, f, kind, fighters, cohesion, x, y);
        units.add(u);
        unitGrid.setObjectLocation(u, x, y);
        return u;
    }

    /** Moves a unit on the grid. */
    public void place(ArmedUnit u, int x, int y) {
        u.x = x;
        u.y = y;
        unitGrid.setObjectLocation(u, x, y);
    }

    /** Marks a unit dead and removes it from the grid; the list is compacted by {@link #sweepDead()}. */
    public void kill(ArmedUnit u, String why) {
        if (!u.alive) {
            return;
        }
        u.alive = false;
        unitGrid.remove(u);
        log("unit-destroyed", u.faction, u + " " + why);
    }

    /** Drops dead units from the list, keeping creation order. */
    public void sweepDead() {
        units.removeIf(u -> !u.alive);
    }

    public void log(String kind, Faction f, String detail) {
        weekLog.add(new LogEntry(week(), date(), kind, f, detail));
    }
}
