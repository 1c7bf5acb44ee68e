package org.sahelsim.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.sahelsim.output.ProvenanceCollector;

/** SHA-256 of input files, unchecked: the files were just read by the loader. */
final class Hashing {
    private Hashing() {
    }

    static String sha256(Path file) {
        try {
            return ProvenanceCollector.sha256Hex(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
