package org.sahelsim.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * A loaded scenario with its provenance.
 *
 * @param value the root record
 * @param files the main file first, then the files it extends, in chain order, as named
 * @param sha256 hex SHA-256 of the main file's bytes
 */
public record Loaded<R>(R value, List<Path> files, String sha256) {
    public Loaded {
        files = List.copyOf(files);
    }
}
