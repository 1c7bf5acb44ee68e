package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.gui.ScenarioSource.Scenario;
import org.sahelsim.model.SahelModel;

/**
 * The "things to try" of the About page stay true: every scenario snippet loads with the strict
 * loader, and every control it names in italics is a Model-tab setting, a map layer or a tab.
 */
class AboutPageTest {
    @TempDir
    Path tmp;

    private static String page() throws IOException {
        try (InputStream in = SahelWithUI.class.getResourceAsStream("index.html")) {
            assertNotNull(in, "index.html is not next to SahelWithUI");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String thingsToTry() throws IOException {
        String html = page();
        int from = html.indexOf("<h3>Things to try</h3>");
        int to = html.indexOf("<h3>", from + 1);
        assertTrue(from >= 0 && to > from, "no 'Things to try' section");
        return html.substring(from, to);
    }

    private static List<String> groups(String text, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyScenarioSnippetLoads() throws IOException {
        List<String> snippets = groups(thingsToTry(), "<pre>(.*?)</pre>");
        assertTrue(snippets.size() >= 3, snippets.size() + " snippets");
        Path base = TestScenarios.BASELINE.toAbsolutePath();
        for (int k = 0; k < snippets.size(); k++) {
            String yaml = snippets.get(k).strip();
            assertTrue(yaml.startsWith("extends: baseline-2026.yaml"), yaml);
            Path file = tmp.resolve("snippet-" + k + ".yaml");
            Files.writeString(file, yaml.replace("extends: baseline-2026.yaml", "extends: " + base) + "\n");
            Scenario s = new TestScenarios().load(file, Map.of());
            assertFalse(s.config().name().equals("baseline-2026"), yaml);
        }
    }

    @Test
    void everyControlNamedIsInTheGui() throws IOException {
        Set<String> known = new HashSet<>(List.of("Load scenario", "Console"));
        for (Setting s : ModelSettings.CATALOGUE) {
            known.add(s.label);
        }
        Scenario s = new TestScenarios().load(TestScenarios.BASELINE, Map.of());
        SahelModel m = new SahelModel(1, s.map(), s.config());
        for (Layers.Entry e : new Layers(new MapView(m), new RecentViolence()).entries()) {
            known.add(e.name());
        }
        List<String> named = groups(thingsToTry(), "<i>(.*?)</i>");
        assertTrue(named.size() >= 8, named.toString());
        for (String n : named) {
            assertTrue(known.contains(n), "'" + n + "' is neither a setting, a layer nor a tab");
        }
    }
}
