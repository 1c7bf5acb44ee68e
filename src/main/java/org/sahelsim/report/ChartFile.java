package org.sahelsim.report;

/**
 * One chart of a batch, drawn as {@code charts/<name>.png} and {@code charts/<name>.svg}.
 *
 * @param name    file name without extension
 * @param section report section it belongs to
 * @param title   the chart's title
 * @param caption what it shows and how to read it, for the report
 */
public record ChartFile(String name, String section, String title, String caption) {
    public String png() {
        return name + ".png";
    }

    public String svg() {
        return name + ".svg";
    }
}
