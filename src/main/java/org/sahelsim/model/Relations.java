package org.sahelsim.model;

import java.util.List;
import org.sahelsim.model.config.StanceSetup;

/**
 * Symmetric stance matrix between factions. Mutable during a run (timeline events, truces), owned
 * by one model.
 *
 * <p>Defaults (brief, modelling guide §1): every jihadist group is hostile to every pro-government
 * actor; ISSP and ISWAP are allied; ISSP and JNIM are hostile; a state is allied with its own
 * militias; Africa Corps is allied with the Mali, Burkina Faso and Niger juntas and their militias;
 * France is allied with every state and militia; other pairs of pro-government actors are neutral.
 */
public final class Relations {
    private final Stance[][] stance;

    private Relations(Stance[][] stance) {
        this.stance = stance;
    }

    /** The default matrix, then the scenario's entries applied in order. */
    public static Relations of(List<StanceSetup> overrides) {
        int n = Faction.count();
        Stance[][] m = new Stance[n][n];
        for (Faction a : Faction.values()) {
            for (Faction b : Faction.values()) {
                m[a.ordinal()][b.ordinal()] = defaultStance(a, b);
            }
        }
        Relations r = new Relations(m);
        for (StanceSetup s : overrides) {
            r.set(s.a(), s.b(), s.stance());
        }
        return r;
    }

    static Stance defaultStance(Faction a, Faction b) {
        if (a == b) {
            return Stance.ALLIED;
        }
        if (a.isJihadist() != b.isJihadist()) {
            return Stance.HOSTILE;
        }
        if (a.isJihadist()) {
            boolean isPair = (a == Faction.ISSP && b == Faction.ISWAP) || (a == Faction.ISWAP && b == Faction.ISSP);
            return isPair ? Stance.ALLIED : Stance.HOSTILE;
        }
        return proGovernmentStance(a, b);
    }

    private static Stance proGovernmentStance(Faction a, Faction b) {
        if (a == Faction.FRANCE || b == Faction.FRANCE) {
            Faction other = a == Faction.FRANCE ? b : a;
            return other == Faction.AFRICA_CORPS ? Stance.NEUTRAL : Stance.ALLIED;
        }
        if (a == Faction.AFRICA_CORPS || b == Faction.AFRICA_CORPS) {
            Faction other = a == Faction.AFRICA_CORPS ? b : a;
            boolean junta = "MLI".equals(other.country) || "BFA".equals(other.country) || "NER".equals(other.country);
            return junta ? Stance.ALLIED : Stance.NEUTRAL;
        }
        return a.country != null && a.country.equals(b.country) ? Stance.ALLIED : Stance.NEUTRAL;
    }

    public Stance get(Faction a, Faction b) {
        return stance[a.ordinal()][b.ordinal()];
    }

    public boolean hostile(Faction a, Faction b) {
        return stance[a.ordinal()][b.ordinal()] == Stance.HOSTILE;
    }

    public boolean hostile(int a, int b) {
        return stance[a][b] == Stance.HOSTILE;
    }

    public boolean allied(int a, int b) {
        return stance[a][b] == Stance.ALLIED;
    }

    /** Sets the stance both ways. */
    public void set(Faction a, Faction b, Stance s) {
        stance[a.ordinal()][b.ordinal()] = s;
        stance[b.ordinal()][a.ordinal()] = s;
    }
}
