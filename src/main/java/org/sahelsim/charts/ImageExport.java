package org.sahelsim.charts;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes rendered images to files; the renderers themselves never touch the file system. */
public final class ImageExport {
    private ImageExport() {
    }

    /**
     * Writes {@code image} as a PNG file, replacing any file of that name. The parent folder
     * must exist (in a run, the {@code AtomicRunDir}).
     */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available for image type " + image.getType());
        }
    }
}
