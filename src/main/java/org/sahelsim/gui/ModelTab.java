package org.sahelsim.gui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.filechooser.FileNameExtensionFilter;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The Console's Model tab: the scenario file with a button to load another, and the main
 * parameters as sliders and switches. Changes apply at the next start (Stop, then Play).
 */
final class ModelTab extends Inspector {
    private static final long serialVersionUID = 1L;
    private final transient ModelSettings settings;
    private final SimpleInspector parameters;
    private final JLabel scenario = new JLabel();

    ModelTab(GUIState gui, ModelSettings settings) {
        this.settings = settings;
        setLayout(new BorderLayout());
        parameters = new SimpleInspector(new SettingsProperties(settings), gui, "Parameters");
        add(header(), BorderLayout.NORTH);
        add(parameters, BorderLayout.CENTER);
        setVolatile(false);
        showScenario();
    }

    private JPanel header() {
        JPanel p = new JPanel();
        p.setLayout(new BoxLayout(p, BoxLayout.Y_AXIS));
        p.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        JButton load = new JButton("Load scenario…");
        load.addActionListener(e -> chooseScenario());
        JButton reset = new JButton("Reset to scenario");
        reset.addActionListener(e -> {
            settings.reset();
            parameters.updateInspector();
        });
        row.add(load);
        row.add(reset);
        JLabel note = new JLabel("<html><i>Changes apply at the next start: press Stop, then Play.</i></html>");
        for (JComponent c : List.of(scenario, row, note)) {
            c.setAlignmentX(Component.LEFT_ALIGNMENT);
        }
        p.add(scenario);
        p.add(Box.createVerticalStrut(4));
        p.add(row);
        p.add(note);
        return p;
    }

    private void chooseScenario() {
        Path current = settings.scenario().file();
        JFileChooser chooser = new JFileChooser(current.toAbsolutePath().getParent() == null ? null
                : current.toAbsolutePath().getParent().toFile());
        chooser.setFileFilter(new FileNameExtensionFilter("Scenario files (*.yaml, *.yml)", "yaml", "yml"));
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        File f = chooser.getSelectedFile();
        try {
            settings.load(f.toPath());
        } catch (RuntimeException ex) {
            JOptionPane.showMessageDialog(this, ex.getMessage(), "Scenario not loaded", JOptionPane.ERROR_MESSAGE);
            return;
        }
        showScenario();
        parameters.updateInspector();
    }

    private void showScenario() {
        ScenarioSource.Scenario s = settings.scenario();
        scenario.setText("<html><b>Scenario:</b> " + s.config().name() + "<br><small>" + s.file().getFileName() + ", from "
                + s.config().start() + ", " + s.config().totalWeeks() + " weeks</small></html>");
    }

    @Override
    public void updateInspector() {
        showScenario();
        parameters.updateInspector();
    }
}
