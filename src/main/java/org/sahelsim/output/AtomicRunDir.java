package org.sahelsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A run output folder that appears under its final name only once it is complete.
 *
 * <p>Files are written into a hidden sibling {@code .<name>.partial-<random>}; {@link #commit()}
 * renames it to the final name in one atomic step. Readers, and a crashed run, therefore never
 * see a half-written folder under the final name: at worst a hidden partial folder is left behind.
 * An existing final folder is never overwritten. {@link #close()} without a commit deletes the
 * partial folder, so try-with-resources cleans up after an exception.
 *
 * <p>Not thread-safe: one run owns one instance.
 */
public final class AtomicRunDir implements AutoCloseable {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path target;
    private final Path partial;
    private boolean committed;
    private boolean closed;

    private AtomicRunDir(Path target, Path partial) {
        this.target = target;
        this.partial = partial;
    }

    /**
     * Starts a run folder that will be called {@code target} once committed. Creates the parent
     * folders if needed.
     *
     * @throws FileAlreadyExistsException if {@code target} already exists
     */
    public static AtomicRunDir create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || absolute.getFileName() == null) {
            throw new IllegalArgumentException("run folder needs a parent folder: " + target);
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(absolute.toString(), null, "run folder already exists");
        }
        Files.createDirectories(parent);
        // createTempDirectory picks a random, not yet used suffix, so parallel runs never collide.
        String prefix = "." + absolute.getFileName() + ".partial-";
        return new AtomicRunDir(absolute, Files.createTempDirectory(parent, prefix));
    }

    /**
     * The conventional folder {@code <root>/<scenario>-<seed>-<yyyyMMdd-HHmmss>} (UTC). Characters
     * other than letters, digits, '.', '_' and '-' in the scenario name become '_' so that the
     * name is portable.
     */
    public static Path defaultPath(Path root, String scenario, long seed, Instant start) {
        String safe = scenario.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.isEmpty() || safe.startsWith(".")) {
            safe = "_" + safe;
        }
        return root.resolve(safe + "-" + seed + "-" + STAMP.format(start));
    }

    /** {@link #defaultPath(Path, String, long, Instant)} under {@code results/}. */
    public static Path defaultPath(String scenario, long seed, Instant start) {
        return defaultPath(Path.of("results"), scenario, seed, start);
    }

    /** Folder to write into: the partial folder before the commit, the final one after it. */
    public Path dir() {
        return committed ? target : partial;
    }

    /** {@code dir().resolve(name)}. */
    public Path resolve(String name) {
        return dir().resolve(name);
    }

    /** The name the folder gets when committed (absolute). */
    public Path target() {
        return target;
    }

    public boolean isCommitted() {
        return committed;
    }

    /**
     * Flushes the written files to disk and renames the partial folder to its final name.
     *
     * @return the final folder
     * @throws FileAlreadyExistsException if the final folder appeared meanwhile; the partial
     *         folder is kept so that nothing is lost, and {@link #close()} deletes it
     * @throws java.nio.file.AtomicMoveNotSupportedException if the file system cannot rename
     *         atomically; there is deliberately no non-atomic fallback
     */
    public Path commit() throws IOException {
        if (closed || committed) {
            throw new IllegalStateException("run folder already " + (committed ? "committed" : "closed"));
        }
        // Without the sync a power cut shortly after the rename could leave the final folder
        // with empty files, since rename is ordered before data on some file systems.
        syncTree(partial);
        // Linux rename(2) silently replaces an empty directory, so check first. The remaining race
        // (an empty folder created between check and rename) can at worst replace an empty folder.
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "run folder already exists");
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        syncDir(target.getParent());
        return target;
    }

    /** Deletes the partial folder unless the run was committed. Safe to call twice. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (!committed) {
            deleteTree(partial);
        }
    }

    private static void syncTree(Path root) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.collect(Collectors.toList());
        }
        for (Path p : paths) {
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
                    ch.force(true);
                }
            } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                syncDir(p);
            }
        }
    }

    /** Best effort: some platforms (Windows) cannot open a directory as a channel. */
    private static void syncDir(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The rename is still atomic; only durability across a power cut is weaker here.
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            // Deepest paths first, so folders are empty when their turn comes.
            walk.sorted(Comparator.reverseOrder()).forEach(AtomicRunDir::deleteOne);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void deleteOne(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
