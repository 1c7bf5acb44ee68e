package org.sahelsim.rules;

/**
 * Epstein's (2002) activation rule applied to a cell's residents in closed form. A resident with
 * hardship H and risk aversion R, both uniform on 0..1 as in Epstein's model, has grievance
 * {@code G = H·g} (g is the cell's grievance, Epstein's 1 - L) and is willing to join when
 * {@code G - R·P > T}. The share of willing residents is the area of that region of the unit square.
 */
final class Activation {
    private Activation() {
    }

    /**
     * Perceived risk of joining: {@code P = 1 - exp(-k·floor(C/A))} with C the hostile strength in
     * view and A = 1 + the allied strength in view. The floor makes risk vanish until the hostile side
     * outnumbers the own side, which produces Epstein's bursts.
     */
    static double risk(double hostile, double allied, double k) {
        return 1.0 - Math.exp(-k * Math.floor(hostile / (1.0 + allied)));
    }

    /**
     * Share of residents for whom {@code H·g - R·P > T}, with H, R ~ U(0,1) independent:
     * 0 when g ≤ T; {@code 1 - T/g} without risk; {@code 1 - T/g - P/(2g)} while the riskiest
     * resident can still join (P ≤ g - T); {@code (g - T)²/(2gP)} otherwise.
     */
    static double willingShare(double g, double p, double t) {
        double margin = g - t;
        if (margin <= 0) {
            return 0.0;
        }
        if (p <= margin) {
            return 1.0 - t / g - p / (2.0 * g);
        }
        return margin * margin / (2.0 * g * p);
    }

    /**
     * Share of a cell's ready (aggrieved) residents who also accept the risk of joining:
     * {@code willing(g, P) / willing(g, 0)}, 0 when nobody is aggrieved enough.
     */
    static double acceptance(double g, double p, double t) {
        double ready = willingShare(g, 0.0, t);
        return ready > 0 ? willingShare(g, p, t) / ready : 0.0;
    }
}
