package org.sahelsim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.config.AddAircraft;
import org.sahelsim.model.config.AddUnits;
import org.sahelsim.model.config.CeasefireForce;
import org.sahelsim.model.config.CeasefireFramework;
import org.sahelsim.model.config.CeasefireSetup;
import org.sahelsim.model.config.CeasefireTalks;
import org.sahelsim.model.config.CorridorParams;
import org.sahelsim.model.config.ForceSetup;
import org.sahelsim.model.config.MoveBase;
import org.sahelsim.model.config.SetFramework;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.model.config.TimelineEvent;

/**
 * Loads scenario files and checks what the YAML schema cannot: that every region and site a
 * scenario names (drone bases and ceasefire scopes included) exists on the map at its resolution,
 * that every drone wing a timeline event names is set up under {@code drones.wings}, and that
 * events name existing ceasefire frameworks.
 */
public final class Scenarios {
    private Scenarios() {
    }

    /** Loads and validates a scenario file, applying dotted-path overrides. */
    public static Loaded<ScenarioConfig> load(Path file, Map<String, String> overrides) {
        return StrictYamlLoader.load(file, ScenarioConfig.class, overrides);
    }

    public static Loaded<ScenarioConfig> load(Path file) {
        return load(file, Map.of());
    }

    /**
     * Checks region codes, site names and wing names; the error names the file, the line of the
     * first mention of the value, the key and the value.
     */
    public static void checkReferences(Path file, ScenarioConfig c, SahelMap map) {
        for (int i = 0; i < c.forces().size(); i++) {
            ForceSetup f = c.forces().get(i);
            checkPlace(file, map, "forces[" + i + "]", f.region(), f.site());
        }
        for (int i = 0; i < c.timeline().size(); i++) {
            TimelineEvent e = c.timeline().get(i);
            String key = "timeline[" + i + "]";
            if (e instanceof AddUnits a) {
                checkPlace(file, map, key, a.region(), a.site());
            } else if (e instanceof MoveBase mb) {
                checkSite(file, map, key + ".from", mb.from());
                checkSite(file, map, key + ".to", mb.to());
            } else if (e instanceof AddAircraft a && c.drones().wing(a.wing()) == null) {
                throw unknown(file, key + ".wing", a.wing(), "the name of a wing in drones.wings");
            } else if (e instanceof CeasefireTalks t) {
                checkScope(file, map, key, t.regions(), t.site());
            } else if (e instanceof CeasefireForce f) {
                checkScope(file, map, key, f.regions(), f.site());
            } else if (e instanceof SetFramework f && c.ceasefires().frameworks().stream().noneMatch(x -> x.name().equals(f.name()))) {
                throw unknown(file, key + ".name", f.name(), "the name of a framework in ceasefires.frameworks");
            }
        }
        c.factions().forEach((f, setup) -> {
            for (int j = 0; j < setup.base().size(); j++) {
                String key = "factions." + f.name() + ".base[" + j + "]";
                if (!f.isJihadist()) {
                    throw new ScenarioException(ScenarioException.Kind.RECORD_CHECK, locate(file, setup.base().get(j)), key,
                            key + " = '" + setup.base().get(j) + "' is not allowed: only jihadist groups (ISSP, JNIM, ISWAP) have a base area");
                }
                if (map.regionIndex(setup.base().get(j)) < 0) {
                    throw unknown(file, key, setup.base().get(j), "a region code of the map, e.g. ML-9, NE-6, BF-12, NG-SO");
                }
            }
        });
        for (int i = 0; i < c.drones().wings().size(); i++) {
            checkSite(file, map, "drones.wings[" + i + "].base", c.drones().wings().get(i).base());
        }
        checkCeasefires(file, c, map);
    }

    /** Region codes and sites of the ceasefire and corridor blocks. */
    private static void checkCeasefires(Path file, ScenarioConfig c, SahelMap map) {
        List<CeasefireSetup> agreements = c.ceasefires().agreements();
        for (int i = 0; i < agreements.size(); i++) {
            checkScope(file, map, "ceasefires.agreements[" + i + "]", agreements.get(i).regions(), agreements.get(i).site());
        }
        List<CeasefireFramework> frameworks = c.ceasefires().frameworks();
        for (int i = 0; i < frameworks.size(); i++) {
            checkScope(file, map, "ceasefires.frameworks[" + i + "]", frameworks.get(i).regions(), null);
        }
        CorridorParams k = c.corridor();
        checkScope(file, map, "corridor.sourceRegions", k.sourceRegions(), null);
        checkScope(file, map, "corridor.waypointRegions", k.waypointRegions(), null);
        checkScope(file, map, "corridor.transitRegions", k.transitRegions(), null);
        checkScope(file, map, "corridor.targetRegions", k.targetRegions(), null);
    }

    private static void checkScope(Path file, SahelMap map, String key, List<String> regions, String site) {
        for (int j = 0; j < regions.size(); j++) {
            if (map.regionIndex(regions.get(j)) < 0) {
                throw unknown(file, key + (key.endsWith("Regions") ? "" : ".regions") + "[" + j + "]", regions.get(j),
                        "a region code of the map, e.g. ML-9, NE-6, BF-12, NG-SO");
            }
        }
        if (site != null) {
            checkSite(file, map, key + ".site", site);
        }
    }

    private static void checkPlace(Path file, SahelMap map, String key, String region, String site) {
        if (region != null && map.regionIndex(region) < 0) {
            throw unknown(file, key + ".region", region, "a region code of the map, e.g. ML-9, NE-6, BF-12, NG-SO");
        }
        if (site != null) {
            checkSite(file, map, key + ".site", site);
        }
    }

    private static void checkSite(Path file, SahelMap map, String key, String site) {
        if (map.site(site) == null) {
            throw unknown(file, key, site, "a site name as listed by 'sahelsim world info' (e.g. Ménaka, Niamey Base 101)");
        }
    }

    private static ScenarioException unknown(Path file, String key, String value, String allowed) {
        Origin at = locate(file, value);
        return new ScenarioException(ScenarioException.Kind.UNKNOWN_VALUE, at, key,
                key + " = '" + value + "' is unknown; allowed: " + allowed);
    }

    /** Line and column (1-based) of the first mention of the value in a file; the file alone when not found (e.g. inherited). */
    public static Origin locate(Path file, String value) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                int col = lines.get(i).indexOf(value);
                if (col >= 0) {
                    return new Origin(file.toString(), i + 1, col + 1);
                }
            }
        } catch (IOException e) {
            return Origin.of(file.toString());
        }
        return Origin.of(file.toString());
    }
}
