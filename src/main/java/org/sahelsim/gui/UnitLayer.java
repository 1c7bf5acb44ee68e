package org.sahelsim.gui;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.UnitKind;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.grid.SparseGridPortrayal2D;

/** The armed units, over the model's unit grid; click one to inspect it. */
final class UnitLayer extends SparseGridPortrayal2D implements Legend.Source {
    static final String NAME = "Units (size: fighters)";
    private final MapView view;
    private final UnitPortrayal portrayal;
    private volatile boolean drawn;

    UnitLayer(MapView view) {
        this.view = view;
        this.portrayal = new UnitPortrayal(view);
        setPortrayalForAll(portrayal);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        if (getField() != null) {
            portrayal.setZoom(info.draw.width / view.canvas().gridBounds().width);
            super.draw(object, g, info);
            drawn = true;
        }
    }

    @Override
    public void hitObjects(DrawInfo2D range, sim.util.Bag putInHere) {
        if (getField() != null) {
            portrayal.setZoom(range.draw.width / view.canvas().gridBounds().width);
            super.hitObjects(range, putInHere);
        }
    }

    @Override
    public boolean drawnSinceLegend() {
        boolean was = drawn;
        drawn = false;
        return was;
    }

    @Override
    public Legend.Block legend(SahelModel model) {
        return LEGEND;
    }

    private static final Legend.Block LEGEND = legendBlock();

    private static Legend.Block legendBlock() {
        List<String> kinds = List.of("band or katiba", "mobile column", "garrison");
        List<Shape> symbols = new ArrayList<>();
        for (UnitKind k : List.of(UnitKind.BAND, UnitKind.COLUMN, UnitKind.GARRISON)) {
            symbols.add(UnitPortrayal.symbol(k, Legend.SWATCH));
        }
        return new Legend.Units(kinds, symbols, "size: fighters; colour: faction");
    }
}
