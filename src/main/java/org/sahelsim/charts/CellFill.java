package org.sahelsim.charts;

import java.awt.Paint;

/** What a renderer paints over a study-country cell; null leaves the base map colour. */
@FunctionalInterface
interface CellFill {
    /** @param cell flat cell index ({@code y * width + x}) */
    Paint paint(int cell);
}
