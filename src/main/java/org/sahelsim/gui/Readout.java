package org.sahelsim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import sim.util.Properties;

/**
 * Read-only properties for an inspector, in the order they are added (MASON's reflective
 * properties come in no fixed order). Values are read live each time the inspector refreshes.
 */
final class Readout extends Properties {
    private static final long serialVersionUID = 1L;

    private record Item(String name, String description, Class<?> type, Supplier<Object> value) {
    }

    private final transient List<Item> items = new ArrayList<>();

    Readout(Object about) {
        this.object = about;
    }

    /** Adds a property; {@code type} is its value's class (String, Integer, Double, Boolean). */
    Readout add(String name, String description, Class<?> type, Supplier<Object> value) {
        items.add(new Item(name, description, type, value));
        return this;
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return items.size();
    }

    @Override
    public Object getValue(int i) {
        return items.get(i).value().get();
    }

    @Override
    public String getDescription(int i) {
        return items.get(i).description();
    }

    @Override
    public boolean isReadWrite(int i) {
        return false;
    }

    @Override
    public String getName(int i) {
        return items.get(i).name();
    }

    @Override
    public Class<?> getType(int i) {
        return items.get(i).type();
    }

    @Override
    protected Object _setValue(int i, Object value) {
        return getValue(i);
    }
}
