package org.sahelsim.output;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A run's end-state control map in a compact file ({@value #FILE}, a few kilobytes at 0.1°), from
 * which a batch computes per-cell control probabilities without keeping any run in memory.
 *
 * <p>Format, gzip-compressed: the bytes {@code SCTL}, format version (int, 1), grid width and
 * height (ints), cell size in degrees (double), then one byte per cell in row-major order: the
 * controlling faction's ordinal plus one (0 = nobody) in the low 7 bits, and {@code 0x80} when the
 * cell is contested. Big-endian, as {@link DataOutputStream} writes.
 */
public final class ControlGridFile {
    /** File name in a run folder. */
    public static final String FILE = "control-end.bin.gz";
    private static final int MAGIC = 0x5343544C;
    private static final int VERSION = 1;
    private static final int CONTESTED = 0x80;

    /**
     * A decoded map.
     *
     * @param controller per cell: faction ordinal, or -1 for nobody
     * @param contested  per cell: contested this week
     */
    public record Grid(int width, int height, double res, byte[] controller, boolean[] contested) {
        public Grid {
            if (controller.length != width * height || contested.length != controller.length) {
                throw new IllegalArgumentException("grid of " + width + " x " + height + " needs "
                        + width * height + " cells, got " + controller.length + " and " + contested.length);
            }
        }
    }

    private ControlGridFile() {
    }

    /** Writes {@code dir/}{@value #FILE}; the file must not exist. */
    public static Path write(Path dir, Grid grid) throws IOException {
        Path file = dir.resolve(FILE);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(
                Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(grid.width());
            out.writeInt(grid.height());
            out.writeDouble(grid.res());
            for (int i = 0; i < grid.controller().length; i++) {
                int code = (grid.controller()[i] + 1) | (grid.contested()[i] ? CONTESTED : 0);
                out.writeByte(code);
            }
        }
        return file;
    }

    /** Reads {@code dir/}{@value #FILE}. */
    public static Grid read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(raw)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException(file + ": not a control map of format version " + VERSION);
            }
            int width = in.readInt();
            int height = in.readInt();
            double res = in.readDouble();
            if (width < 1 || height < 1 || (long) width * height > 50_000_000L) {
                throw new IOException(file + ": implausible grid size " + width + " x " + height);
            }
            byte[] bytes = new byte[width * height];
            in.readFully(bytes);
            byte[] controller = new byte[bytes.length];
            boolean[] contested = new boolean[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                controller[i] = (byte) ((bytes[i] & 0x7F) - 1);
                contested[i] = (bytes[i] & CONTESTED) != 0;
            }
            return new Grid(width, height, res, controller, contested);
        }
    }
}
