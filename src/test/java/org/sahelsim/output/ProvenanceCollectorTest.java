package org.sahelsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceCollectorTest {
    /** SHA-256("abc"), FIPS 180-2 appendix B.1. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    /** SHA-256 of no bytes. */
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void sha256MatchesKnownVectors(@TempDir Path dir) throws IOException {
        assertEquals(ABC, ProvenanceCollector.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(EMPTY, ProvenanceCollector.sha256Hex(new byte[0]));
        Path f = Files.writeString(dir.resolve("abc.yaml"), "abc");
        assertEquals(ABC, ProvenanceCollector.sha256Hex(f));
    }

    @Test
    void collectsEveryField(@TempDir Path dir) throws IOException {
        Path scenario = Files.writeString(dir.resolve("baseline.yaml"), "abc");
        Path parent = Files.writeString(dir.resolve("base.yaml"), "");
        Clock clock = Clock.fixed(Instant.parse("2026-07-01T08:15:30.123456Z"), ZoneOffset.UTC);

        Provenance p = ProvenanceCollector.start(99L, List.of("run", "--seed", "99"), clock)
                .scenario(scenario)
                .inherited(parent)
                .inherited("classpath:/defaults.yaml", "abc".getBytes(StandardCharsets.UTF_8))
                .finish();

        assertEquals(scenario.toString(), p.scenarioPath());
        assertEquals(ABC, p.scenarioSha256());
        assertEquals(List.of(new Provenance.FileHash(parent.toString(), EMPTY),
                new Provenance.FileHash("classpath:/defaults.yaml", ABC)), p.inheritedFiles());
        assertEquals(99L, p.seed());
        assertEquals("2026-07-01T08:15:30.123Z", p.startTime());
        assertEquals(List.of("run", "--seed", "99"), p.args());
        assertTrue(p.wallTimeSeconds() >= 0);
        for (String s : List.of(p.sahelsimVersion(), p.gitCommit(), p.javaVersion(), p.javaVendor(),
                p.masonVersion(), p.os())) {
            assertNotNull(s);
            assertFalse(s.isBlank());
        }
        assertEquals("dev", p.sahelsimVersion(), "tests run from classes, not from the jar");
        assertTrue(p.masonVersion().startsWith("18"), p.masonVersion());
    }

    @Test
    void gitCommitIsAnIdOrUnknown() {
        GitInfo git = GitInfo.lookup();
        assertTrue(git.commit().equals(GitInfo.UNKNOWN) || git.commit().matches("[0-9a-f]{40,64}"), git.commit());
        if (git.commit().equals(GitInfo.UNKNOWN)) {
            assertEquals(null, git.dirty());
        }
    }

    @Test
    void provenanceIsWrittenAsJsonInComponentOrder() {
        Provenance p = new Provenance("s.yaml", ABC, List.of(), 1L, "dev", "unknown", null, "17", "v",
                "18.0", "Linux", "2026-07-01T08:15:30.123Z", 1.5, List.of("a"));
        String json = JsonOut.toJson(p);
        assertTrue(json.indexOf("\"scenarioPath\"") < json.indexOf("\"scenarioSha256\""));
        assertTrue(json.indexOf("\"seed\"") < json.indexOf("\"sahelsimVersion\""));
        assertTrue(json.indexOf("\"wallTimeSeconds\"") < json.indexOf("\"args\""), json);
    }
}
