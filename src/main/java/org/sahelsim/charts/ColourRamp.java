package org.sahelsim.charts;

/**
 * Sequential colour ramps for heat maps: light for low values, dark or saturated for high
 * ones, readable in grey scale and by most colour-blind readers.
 */
public enum ColourRamp {
    /** Matplotlib's viridis (van der Walt and Smith), sampled at nine stops. */
    VIRIDIS(0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725),
    /** ColorBrewer's YlOrRd (Brewer), nine classes; suits violence and fatalities. */
    YL_OR_RD(0xFFFFCC, 0xFFEDA0, 0xFED976, 0xFEB24C, 0xFD8D3C, 0xFC4E2A, 0xE31A1C, 0xBD0026, 0x800026);

    private final int[] stops;

    ColourRamp(int... stops) {
        this.stops = stops;
    }

    /**
     * Colour at position {@code t}, linearly interpolated between the stops in sRGB.
     *
     * @param t position on the ramp, 0..1; values outside are clamped, NaN counts as 0
     * @return 0xRRGGBB
     */
    public int rgb(double t) {
        double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double pos = clamped * (stops.length - 1);
        int k = Math.min((int) pos, stops.length - 2);
        double f = pos - k;
        return mix(stops[k], stops[k + 1], f);
    }

    private static int mix(int a, int b, double f) {
        int r = channel(a >> 16, b >> 16, f);
        int g = channel(a >> 8, b >> 8, f);
        int bl = channel(a, b, f);
        return (r << 16) | (g << 8) | bl;
    }

    private static int channel(int a, int b, double f) {
        int ca = a & 0xFF;
        int cb = b & 0xFF;
        return (int) Math.round(ca + (cb - ca) * f);
    }
}
