package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Community;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.Phases;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.config.RecruitmentParams;

/**
 * Recruitment phase (docs/odd/submodels/recruitment.md). In order: grievance rises from the week's
 * violence ({@link GrievanceDynamics}); every mobile unit of a jihadist group recruits from the
 * populated cells within {@code catchmentCells}; pro-government units replace losses; units defect
 * ({@link Defection}) and fighters desert ({@link Desertion}); grievance decays.
 *
 * <p>A cell's pool for group f reached by unit u is {@code eligibleShare · pop · willing(g, P_u)}
 * (Epstein's activation rule, {@link Activation}); the groups present in the cell share it by
 * attraction, {@code S_f / (1 + Σ S)} ({@link Attraction}), the 1 standing for staying out; each of
 * f's units covering the cell takes an equal part. A unit's recruitment potential X is {@code rate}
 * times the sum over its cells; it takes in {@code X / (1 + X / unitCapacity)} recruits on average
 * (its absorptive capacity), and the realised number is a Poisson draw.
 */
public final class Recruitment implements Submodel {
    private final GrievanceDynamics grievance = new GrievanceDynamics();
    private final Defection defection = new Defection();
    private final Desertion desertion = new Desertion();
    private final BandFission fission = new BandFission();
    private RecruitPool pool;
    private final List<ArmedUnit> recruiters = new ArrayList<>();
    private static final Faction[] JIHADISTS = Arrays.stream(Faction.values()).filter(Faction::isJihadist)
            .toArray(Faction[]::new);
    private final double[] attractionHere = new double[Faction.count()];
    private final int[] cellBuffer = new int[21 * 21];
    private final double[] expectedBuffer = new double[21 * 21];
    private final int[] fighters = new int[Faction.count()];
    private LocalForces forces;
    private Attraction attraction;
    private byte[][] cover;
    private float[][] share;
    private double[][] byRegion;
    private boolean[] marked;
    private boolean[] populated;
    private int[] touched;
    private float[] drawn;
    private int nTouched;

    @Override
    public int phase() {
        return Phases.RECRUITMENT;
    }

    @Override
    public void reset(SahelModel m) {
        grievance.reset(m);
        forces = new LocalForces(m.map.width, m.map.height);
        attraction = new Attraction(m);
        cover = new byte[Faction.count()][];
        share = new float[Faction.count()][];
        byRegion = new double[Faction.count()][m.map.regions.size() + 1];
        for (Faction f : JIHADISTS) {
            cover[f.ordinal()] = new byte[m.map.cells()];
            share[f.ordinal()] = new float[m.map.cells()];
        }
        marked = new boolean[m.map.cells()];
        populated = new boolean[m.map.cells()];
        for (int c = 0; c < populated.length; c++) {
            populated[c] = m.passable(c) && m.map.population[c] > 0;
        }
        touched = new int[m.map.cells()];
        drawn = new float[m.map.cells()];
        nTouched = 0;
        pool = new RecruitPool(m);
    }

    @Override
    public void apply(SahelModel m) {
        grievance.absorb(m);
        forces.update(m);
        countFighters(m);
        attraction.prepare(m, fighters);
        collectRecruiters(m);
        markCover(m);
        computeShares(m);
        for (ArmedUnit u : recruiters) {
            recruit(m, u);
        }
        clearCover(m);
        fission.apply(m, pool);
        replace(m);
        defection.apply(m, attraction, forces);
        desertion.apply(m);
        m.sweepDead();
        grievance.decay(m);
    }

    private void countFighters(SahelModel m) {
        Arrays.fill(fighters, 0);
        for (ArmedUnit u : m.units) {
            if (u.alive) {
                fighters[u.faction.ordinal()] += u.fighters;
            }
        }
    }

    /** Living mobile units of jihadist groups whose forces are present, in creation order. */
    private void collectRecruiters(SahelModel m) {
        recruiters.clear();
        for (ArmedUnit u : m.units) {
            if (u.alive && u.isMobile() && u.faction.isJihadist() && m.state(u.faction).enabled) {
                recruiters.add(u);
            }
        }
    }

    /** Counts, per cell and group, the group's units whose catchment covers the cell. */
    private void markCover(SahelModel m) {
        int r = m.config.recruitment().catchmentCells();
        for (ArmedUnit u : recruiters) {
            byte[] mine = cover[u.faction.ordinal()];
            for (int y = Math.max(0, u.y - r); y <= Math.min(m.map.height - 1, u.y + r); y++) {
                for (int x = Math.max(0, u.x - r); x <= Math.min(m.map.width - 1, u.x + r); x++) {
                    int c = m.map.index(x, y);
                    if (populated[c]) {
                        if (!marked[c]) {
                            marked[c] = true;
                            touched[nTouched++] = c;
                        }
                        mine[c] = (byte) Math.min(Byte.MAX_VALUE, mine[c] + 1);
                    }
                }
            }
        }
    }

    /** Takes this week's recruits from the pools (after every unit has drawn on the same stock) and clears the marks. */
    private void clearCover(SahelModel m) {
        for (int k = 0; k < nTouched; k++) {
            pool.take(m, touched[k], drawn[touched[k]]);
            drawn[touched[k]] = 0f;
            marked[touched[k]] = false;
            for (Faction f : JIHADISTS) {
                cover[f.ordinal()][touched[k]] = 0;
                share[f.ordinal()][touched[k]] = 0f;
            }
        }
        nTouched = 0;
    }

    /** For each touched cell and group present: S_f / (1 + Σ_g S_g) / (f's units covering the cell). */
    private void computeShares(SahelModel m) {
        for (int k = 0; k < nTouched; k++) {
            int c = touched[k];
            double sum = 0;
            for (Faction g : JIHADISTS) {
                double s = cover[g.ordinal()][c] > 0 ? attraction.of(m, g, c) : 0.0;
                attractionHere[g.ordinal()] = s;
                sum += s;
            }
            for (Faction g : JIHADISTS) {
                byte n = cover[g.ordinal()][c];
                share[g.ordinal()][c] = n > 0 ? (float) (attractionHere[g.ordinal()] / (1 + sum) / n) : 0f;
            }
        }
    }

    private void recruit(SahelModel m, ArmedUnit u) {
        RecruitmentParams p = m.config.recruitment();
        Faction f = u.faction;
        double risk = Activation.risk(forces.hostile(f, u.x, u.y), forces.allied(f, u.x, u.y), p.riskK());
        float[] mine = share[f.ordinal()];
        int r = p.catchmentCells();
        double potential = 0;
        int n = 0;
        for (int y = Math.max(0, u.y - r); y <= Math.min(m.map.height - 1, u.y + r); y++) {
            for (int x = Math.max(0, u.x - r); x <= Math.min(m.map.width - 1, u.x + r); x++) {
                int c = m.map.index(x, y);
                if (mine[c] > 0) {
                    double e = p.rate() * pool.available(m, c) * mine[c]
                            * Activation.acceptance(m.grievance.total(c), risk, p.threshold());
                    potential += e;
                    cellBuffer[n] = c;
                    expectedBuffer[n++] = e;
                }
            }
        }
        double expected = saturate(potential, p.unitCapacity());
        int joined = Draws.poisson(m.random, expected);
        if (potential > 0) {
            double scale = expected / potential;
            double taken = joined / potential;
            for (int k = 0; k < n; k++) {
                byRegion[f.ordinal()][regionSlot(m, cellBuffer[k])] += expectedBuffer[k] * scale;
                drawn[cellBuffer[k]] += (float) (expectedBuffer[k] * taken);
            }
        }
        join(m, u, joined);
    }

    /** Expected recruits of a unit: {@code X / (1 + X / capacity)}, at most capacity a week. */
    static double saturate(double potential, double capacity) {
        return capacity > 0 ? potential / (1 + potential / capacity) : 0.0;
    }

    private static int regionSlot(SahelModel m, int cell) {
        short r = m.map.admin1[cell];
        return r >= 0 ? r : m.map.regions.size();
    }

    /** New recruits join the unit, diluting its cohesion, and are paid if the treasury allows. */
    private static void join(SahelModel m, ArmedUnit u, int n) {
        if (n <= 0) {
            return;
        }
        RecruitmentParams p = m.config.recruitment();
        u.cohesion = (u.cohesion * u.fighters + p.recruitCohesion() * n) / (u.fighters + n);
        u.fighters += n;
        m.indicators.add(Indicator.RECRUITS, u.faction, n);
        Economy.spend(m, u.faction, n * m.config.economy().recruitBonus() / 1e6);
    }

    /**
     * Pro-government units below their establishment regain, on average, {@code stateReplacement}
     * of the shortfall each week (a Poisson draw): national armies, militias and Africa Corps
     * replace losses by rotation and enlistment, which the model does not represent otherwise.
     */
    private static void replace(SahelModel m) {
        double rate = m.config.recruitment().stateReplacement();
        for (ArmedUnit u : m.units) {
            if (u.alive && u.faction.isProGovernment() && u.fighters < u.establishment && m.state(u.faction).enabled) {
                u.fighters += Math.min(u.establishment - u.fighters,
                        Draws.poisson(m.random, rate * (u.establishment - u.fighters)));
            }
        }
    }

    /**
     * Expected recruits since the start by community, for group {@code f} (diagnostic: which
     * communities a group draws on), in {@link Community} order: each region's expectation split in
     * proportion to each community's share of the group's affinity there.
     */
    public double[] expectedRecruitsByCommunity(SahelModel m, Faction f) {
        double[] out = new double[Community.count()];
        RecruitmentParams p = m.config.recruitment();
        double[] regions = byRegion[f.ordinal()];
        for (int r = 0; r < regions.length; r++) {
            float[] shares = m.map.communities.row(r < m.map.regions.size() ? r : -1);
            double total = Attraction.combine(p, f, shares);
            for (Community k : Community.values()) {
                out[k.ordinal()] += total > 0 ? regions[r] * shares[k.ordinal()] * p.affinity(f, k) / total : 0.0;
            }
        }
        return out;
    }
}
