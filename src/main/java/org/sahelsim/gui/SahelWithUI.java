package org.sahelsim.gui;

import java.awt.Color;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import org.sahelsim.gui.ScenarioSource.Scenario;
import org.sahelsim.model.SahelModel;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.Inspector;

/**
 * The interactive GUI: MASON's Console (play, pause, step, speed, seed, the Model tab) with a
 * map display of the real grid and live charts. The GUI wraps the model; the model knows
 * nothing of it. The About tab shows the {@code index.html} next to this class.
 *
 * <p>Each start builds a new {@link SahelModel} from the scenario and the Model tab's settings
 * (STYLE habit 6: parameters are fixed at construction), with the seed the Console shows.
 */
public final class SahelWithUI extends GUIState {
    private final ModelSettings settings;
    private final MapView view;
    private final RecentViolence violence = new RecentViolence();
    private final CountDownLatch closed = new CountDownLatch(1);
    private Display2D display;
    private JFrame displayFrame;
    private Layers layers;
    private LiveCharts charts;
    private boolean chartsShown;

    /**
     * @param source where scenarios and rules come from
     * @param file   the scenario shown first
     * @param seed   random seed of the first run (the Console can change it)
     */
    public SahelWithUI(ScenarioSource source, Path file, long seed) {
        this(new ModelSettings(source, file), seed);
    }

    private SahelWithUI(ModelSettings settings, long seed) {
        super(settings.newModel(settings.scenario(), seed));
        this.settings = settings;
        this.view = new MapView((SahelModel) state);
    }

    /** Name in the Console's title bar. */
    public static String getName() {
        return "sahelsim: the central Sahel";
    }

    public SahelModel model() {
        return (SahelModel) state;
    }

    public ModelSettings settings() {
        return settings;
    }

    Display2D display() {
        return display;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return settings;
    }

    @Override
    public Inspector getInspector() {
        return new ModelTab(this, settings);
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(view.canvas().widthPx(), view.canvas().heightPx(), this);
        display.setBackdrop(Color.WHITE);
        display.setClipping(true);
        layers = new Layers(view, violence);
        for (Layers.Entry e : layers.entries()) {
            display.attach(e.portrayal(), e.name(), view.canvas().gridBounds(), e.shown());
        }
        displayFrame = display.createFrame();
        displayFrame.setTitle("sahelsim map");
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        charts = new LiveCharts(c);
        if (c instanceof Console console) {
            console.setNewMenuAllowed(false);
            disableCheckpoints(console);
            console.setWhenShouldEnd(model().config.totalWeeks());
        }
    }

    /**
     * Checkpoints (File: Open, Save, Save As) cannot work: the model holds the map and the scenario
     * records, which are not serialisable. Scenarios are loaded from the Model tab instead.
     */
    private static void disableCheckpoints(Console console) {
        JMenuBar bar = console.getJMenuBar();
        for (int m = 0; bar != null && m < bar.getMenuCount(); m++) {
            JMenu menu = bar.getMenu(m);
            for (int k = 0; menu != null && k < menu.getItemCount(); k++) {
                JMenuItem item = menu.getItem(k);
                if (item != null && item.getText() != null && item.getText().matches("(Open|Save|Save As).*")) {
                    item.setEnabled(false);
                }
            }
        }
    }

    @Override
    public void start() {
        SahelModel next = nextModel(state.seed());
        state = next;
        super.start();
        view.bind(next);
        layers.bind(next);
        violence.reset(next);
        charts.reset();
        scheduleRepeatingImmediatelyAfter(s -> observe((SahelModel) s));
        if (controller instanceof Console console) {
            console.setWhenShouldEnd(next.config.totalWeeks());
            if (!chartsShown) {
                charts.show(console.getBounds());
                chartsShown = true;
            }
        }
        display.reset();
        display.repaint();
    }

    /** What the map and the charts take from each simulated week. */
    private void observe(SahelModel m) {
        violence.record(m);
        charts.record(m);
    }

    /**
     * The model for the next run. If the settings cannot be applied (the loader rejects them),
     * says why and runs the scenario as loaded.
     */
    private SahelModel nextModel(long seed) {
        Scenario s;
        try {
            s = settings.build();
        } catch (RuntimeException e) {
            s = settings.scenario();
            if (display != null && !java.awt.GraphicsEnvironment.isHeadless()) {
                JOptionPane.showMessageDialog(displayFrame, e.getMessage() + "\nRunning the scenario as loaded.",
                        "Settings not applied", JOptionPane.WARNING_MESSAGE);
            }
        }
        return settings.newModel(s, seed);
    }

    @Override
    public boolean validSimState(SimState s) {
        return s instanceof SahelModel;
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        if (charts != null) {
            charts.quit();
        }
        display = null;
        displayFrame = null;
        closed.countDown();
    }

    /** Blocks until the GUI is closed. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }
}
