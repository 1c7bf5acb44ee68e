package org.sahelsim.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.sahelsim.batch.SingleRun;
import org.sahelsim.charts.ControlMapRenderer;
import org.sahelsim.charts.ImageExport;
import org.sahelsim.model.SahelModel;

/** Draws control maps of a running model as PNG files (run output). */
final class MapSnapshots implements SingleRun.Snapshot {
    private final String scenario;
    private final long seed;

    MapSnapshots(String scenario, long seed) {
        this.scenario = scenario;
        this.seed = seed;
    }

    @Override
    public void draw(SahelModel m, Path dir, String label) throws IOException {
        String subtitle = "Territorial control on " + m.date() + " · seed " + seed + " · cells of "
                + m.map.res + "°";
        BufferedImage img = ControlMapRenderer.render(m.map, m.territory.mapView(), scenario, subtitle);
        ImageExport.writePng(img, dir.resolve(label + ".png"));
    }
}
