package org.sahelsim.batch;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sahelsim.scenario.ConfigNode;
import org.sahelsim.scenario.DesignFactor;
import org.sahelsim.scenario.DesignRange;
import org.sahelsim.scenario.ExperimentDesign;
import org.sahelsim.scenario.Factorial;
import org.sahelsim.scenario.LatinHypercube;
import org.sahelsim.scenario.Overrides;
import org.sahelsim.scenario.ScalarKind;
import org.sahelsim.scenario.TreeJson;

/**
 * Turns a design into arms named {@code p01}, {@code p02}, ... whose overrides set the design's
 * parameters to the point's values. Factorial points enumerate every combination with the last
 * factor varying fastest; Latin hypercube values are rounded to six significant digits (or to
 * whole numbers for integer parameters), and the rounded value is what runs and what the
 * manifest records.
 */
final class DesignArms {
    /** Significant digits kept of a sampled value. */
    static final int DIGITS = 6;

    /** An arm before its scenario is loaded. */
    record Spec(String name, String description, List<Overrides.Override> overrides) {
    }

    private DesignArms() {
    }

    static List<Spec> expand(ExperimentDesign design) {
        return design instanceof Factorial f ? factorial(f) : hypercube((LatinHypercube) design);
    }

    /** Names the design's parameters, for the manifest. */
    static List<String> parameters(ExperimentDesign design) {
        if (design instanceof Factorial f) {
            return f.factors().stream().map(DesignFactor::path).toList();
        }
        return ((LatinHypercube) design).parameters().stream().map(DesignRange::path).toList();
    }

    static String name(int point, int points) {
        int width = Math.max(2, Integer.toString(points).length());
        return "p" + String.format(Locale.ROOT, "%0" + width + "d", point + 1);
    }

    private static List<Spec> factorial(Factorial f) {
        int n = f.points();
        List<Spec> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int rest = k;
            ConfigNode[] chosen = new ConfigNode[f.factors().size()];
            for (int j = f.factors().size() - 1; j >= 0; j--) {
                List<ConfigNode> values = f.factors().get(j).values();
                chosen[j] = values.get(rest % values.size());
                rest /= values.size();
            }
            List<Overrides.Override> overrides = new ArrayList<>();
            for (int j = 0; j < chosen.length; j++) {
                overrides.add(new Overrides.Override(f.factors().get(j).path(), chosen[j], chosen[j].origin()));
            }
            out.add(new Spec(name(k, n), describe(overrides), overrides));
        }
        return out;
    }

    private static List<Spec> hypercube(LatinHypercube l) {
        double[][] u = org.sahelsim.stats.LatinHypercube.sample(l.points(), l.parameters().size(), l.seed());
        List<Spec> out = new ArrayList<>(l.points());
        for (int i = 0; i < l.points(); i++) {
            List<Overrides.Override> overrides = new ArrayList<>();
            for (int j = 0; j < l.parameters().size(); j++) {
                DesignRange range = l.parameters().get(j);
                String text = value(range, u[i][j]);
                ConfigNode node = new ConfigNode.Scalar(text, range.integer() ? ScalarKind.INTEGER : ScalarKind.FLOAT,
                        org.sahelsim.scenario.Origin.of("design point " + name(i, l.points()) + " " + range.path()));
                overrides.add(new Overrides.Override(range.path(), node, node.origin()));
            }
            out.add(new Spec(name(i, l.points()), describe(overrides), overrides));
        }
        return out;
    }

    /** The parameter value at position {@code u} in [0, 1) of its range, as YAML text. */
    static String value(DesignRange range, double u) {
        double x = range.min() + u * (range.max() - range.min());
        if (range.integer()) {
            return Long.toString(Math.round(x));
        }
        String s = new BigDecimal(x).round(new MathContext(DIGITS)).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    private static String describe(List<Overrides.Override> overrides) {
        List<String> parts = new ArrayList<>();
        for (Overrides.Override o : overrides) {
            parts.add(o.path() + " = " + TreeJson.toJson(o.value()));
        }
        return String.join(", ", parts);
    }
}
