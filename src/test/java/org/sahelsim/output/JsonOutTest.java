package org.sahelsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonOutTest {
    record Summary(String scenario, long seed, double share, Map<String, Object> extra) {
    }

    @Test
    void insertionOrderedMapKeepsItsOrderAndIsPrettyPrinted() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zeta", 1);
        m.put("alpha", List.of(1.5, 2));
        m.put("mid", null);
        assertEquals("{\n  \"zeta\": 1,\n  \"alpha\": [\n    1.5,\n    2\n  ],\n  \"mid\": null\n}\n",
                JsonOut.toJson(m));
    }

    @Test
    void recordsFollowComponentOrderAndUnorderedMapsAreSorted() {
        Map<String, Object> extra = new HashMap<>(Map.of("b", 2, "c", 3, "a", 1));
        String json = JsonOut.toJson(new Summary("baseline", 7, 0.25, extra));
        assertEquals("{\n  \"scenario\": \"baseline\",\n  \"seed\": 7,\n  \"share\": 0.25,\n"
                + "  \"extra\": {\n    \"a\": 1,\n    \"b\": 2,\n    \"c\": 3\n  }\n}\n", json);
    }

    @Test
    void immutableMapsAndSetsAreWrittenInSortedOrder() {
        // Map.of and Set.of iterate in an order that changes from one JVM run to the next.
        Map<Integer, Set<String>> m = Map.of(10, Set.of("y", "x", "z"), 9, new HashSet<>(List.of("q", "p")));
        assertEquals("{\n  \"9\": [\n    \"p\",\n    \"q\"\n  ],\n  \"10\": [\n    \"x\",\n    \"y\",\n    \"z\"\n  ]\n}\n",
                JsonOut.toJson(m));
    }

    @Test
    void objectNodeKeepsInsertionOrder() {
        ObjectNode n = JsonOut.object().put("z", 1).put("a", "x");
        n.putObject("nested").put("k", true);
        assertEquals("{\n  \"z\": 1,\n  \"a\": \"x\",\n  \"nested\": {\n    \"k\": true\n  }\n}\n", JsonOut.toJson(n));
    }

    @Test
    void sameInputGivesSameBytes(@TempDir Path dir) throws IOException {
        Map<String, Object> m = new HashMap<>();
        for (int k = 0; k < 50; k++) {
            m.put("key" + k, k * 0.1);
        }
        Map<String, Object> sameContent = new HashMap<>(4);
        for (int k = 49; k >= 0; k--) {
            sameContent.put("key" + k, k * 0.1);
        }
        Path a = JsonOut.writeSummary(Files.createDirectory(dir.resolve("a")), m);
        Path b = JsonOut.writeSummary(Files.createDirectory(dir.resolve("b")), sameContent);
        String text = Files.readString(a, StandardCharsets.UTF_8);
        assertEquals(text, JsonOut.toJson(m));
        assertEquals(text, Files.readString(b, StandardCharsets.UTF_8));
        assertThrows(FileAlreadyExistsException.class, () -> JsonOut.write(a, m));
    }

    @Test
    void nanIsWrittenAsAString() {
        assertEquals("{\n  \"x\": \"NaN\"\n}\n", JsonOut.toJson(Map.of("x", Double.NaN)));
    }
}
