package org.sahelsim.gui;

import java.awt.Graphics2D;
import java.util.function.Function;
import org.sahelsim.charts.HeatScale;
import org.sahelsim.charts.MapCanvas;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;

/**
 * One number per cell on a colour ramp (population, grievance, recent violence). Cells whose
 * value is not above {@link Field#floor()} stay uncoloured, so the layers under them show.
 */
final class HeatLayer extends MapLayer {
    /** Where the values come from and how they are scaled. */
    interface Field {
        /** Value of a cell; the model is null before the first start. */
        double at(SahelMap map, SahelModel model, int cell);

        /** The scale for this map. */
        HeatScale scale(SahelMap map);

        /** Values at or below this are not drawn. */
        double floor();

        /** Text of the legend's low and high ends. */
        String low();

        String high();
    }

    private static final int LEVELS = 64;
    private final Field field;
    private final boolean needsModel;
    private SahelMap scaledFor;
    private HeatScale scale;
    private int[] palette;
    private final CellRaster raster = new CellRaster();

    /** @param needsModel false for a field of the map alone, which is then kept as an image */
    HeatLayer(MapView view, String name, Field field, boolean needsModel) {
        super(view, name, false);
        this.field = field;
        this.needsModel = needsModel;
        if (!needsModel) {
            cacheAsImage(false);
        }
    }

    @Override
    boolean needsModel() {
        return needsModel;
    }

    @Override
    void paint(Graphics2D g, MapCanvas canvas, SahelModel m) {
        SahelMap map = canvas.map();
        HeatScale s = scaleFor(map);
        raster.paint(g, canvas, i -> {
            double v = field.at(map, m, i);
            return Double.isNaN(v) || v <= field.floor() ? 0 : palette[(int) Math.round(s.position(v) * (LEVELS - 1))];
        });
    }

    @Override
    public Legend.Block legend(SahelModel m) {
        return new Legend.Ramp(name, scaleFor(view.canvas().map()), field.low(), field.high());
    }

    private synchronized HeatScale scaleFor(SahelMap map) {
        if (map != scaledFor) {
            scale = field.scale(map);
            palette = new int[LEVELS];
            for (int k = 0; k < LEVELS; k++) {
                palette[k] = 0xFF000000 | scale.ramp().rgb(k / (double) (LEVELS - 1));
            }
            scaledFor = map;
        }
        return scale;
    }

    /** A field given by plain functions. */
    record Simple(Values values, Function<SahelMap, HeatScale> scaler, double floor, String low, String high)
            implements Field {
        @Override
        public double at(SahelMap map, SahelModel model, int cell) {
            return values.at(map, model, cell);
        }

        @Override
        public HeatScale scale(SahelMap map) {
            return scaler.apply(map);
        }
    }

    /** Value of one cell. */
    @FunctionalInterface
    interface Values {
        double at(SahelMap map, SahelModel model, int cell);
    }
}
