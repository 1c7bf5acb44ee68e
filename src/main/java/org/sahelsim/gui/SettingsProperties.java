package org.sahelsim.gui;

import sim.util.Interval;
import sim.util.Properties;

/**
 * The {@link ModelSettings} as MASON properties: numbers with their range (MASON draws a slider),
 * switches as check boxes, the parameter's documentation as the tooltip.
 */
final class SettingsProperties extends Properties {
    private static final long serialVersionUID = 1L;
    private final transient ModelSettings settings;

    SettingsProperties(ModelSettings settings) {
        this.settings = settings;
        this.object = settings;
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return settings.size();
    }

    @Override
    public Object getValue(int i) {
        return settings.get(i);
    }

    @Override
    public Object getDomain(int i) {
        Setting s = settings.setting(i);
        return switch (s.kind) {
            case REAL -> new Interval(s.min, s.max);
            case INTEGER -> new Interval((long) s.min, (long) s.max);
            case SWITCH -> null;
        };
    }

    @Override
    public String getDescription(int i) {
        return settings.setting(i).description();
    }

    @Override
    public boolean isReadWrite(int i) {
        return true;
    }

    @Override
    public String getName(int i) {
        return settings.setting(i).label;
    }

    @Override
    public Class<?> getType(int i) {
        return switch (settings.setting(i).kind) {
            case REAL -> Double.TYPE;
            case INTEGER -> Integer.TYPE;
            case SWITCH -> Boolean.TYPE;
        };
    }

    @Override
    protected Object _setValue(int i, Object value) {
        return settings.set(i, value);
    }
}
