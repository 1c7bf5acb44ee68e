package org.sahelsim.batch;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sahelsim.output.BatchLayout;

/**
 * Copies the experiment file and the scenario files it rests on into {@code inputs/}, so a batch
 * folder documents itself: {@code inputs/0-<experiment>.yaml}, {@code inputs/1-<scenario>.yaml},
 * then the files that scenario extends. Every shard writes the same copies; a copy appears
 * atomically and an existing one is left alone when its bytes are the same.
 */
public final class BatchInputs {
    private BatchInputs() {
    }

    public static void copy(BatchPlan plan, Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve(BatchLayout.INPUTS));
        List<Path> files = new ArrayList<>();
        files.add(plan.experimentFile());
        files.addAll(plan.arms().get(0).loaded().files());
        for (int k = 0; k < files.size(); k++) {
            copyOne(files.get(k), dir.resolve(k + "-" + files.get(k).getFileName()));
        }
    }

    private static void copyOne(Path source, Path target) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        if (Files.exists(target)) {
            if (!Arrays.equals(bytes, Files.readAllBytes(target))) {
                throw new IOException(target + " differs from " + source);
            }
            return;
        }
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.createLink(target, tmp);
        } catch (FileAlreadyExistsException raced) {
            // Another shard copied it at the same moment; the manifest check already compared the hashes.
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
