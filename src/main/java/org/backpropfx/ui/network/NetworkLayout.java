package org.backpropfx.ui.network;

import javafx.geometry.Point2D;
import java.util.Arrays;

/**
 * Where everything goes for one network shape at one view size: one column per layer, neurons spread
 * evenly down their column, and (for the MIT notation) a "−1" bias node at the foot of every column
 * that feeds a layer. Sizes scale with the view: the font grows with the window, the circles with the
 * room the densest column leaves.
 *
 * <p>Zoomed ({@link Zoom}), the columns and neurons spread out about the pointer while the text keeps
 * its size, so a large network's neurons and edges get room for their numbers; the caption, the layer
 * names' row and the legend stay where they are.
 */
final class NetworkLayout {
    /** Fonts never shrink below this (readable on a 1280×720 projector) nor grow beyond the maximum. */
    static final double MIN_FONT = 12.5;
    static final double MAX_FONT = 26;

    final double width;
    final double height;
    final int layers;
    final int[] sizes;
    final boolean biasNodes;
    final double font;
    final double smallFont;
    final double radius;
    /** Half the side of a bias node's square. */
    final double biasHalf;
    final double[] columnX;
    final double[][] neuronY;
    /** y of the bias node in column l (feeding layer l + 1), or NaN where there is none. */
    final double[] biasY;
    final double captionY;
    final double namesY;
    final double legendY;
    final double bandTop;
    final double bandBottom;

    /** Presenter zoom: multiplies the font (and its bounds), so text grows even where the window does not. */
    final double fontScale;
    /** The view's zoom and pan, kept within reach of the network ({@link Zoom#FIT}: the whole network). */
    final Zoom zoom;

    /**
     * Zoom and pan of the network's drawing: a point at (x, y) of the whole network (the picture at
     * {@link #FIT}) is drawn at (x·scale + dx, y·scale + dy).
     */
    record Zoom(double scale, double dx, double dy) {
        static final Zoom FIT = new Zoom(1, 0, 0);
        static final double MAX_SCALE = 16;

        boolean isFit() { return scale == 1 && dx == 0 && dy == 0; }

        /** Scaled by {@code factor} about (x, y), which stays where it is on the screen. */
        Zoom about(double factor, double x, double y) {
            double next = Math.max(1, Math.min(MAX_SCALE, scale * factor));
            double k = next / scale;
            return new Zoom(next, x - (x - dx) * k, y - (y - dy) * k);
        }

        Zoom panned(double byX, double byY) { return new Zoom(scale, dx + byX, dy + byY); }
    }

    NetworkLayout(int[] sizes, boolean biasNodes, double width, double height) {
        this(sizes, biasNodes, width, height, 1.0);
    }

    NetworkLayout(int[] sizes, boolean biasNodes, double width, double height, double fontScale) {
        this(sizes, biasNodes, width, height, fontScale, Zoom.FIT);
    }

    NetworkLayout(int[] sizes, boolean biasNodes, double width, double height, double fontScale, Zoom wanted) {
        this.fontScale = fontScale;
        this.width = width;
        this.height = height;
        this.sizes = sizes.clone();
        this.layers = sizes.length - 1;
        this.biasNodes = biasNodes;
        font = clamp(Math.min(height / 26, width / 50) * fontScale, MIN_FONT * fontScale, MAX_FONT * fontScale);
        smallFont = Math.max(MIN_FONT * fontScale, font * 0.88);
        double line = font * 1.45;
        captionY = line * 0.8;
        legendY = height - line * 0.6;
        namesY = legendY - line * 1.15;
        bandTop = captionY + line * 0.9;
        bandBottom = namesY - line * 0.75;

        double left = font * 5;
        double right = font * 10.5;
        double usable = Math.max(1, width - left - right);
        columnX = new double[layers + 1];
        double gap = layers == 0 ? usable : usable / layers;
        for (int l = 0; l <= layers; l++) columnX[l] = left + gap * l;

        double band = Math.max(1, bandBottom - bandTop);
        double maxSpacing = font * 9;
        double minSpacing = Double.POSITIVE_INFINITY;
        neuronY = new double[layers + 1][];
        biasY = new double[layers + 1];
        for (int l = 0; l <= layers; l++) {
            boolean hasBias = biasNodes && l < layers;
            int slots = sizes[l] + (hasBias ? 1 : 0);
            double spacing = Math.min(maxSpacing, band / slots);
            minSpacing = Math.min(minSpacing, spacing);
            double first = bandTop + (band - spacing * slots) / 2 + spacing / 2;
            neuronY[l] = new double[sizes[l]];
            for (int j = 0; j < sizes[l]; j++) neuronY[l][j] = first + spacing * j;
            biasY[l] = hasBias ? first + spacing * sizes[l] : Double.NaN;
        }
        zoom = withinReach(wanted, width);
        double scale = zoom.scale();
        for (int l = 0; l <= layers; l++) {
            columnX[l] = columnX[l] * scale + zoom.dx();
            for (int j = 0; j < sizes[l]; j++) neuronY[l][j] = neuronY[l][j] * scale + zoom.dy();
            biasY[l] = biasY[l] * scale + zoom.dy();
        }
        radius = clamp(Math.min(Math.min(minSpacing * scale * 0.34, gap * scale * 0.16), font * 2.8), 2.5, 70);
        biasHalf = Math.max(2.5, radius * 0.72);
    }

    /** The zoom with its pan limited so that the network always fills the view's band (no panning it away). */
    private Zoom withinReach(Zoom z, double width) {
        if (z.scale() <= 1) return Zoom.FIT;
        double s = z.scale();
        double dx = clamp(z.dx(), width * (1 - s), 0);
        double dy = clamp(z.dy(), bandBottom * (1 - s), bandTop * (1 - s));
        return new Zoom(s, dx, dy);
    }

    /** Whether the point is in the part of the view neurons and edges are drawn in (between caption and names). */
    boolean inBand(double y) { return y >= bandTop - font * 0.3 && y <= namesY - font * 0.8; }

    Point2D neuron(int l, int j) { return new Point2D(columnX[l], neuronY[l][j]); }

    /** Whether this layout has neuron j in column l: a picture drawn before the network was changed may not. */
    boolean has(int l, int j) { return l >= 0 && l < sizes.length && j >= 0 && j < sizes[l]; }

    /** Vertical distance between neighbouring neurons of column l (what a label there may take). */
    double spacing(int l) {
        if (sizes[l] > 1) return neuronY[l][1] - neuronY[l][0];
        return Double.isNaN(biasY[l]) ? bandBottom - bandTop : biasY[l] - neuronY[l][0];
    }

    boolean hasBiasNode(int column) { return column < layers && !Double.isNaN(biasY[column]); }

    boolean fits(int[] otherSizes, boolean otherBias, double otherWidth, double otherHeight, double otherScale,
                 Zoom otherZoom) {
        return otherZoom.equals(zoom) && otherScale == fontScale && otherBias == biasNodes && otherWidth == width && otherHeight == height
                && Arrays.equals(otherSizes, sizes);
    }

    private static double clamp(double v, double lo, double hi) { return Math.max(lo, Math.min(hi, v)); }
}
