package org.sahelsim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sahelsim.scenario.ConfigNode.Entry;
import org.sahelsim.scenario.ConfigNode.Mapping;
import org.sahelsim.scenario.ConfigNode.Scalar;
import org.sahelsim.scenario.ScenarioException.Kind;

/**
 * Reads a scenario file and the chain of files it {@code extends} into one merged tree. The path
 * in {@code extends} is relative to the file that names it; chains of any length are allowed and a
 * file that appears twice in one chain is a cycle.
 */
public final class ScenarioFiles {

    /**
     * @param tree the merged tree, without {@code extends} keys
     * @param files the main file first, then each ancestor in chain order, as named
     * @param sha256 hex SHA-256 of the main file's bytes, for provenance
     */
    public record Merged(Mapping tree, List<Path> files, String sha256) {
        public Merged {
            files = List.copyOf(files);
        }
    }

    private final List<Path> files = new ArrayList<>();
    private final List<Path> chain = new ArrayList<>();

    private ScenarioFiles() {
    }

    public static Merged read(Path file) {
        ScenarioFiles reader = new ScenarioFiles();
        byte[] bytes = bytes(file, Origin.of(file.toString()));
        Mapping tree = reader.readChain(file, bytes);
        return new Merged(tree, reader.files, sha256(bytes));
    }

    /** One file on its own, {@code extends} left in place (the schema harness validates files alone). */
    public static Mapping readAlone(Path file) {
        return asMapping(YamlParser.parseDocument(bytes(file, Origin.of(file.toString())), file.toString()));
    }

    private Mapping readChain(Path file, byte[] bytes) {
        files.add(file);
        chain.add(file.toAbsolutePath().normalize());
        Mapping tree = asMapping(YamlParser.parseDocument(bytes, file.toString()));
        Entry parent = tree.get(RecordMapper.EXTENDS);
        if (parent == null) {
            return tree;
        }
        Path parentFile = parentPath(file, parent);
        checkCycle(parentFile, parent);
        Mapping base = readChain(parentFile, bytes(parentFile, parent.value().origin()));
        return (Mapping) TreeMerge.merge(base, tree.without(RecordMapper.EXTENDS));
    }

    private static Path parentPath(Path file, Entry parent) {
        if (parent.value() instanceof Scalar s && s.kind() == ScalarKind.STRING && !s.text().isBlank()) {
            return file.resolveSibling(s.text()).normalize();
        }
        throw new ScenarioException(Kind.EXTENDS, parent.value().origin(), RecordMapper.EXTENDS,
                "extends: expected a file path, got " + parent.value().describe());
    }

    private void checkCycle(Path parentFile, Entry parent) {
        int at = chain.indexOf(parentFile.toAbsolutePath().normalize());
        if (at < 0) {
            return;
        }
        StringBuilder loop = new StringBuilder();
        for (Path named : files.subList(at, files.size())) {
            loop.append(named).append(" -> ");
        }
        throw new ScenarioException(Kind.EXTENDS, parent.value().origin(), RecordMapper.EXTENDS,
                "extends cycle: " + loop + parentFile);
    }

    private static Mapping asMapping(ConfigNode root) {
        if (root instanceof Mapping mapping) {
            return mapping;
        }
        throw new ScenarioException(Kind.TYPE, root.origin(), "",
                "a scenario file must hold a mapping of keys, got " + root.describe());
    }

    /** Reads a file; errors point at {@code from}, the extends line that named it or the file itself. */
    private static byte[] bytes(Path file, Origin from) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            String detail = from.line() == 0 ? "file not found" : "extends: file not found: " + file;
            throw new ScenarioException(Kind.FILE, from, from.line() == 0 ? "" : RecordMapper.EXTENDS, detail, e);
        } catch (IOException e) {
            throw new ScenarioException(Kind.FILE, from, "", "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
