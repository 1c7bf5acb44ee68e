package org.sahelsim.geo;

import org.sahelsim.model.Climate;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.Site;

import java.awt.image.BufferedImage;

/**
 * A quick-look picture of a map: climate bands on land (sand, khaki, green), darker on study
 * countries, parks in deep green, lakes and rivers in blue (the Niger darkest), national borders
 * in grey and sites as red dots.
 */
public final class WorldImage {
    private WorldImage() { }

    private static final int SEA = 0xBFD7EA, LAKE = 0x4A90D9, RIVER = 0x2F6FB5, NIGER = 0x0B3D91;
    private static final int PARK = 0x2E7D32, BORDER = 0x707070, SITE = 0xD32F2F;
    private static final int[] BAND = {0xF3E3B5, 0xD9CC8C, 0xA8C686};

    /**
     * Renders one block of {@code scale} x {@code scale} pixels per cell.
     *
     * @param scale pixels per cell, 1..16
     */
    public static BufferedImage render(SahelMap m, int scale) {
        if (scale < 1 || scale > 16) {
            throw new IllegalArgumentException("scale must be within 1..16 pixels per cell, got " + scale);
        }
        BufferedImage img = new BufferedImage(m.width * scale, m.height * scale, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < m.height; y++) {
            for (int x = 0; x < m.width; x++) {
                int rgb = colour(m, x, y);
                for (int py = 0; py < scale; py++) {
                    for (int px = 0; px < scale; px++) {
                        img.setRGB(x * scale + px, y * scale + py, rgb);
                    }
                }
            }
        }
        for (Site s : m.sites) {
            int x = m.x(s.lon()), y = m.y(s.lat());
            if (m.inBounds(x, y)) {
                int r = Math.max(1, scale / 2);
                int cx = x * scale + scale / 2, cy = y * scale + scale / 2;
                for (int py = Math.max(0, cy - r); py <= Math.min(img.getHeight() - 1, cy + r); py++) {
                    for (int px = Math.max(0, cx - r); px <= Math.min(img.getWidth() - 1, cx + r); px++) {
                        img.setRGB(px, py, SITE);
                    }
                }
            }
        }
        return img;
    }

    private static int colour(SahelMap m, int x, int y) {
        int i = m.index(x, y);
        if (m.has(i, SahelMap.NIGER_RIVER)) {
            return NIGER;
        }
        if (m.has(i, SahelMap.RIVER)) {
            return RIVER;
        }
        if (m.has(i, SahelMap.LAKE)) {
            return LAKE;
        }
        if (!m.isLand(i)) {
            return SEA;
        }
        if (x + 1 < m.width && m.country[m.index(x + 1, y)] != m.country[i]
                || y + 1 < m.height && m.country[m.index(x, y + 1)] != m.country[i]) {
            return BORDER;
        }
        if (m.has(i, SahelMap.PARK)) {
            return PARK;
        }
        int band = BAND[Math.min(m.climate[i], Climate.values().length - 1)];
        return WorldBuilder.STUDY_COUNTRIES.contains(m.countryOf(i)) ? darker(band) : band;
    }

    private static int darker(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        return ((r * 85 / 100) << 16) | ((g * 85 / 100) << 8) | (b * 85 / 100);
    }
}
