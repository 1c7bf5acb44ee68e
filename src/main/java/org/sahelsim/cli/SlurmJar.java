package org.sahelsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.sahelsim.batch.SlurmScripts;

/** Finds the jar the cluster tasks run, and submits the scripts. */
final class SlurmJar {
    static final Path BUILT = Path.of("target", "sahelsim-all.jar");

    private SlurmJar() {
    }

    /** The given jar, else the jar this program runs from, else {@code target/sahelsim-all.jar}. */
    static Path locate(Path given) {
        if (given != null) {
            if (!Files.isRegularFile(given)) {
                throw new BadInputException("--jar " + given + ": no such file");
            }
            return given;
        }
        try {
            Path self = Path.of(SahelCli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(self) && self.toString().endsWith(".jar")) {
                return self;
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // Fall back to the build output below.
        }
        if (Files.isRegularFile(BUILT)) {
            return BUILT;
        }
        throw new BadInputException("no self-contained jar to send to the cluster: build it (mvn package) or give --jar");
    }

    /** Runs submit.sh and returns what it printed (the job ids). */
    static String submit(Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", dir.resolve(SlurmScripts.SUBMIT).toString()).redirectErrorStream(true)
                .start();
        p.getOutputStream().close();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new BadInputException("submitting failed (is sbatch on the PATH?): " + output);
        }
        return output;
    }
}
