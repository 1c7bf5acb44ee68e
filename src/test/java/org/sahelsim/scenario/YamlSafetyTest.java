package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahelsim.scenario.ScenarioException.Kind;

/** The parser builds plain data only: no tags, no merge keys, no alias bombs. */
class YamlSafetyTest {

    private static ScenarioException parseError(String yaml) {
        return assertThrows(ScenarioException.class, () -> YamlParser.parseFragment(yaml, "t.yaml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: !!java.io.File /etc/passwd",
        "a: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]",
        "a: !!str 12",
        "a: !custom {b: 1}",
        "a: !<tag:example.com,2000:app/foo> x",
        "a: ! 12",
        "a: !!set {b, c}"})
    void everyExplicitTagIsRejected(String yaml) {
        ScenarioException e = parseError(yaml);
        assertEquals(Kind.UNSUPPORTED, e.kind());
        assertEquals(true, e.getMessage().startsWith("t.yaml:1:4: YAML tags are not allowed"), e.getMessage());
    }

    @Test
    void theJavaTagMessageNamesTheTag() {
        assertEquals("t.yaml:1:4: YAML tags are not allowed in scenario files, found '!!java.io.File';"
                + " write plain values", parseError("a: !!java.io.File /etc/passwd").getMessage());
    }

    @Test
    void aliasesOfPlainDataAreAllowed() {
        ConfigNode.Mapping tree = (ConfigNode.Mapping) YamlParser.parseFragment(
                "base: &b {x: 1}\ncopy: *b\n", "t.yaml");
        assertEquals(tree.get("base").value().getClass(), tree.get("copy").value().getClass());
    }

    @Test
    void recursiveAliasesAreRejected() {
        assertEquals(Kind.UNSUPPORTED, parseError("a: &x [1, *x]").kind());
    }

    @Test
    void aliasBombsAreStopped() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        ScenarioException e = parseError(yaml.toString());
        assertEquals(Kind.SYNTAX, e.kind(), e.getMessage());
    }

    @Test
    void nonScalarKeysAreRejected() {
        assertEquals(Kind.TYPE, parseError("? [a, b]\n: 1\n").kind());
    }

    @Test
    void onlyOneDocumentPerFile() {
        assertEquals(Kind.SYNTAX, parseError("a: 1\n---\nb: 2\n").kind());
    }
}
