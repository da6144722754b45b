package org.backpropfx.ui.network;

import java.util.Objects;
import java.util.function.Consumer;

import javafx.scene.paint.Color;

/**
 * The edges of each backdrop strip as coverage rather than colour: rasterised in pure red (positive
 * weights) and pure green (negative) over black, so that a pixel's red and green say how much of it each
 * kind of edge covers. Every edge is one of those two colours, and drawing one over another mixes them in
 * proportion, so any colouring — full or faded, light or dark theme — is a sum of the background, the
 * positive and the negative colour in those proportions ({@link EdgeRaster#paintCoverage}).
 *
 * <p>Stepping from layer to layer changes a strip's colours, not its edges, so only the update of the
 * weights rasterises edges again: on an 8 × 64 network that is thousands of lines per strip, and a
 * recolouring costs one pass over the strip's pixels.
 */
final class EdgeCoverage {
    private final EdgeRaster raster = new EdgeRaster();
    private int[] pixels = new int[0];
    private int width;
    private int height;
    /** What each strip's columns hold, and which columns those are. */
    private Object[] keys = new Object[0];
    private int[] from = new int[0];
    private int[] to = new int[0];
    private long drawn;

    /**
     * Strip k's coverage in an array the size of {@code into}'s image, for the columns {@code into} is
     * clipped to; drawn by {@code edges} only if the strip held other edges or other columns.
     */
    int[] of(int strip, int strips, Object key, EdgeRaster into, Consumer<EdgeRaster> edges) {
        if (into.width() != width || into.height() != height || keys.length != strips) {
            width = into.width();
            height = into.height();
            pixels = new int[width * height];
            keys = new Object[strips];
            from = new int[strips];
            to = new int[strips];
        }
        int left = into.clipLeft();
        int right = into.clipRight();
        if (!Objects.equals(keys[strip], key) || from[strip] != left || to[strip] != right) {
            // Strips of other columns are left alone, but what this strip held before is no longer true.
            for (int k = 0; k < strips; k++) {
                if (k != strip && from[k] < right && to[k] > left) keys[k] = null;
            }
            raster.target(pixels, width, height);
            raster.clipColumns(left, right);
            raster.fill(Color.BLACK);
            edges.accept(raster);
            keys[strip] = key;
            from[strip] = left;
            to[strip] = right;
            drawn++;
        }
        return pixels;
    }

    long drawn() { return drawn; }
}
