package org.sahelsim.batch;

import org.sahelsim.output.BatchManifest;

/**
 * Shard {@code index} of {@code count}: the runs whose canonical index k satisfies
 * {@code k mod count == index}. The assignment depends only on the plan, so the shards of a batch
 * cover every run exactly once wherever and in whatever order they run; taking every
 * {@code count}-th run spreads each arm evenly over the shards.
 *
 * @param index shard number, 0 .. count-1 (a Slurm array task id)
 * @param count number of shards, 1 or more
 */
public record Shard(int index, int count) {
    /** The whole batch in one process. */
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": need 0 <= i < n and n >= 1");
        }
    }

    /** Parses {@code i/n}, e.g. {@code 2/4}. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2 || !parts[0].matches("[0-9]{1,6}") || !parts[1].matches("[0-9]{1,6}")) {
            throw new IllegalArgumentException("--shard '" + text + "': expected i/n, e.g. 0/4 (i counts from 0)");
        }
        return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    public boolean owns(BatchManifest.Run run) {
        return run.index() % count == index;
    }

    public boolean isAll() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
