package org.sahelsim.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.sahelsim.model.Faction;
import org.sahelsim.stats.MeanCI;
import org.sahelsim.stats.PairedComparison;
import org.sahelsim.stats.PairedComparison.Better;

/** Made-up batch results with the shape of real ones: three arms, common seeds, weekly series. */
final class SyntheticBatch {
    static final String[] ARMS = {"baseline", "ceasefire", "drone surge"};
    static final Faction[] FACTIONS = {Faction.JNIM, Faction.ISSP, Faction.MALI};
    static final int REPLICATES = 20;
    static final int WEEKS = 156;
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    private SyntheticBatch() {
    }

    static LocalDate[] dates(int weeks) {
        LocalDate[] d = new LocalDate[weeks];
        for (int w = 0; w < weeks; w++) {
            d[w] = START.plusWeeks(w);
        }
        return d;
    }

    /** Controlled population, millions: replicate r of every arm shares seed r. */
    static double[][] population(int arm, int faction) {
        double[][] rows = new double[REPLICATES][WEEKS];
        double start = new double[] {6, 2.5, 9}[faction];
        double trend = new double[] {0.02, 0.01, -0.015}[faction] * (1 - 0.4 * arm);
        for (int r = 0; r < REPLICATES; r++) {
            MersenneTwister shared = new MersenneTwister(1000L * r + faction);
            MersenneTwister own = new MersenneTwister(1000L * r + faction + 100L * (arm + 1));
            double level = start;
            for (int w = 0; w < WEEKS; w++) {
                level = Math.max(0, level + trend + 0.08 * shared.nextGaussian() + 0.03 * own.nextGaussian());
                rows[r][w] = level;
            }
        }
        return rows;
    }

    static List<SeriesBand> populationBands() {
        List<SeriesBand> bands = new ArrayList<>();
        for (int a = 0; a < ARMS.length; a++) {
            for (int f = 0; f < FACTIONS.length; f++) {
                bands.add(SeriesBand.forFaction(ARMS[a], FACTIONS[f], dates(WEEKS), MeanCI.ofColumns(population(a, f))));
            }
        }
        return bands;
    }

    static double[] endState(int arm, int faction) {
        double[][] rows = population(arm, faction);
        double[] end = new double[REPLICATES];
        for (int r = 0; r < REPLICATES; r++) {
            end[r] = rows[r][WEEKS - 1];
        }
        return end;
    }

    static List<ArmSample> endStates() {
        List<ArmSample> samples = new ArrayList<>();
        for (int a = 0; a < ARMS.length; a++) {
            for (int f = 0; f < FACTIONS.length; f++) {
                samples.add(new ArmSample(ARMS[a], ChartStyle.shortName(FACTIONS[f]), endState(a, f)));
            }
        }
        return samples;
    }

    static List<ForestRow> forestRows() {
        List<ForestRow> rows = new ArrayList<>();
        for (int a = 1; a < ARMS.length; a++) {
            for (int f = 0; f < FACTIONS.length; f++) {
                Better better = FACTIONS[f].isJihadist() ? Better.LOWER : Better.HIGHER;
                rows.add(new ForestRow(ARMS[a], ChartStyle.shortName(FACTIONS[f]),
                        PairedComparison.of(endState(a, f), endState(0, f), better)));
            }
        }
        return rows;
    }

    static List<DyadSeries> clashes() {
        String[] dyads = {"ISSP–JNIM", "JNIM–state", "ISSP–state"};
        List<DyadSeries> out = new ArrayList<>();
        for (int a = 0; a < 2; a++) {
            for (int d = 0; d < dyads.length; d++) {
                MersenneTwister rng = new MersenneTwister(77L * d + a);
                double[] mean = new double[WEEKS];
                for (int w = 0; w < WEEKS; w++) {
                    double seasonal = 1 + 0.5 * Math.sin(2 * Math.PI * w / 52.0 + d);
                    mean[w] = Math.max(0, (3 - d) * seasonal * (1 - 0.3 * a) + 0.15 * rng.nextGaussian());
                }
                out.add(new DyadSeries(ARMS[a], dyads[d], dates(WEEKS), mean));
            }
        }
        return out;
    }

    static ChartMeta meta(String title, String domain, String range) {
        return new ChartMeta(title, "baseline-2026", REPLICATES, domain, range);
    }
}
