package org.sahelsim.gui;

import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.SwingUtilities;
import sim.display.Console;
import sim.display.Display2D;

/**
 * Opens the GUI (Console, map display, charts) and drives it from code: the interactive command,
 * the screenshot used by the tests and the README, and the GUI benchmark all go through here.
 * Every call that touches Swing runs on the Swing thread.
 */
public final class GuiSession {
    /** Console size: MASON's default is too small for the Model tab. */
    static final int CONSOLE_WIDTH = 440;
    static final int CONSOLE_HEIGHT = 640;
    private final SahelWithUI gui;
    private final Console console;

    private GuiSession(SahelWithUI gui, Console console) {
        this.gui = gui;
        this.console = console;
    }

    /** Opens the Console and the GUI's windows on the screen. */
    public static GuiSession open(ScenarioSource source, Path scenario, long seed) {
        return onSwing(() -> {
            SahelWithUI gui = new SahelWithUI(source, scenario, seed);
            Console c = new Console(gui);
            c.setSize(CONSOLE_WIDTH, CONSOLE_HEIGHT);
            c.setVisible(true);
            return new GuiSession(gui, c);
        });
    }

    public SahelWithUI gui() {
        return gui;
    }

    /** Starts the run as the Console's pause button does: started, paused at week 0. */
    public void start() {
        onSwing(() -> {
            console.pressPause();
            return null;
        });
    }

    /** Stops the run and starts a new one (new model from the settings), paused at week 0. */
    public void restart() {
        onSwing(() -> {
            console.pressStop();
            console.pressPause();
            return null;
        });
    }

    /**
     * Presses Play (the Console's own play thread, at full speed) and waits until {@code weeks}
     * weeks have passed or the run ends; returns the weeks per second, then stops.
     */
    public double play(int weeks) throws InterruptedException {
        onSwing(() -> {
            console.setPlaySleep(0);
            console.pressPause();
            return null;
        });
        long t0 = System.nanoTime();
        long start = gui.model().schedule.getSteps();
        long target = Math.min(start + weeks, gui.model().config.totalWeeks());
        while (gui.model().schedule.getSteps() < target && console.getPlayState() == Console.PS_PLAYING) {
            Thread.sleep(5);
        }
        double rate = (gui.model().schedule.getSteps() - start) / ((System.nanoTime() - t0) / 1e9);
        onSwing(() -> {
            console.pressStop();
            return null;
        });
        return rate;
    }

    /** Simulates {@code weeks} weeks (fewer if the scenario ends); returns the weeks simulated. */
    public int step(int weeks) {
        int done = 0;
        for (int w = 0; w < weeks; w++) {
            boolean more = onSwing(gui::step);
            done++;
            if (!more || gui.model().week() >= gui.model().config.totalWeeks()) {
                break;
            }
        }
        return done;
    }

    /** Switches every layer of the map display on. */
    public void showAllLayers() {
        onSwing(() -> {
            for (Component item : gui.display().popup.getComponents()) {
                if (item instanceof JCheckBoxMenuItem box && !box.isSelected()) {
                    box.doClick();
                }
            }
            return null;
        });
    }

    /** What the map display shows now, as the display's own snapshot button would save it. */
    public BufferedImage capture() {
        return onSwing(() -> {
            Display2D d = gui.display();
            BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scratch.createGraphics();
            try {
                return d.insideDisplay.paint(g, true, false);
            } finally {
                g.dispose();
            }
        });
    }

    /** Waits until the GUI's windows are closed (the Console then ends the program). */
    public void awaitClose() throws InterruptedException {
        gui.awaitClose();
    }

    /** Runs {@code task} on the Swing thread and returns its result; failures are rethrown here. */
    static <T> T onSwing(Callable<T> task) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Runnable r = () -> {
            try {
                result.set(task.call());
            } catch (Exception e) {
                failure.set(e);
            }
        };
        try {
            if (SwingUtilities.isEventDispatchThread()) {
                r.run();
            } else {
                SwingUtilities.invokeAndWait(r);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the GUI", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("GUI failure: " + e.getCause(), e.getCause());
        }
        if (failure.get() instanceof RuntimeException re) {
            throw re;
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get().getMessage(), failure.get());
        }
        return result.get();
    }
}
