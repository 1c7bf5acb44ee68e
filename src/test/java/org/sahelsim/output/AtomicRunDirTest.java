package org.sahelsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicRunDirTest {
    @TempDir
    Path root;

    @Test
    void commitRenamesPartialFolderToFinalName() throws IOException {
        Path target = root.resolve("baseline-42-20250101-000000");
        try (AtomicRunDir run = AtomicRunDir.create(target)) {
            Path partial = run.dir();
            assertTrue(partial.getFileName().toString().startsWith(".baseline-42-20250101-000000.partial-"));
            assertEquals(root.toAbsolutePath().normalize(), partial.getParent());
            Files.writeString(run.resolve("a.txt"), "hello");
            Files.createDirectories(run.resolve("sub"));
            Files.writeString(run.resolve("sub").resolve("b.txt"), "world");

            assertEquals(target.toAbsolutePath().normalize(), run.commit());
            assertTrue(run.isCommitted());
            assertFalse(Files.exists(partial));
            assertEquals(run.target(), run.dir());
        }
        assertEquals("hello", Files.readString(target.resolve("a.txt")));
        assertEquals("world", Files.readString(target.resolve("sub/b.txt")));
        assertEquals(List.of(target.getFileName().toString()), listNames());
    }

    @Test
    void finalFolderDoesNotExistBeforeCommit() throws IOException {
        Path target = root.resolve("run");
        try (AtomicRunDir run = AtomicRunDir.create(target)) {
            Files.writeString(run.resolve("rows.csv"), "x\n");
            assertFalse(Files.exists(target));
            assertTrue(listNames().stream().allMatch(n -> n.startsWith(".run.partial-")));
            run.commit();
            assertTrue(Files.isDirectory(target));
        }
    }

    @Test
    void closeWithoutCommitDeletesPartialFolder() throws IOException {
        Path target = root.resolve("abandoned");
        Path partial;
        try (AtomicRunDir run = AtomicRunDir.create(target)) {
            partial = run.dir();
            Files.createDirectories(run.resolve("deep/er"));
            Files.writeString(run.resolve("deep/er/file.txt"), "data");
        }
        assertFalse(Files.exists(partial));
        assertFalse(Files.exists(target));
        assertEquals(List.of(), listNames());
    }

    @Test
    void existingTargetIsAnErrorAtCreate() throws IOException {
        Path target = Files.createDirectories(root.resolve("taken"));
        assertThrows(FileAlreadyExistsException.class, () -> AtomicRunDir.create(target));
    }

    @Test
    void targetAppearingBeforeCommitIsAnErrorAndIsNotOverwritten() throws IOException {
        Path target = root.resolve("race");
        try (AtomicRunDir run = AtomicRunDir.create(target)) {
            Files.writeString(run.resolve("mine.txt"), "mine");
            Files.createDirectories(target); // empty: rename(2) alone would replace it
            assertThrows(FileAlreadyExistsException.class, run::commit);
            assertFalse(run.isCommitted());
            assertTrue(Files.exists(run.resolve("mine.txt")), "partial output kept until close");
        }
        try (Stream<Path> s = Files.list(target)) {
            assertEquals(0, s.count());
        }
        assertEquals(List.of("race"), listNames());
    }

    @Test
    void commitTwiceIsRejected() throws IOException {
        try (AtomicRunDir run = AtomicRunDir.create(root.resolve("twice"))) {
            run.commit();
            assertThrows(IllegalStateException.class, run::commit);
        }
    }

    @Test
    void defaultPathUsesScenarioSeedAndUtcStamp() {
        Instant t = Instant.parse("2026-06-30T23:59:58.900Z");
        assertEquals(Path.of("results", "baseline-7-20260630-235958"), AtomicRunDir.defaultPath("baseline", 7, t));
        assertEquals(root.resolve("a_b_c-0-20260630-235958"), AtomicRunDir.defaultPath(root, "a/b c", 0, t));
        assertEquals(root.resolve("_.hidden--3-20260630-235958"), AtomicRunDir.defaultPath(root, ".hidden", -3, t));
    }

    private List<String> listNames() throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
