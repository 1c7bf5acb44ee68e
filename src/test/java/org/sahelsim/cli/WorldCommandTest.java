package org.sahelsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The {@code world} command, run from the outside: exit codes and output. */
class WorldCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new WorldCommand());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void infoSummarisesTheCommittedMap() {
        assertEquals(0, run("info", "--res", "0.1"));
        String text = out.toString();
        assertTrue(text.contains("300 x 230"), text);
        assertTrue(text.contains("MLI") && text.contains("BEN") && text.contains("land km2"), text);
        assertTrue(text.contains("air bases 5"), text);
    }

    @Test
    void badInputIsAUsageErrorWithAOneLineMessage() {
        assertEquals(2, run("info", "--res", "0.2"));
        assertTrue(err.toString().lines().findFirst().orElse("").contains("0.05, 0.1, 0.25, 0.5"), err.toString());
        assertEquals(2, run("build", "--res", "0.01"));
        assertTrue(err.toString().contains("--res: res must be within 0.05..0.5"), err.toString());
        assertEquals(2, run("build", "--data", "no-such-folder"));
        assertTrue(err.toString().contains("--data: geo data folder not found: no-such-folder"), err.toString());
    }

    @Test
    void buildWritesTheCommittedBytes(@TempDir Path tmp) throws IOException {
        Path data = Path.of("..", "shared", "data", "geo");
        assumeTrue(Files.isDirectory(data), "source data not found at " + data + "; skipping");
        assertEquals(0, run("build", "--res", "0.5", "--data", data.toString(), "--out", tmp.toString()));
        byte[] written = Files.readAllBytes(tmp.resolve("world-0.5.bin.gz"));
        try (InputStream in = getClass().getResourceAsStream("/org/sahelsim/geo/world-0.5.bin.gz")) {
            assertArrayEquals(in.readAllBytes(), written);
        }
        assertTrue(out.toString().startsWith("wrote "), out.toString());
    }

    @Test
    void renderWritesAPicture(@TempDir Path tmp) throws IOException {
        Path png = tmp.resolve("map.png");
        assertEquals(0, run("render", "--res", "0.5", "--scale", "2", "--out", png.toString()));
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(120, img.getWidth());
        assertEquals(92, img.getHeight());
    }
}
