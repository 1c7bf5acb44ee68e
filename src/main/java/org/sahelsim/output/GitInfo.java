package org.sahelsim.output;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The source tree's commit, looked up as cheaply as possible.
 *
 * <p>First a build-time resource {@value #RESOURCE} (the format git-commit-id-maven-plugin
 * writes: {@code git.commit.id.full} or {@code git.commit.id}, and {@code git.dirty}); a jar
 * run anywhere then still knows its commit. Otherwise {@code git} is asked in the working
 * directory, with a timeout so that a missing or hanging git never stalls a run.
 *
 * @param commit full commit id, or "unknown"
 * @param dirty  uncommitted changes to tracked files; null if unknown
 */
record GitInfo(String commit, Boolean dirty) {
    static final String RESOURCE = "/org/sahelsim/git.properties";
    static final String UNKNOWN = "unknown";
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    static GitInfo lookup() {
        GitInfo fromResource = fromResource();
        return fromResource != null ? fromResource : fromGit();
    }

    static GitInfo fromResource() {
        try (InputStream in = GitInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            String commit = p.getProperty("git.commit.id.full", p.getProperty("git.commit.id"));
            if (commit == null || commit.isBlank()) {
                return null;
            }
            String dirty = p.getProperty("git.dirty");
            return new GitInfo(commit.trim(), dirty == null ? null : Boolean.valueOf(dirty.trim()));
        } catch (IOException e) {
            return null;
        }
    }

    static GitInfo fromGit() {
        Result head = run("git", "rev-parse", "--verify", "HEAD");
        if (head == null || head.exit != 0 || !head.out.matches("[0-9a-f]{40,64}")) {
            return new GitInfo(UNKNOWN, null);
        }
        // "git diff --quiet" exits 1 on changes to tracked files and prints nothing, so no
        // output has to be drained; untracked files (e.g. results/) do not count as dirty.
        Result diff = run("git", "diff", "--quiet", "HEAD", "--");
        Boolean dirty = diff == null || diff.exit > 1 ? null : diff.exit == 1;
        return new GitInfo(head.out, dirty);
    }

    private record Result(int exit, String out) {
    }

    /** Runs a short command; null if it cannot start or does not finish in time. */
    private static Result run(String... command) {
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        // Do not take the index lock: a parallel git command of the user must not fail.
        pb.environment().put("GIT_OPTIONAL_LOCKS", "0");
        try {
            Process p = pb.start();
            if (!p.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return null;
            }
            // Read after exit: a commit id is far smaller than any pipe buffer.
            try (InputStream in = p.getInputStream()) {
                String out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
                return new Result(p.exitValue(), out);
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static File nullDevice() {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return new File(windows ? "NUL" : "/dev/null");
    }
}
