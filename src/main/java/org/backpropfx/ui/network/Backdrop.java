package org.backpropfx.ui.network;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The network view's backdrop image (band, edges, neurons), cut into vertical strips that are redrawn
 * only when what they show changed. A step through a sample changes the strips around the layer it
 * leaves and the layer it reaches (about three of six), and pointing at things changes none, so much
 * of the image is kept from frame to frame.
 *
 * <p>There are two images, whose int arrays are their pixels (no copy or format conversion on the way
 * to the screen): one is filled while the render thread may still be drawing the other. A strip the
 * image being filled already holds is left alone; one the other image holds is copied from it.
 */
final class Backdrop {
    /** Draws strip k into the raster, which is already clipped to the strip's columns. */
    interface StripPainter {
        void paint(EdgeRaster raster, int strip);
    }

    private static final class Page {
        final int[] pixels;
        final PixelBuffer<IntBuffer> buffer;
        final WritableImage image;
        final int width;
        final int height;
        /** What each strip shows, by its key; null where nothing valid is drawn. */
        Object[] held = new Object[0];
        int[] heldBounds = new int[0];

        Page(int width, int height) {
            this.width = width;
            this.height = height;
            pixels = new int[width * height];
            buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        }

        boolean holds(int strip, Object key, int[] bounds) {
            return strip < held.length && Objects.equals(held[strip], key) && heldBounds[strip] == bounds[strip]
                    && heldBounds[strip + 1] == bounds[strip + 1];
        }
    }

    private final EdgeRaster raster = new EdgeRaster();
    private final EdgeCoverage coverage = new EdgeCoverage();
    private final Page[] pages = new Page[2];
    private int shown;
    private long stripsDrawn;
    private long budgetNanos = Long.MAX_VALUE;
    private boolean complete = true;
    /** Where the next frame starts drawing, so that strips put off by the budget get their turn first. */
    private int firstStrip;

    /**
     * How long drawing strips may take per frame (at least one is always drawn). Strips over the budget
     * show their previous pixels and are drawn in a later frame: during live training of a large network
     * the picture then follows in a few frames instead of holding up every one.
     */
    void setBudget(long nanos) { budgetNanos = nanos; }

    /** Whether the last {@link #paint} showed every strip as its key asks; if not, paint again next frame. */
    boolean isComplete() { return complete; }

    /**
     * Draws the backdrop at (x, y), w × h pixels. Strip k covers columns bounds[k] ≤ x &lt; bounds[k + 1]
     * and shows what keys.get(k) says: equal keys mean equal pixels.
     */
    void paint(GraphicsContext gc, int x, int y, int w, int h, List<?> keys, int[] bounds, StripPainter painter) {
        w = Math.max(1, w);
        h = Math.max(1, h);
        Page current = pages[shown];
        complete = true;
        if (!holdsAll(current, w, h, keys, bounds)) {
            int target = 1 - shown;
            Page page = pages[target];
            if (page == null || page.width != w || page.height != h) {
                page = new Page(w, h);
                pages[target] = page;
            }
            Rectangle2D changed = fill(page, current != null && current.width == w && current.height == h ? current
                    : null, keys, bounds, painter);
            // Only the columns written are copied to the screen's copy of the image (on the render thread,
            // one pass over them): a step redraws about three strips of eight.
            page.buffer.updateBuffer(b -> changed);
            shown = target;
        }
        gc.drawImage(pages[shown].image, x, y);
    }

    /**
     * The coverage of strip k's edges, the size of the image being filled ({@code into}), drawn by
     * {@code edges} only if the strip's edges differ from those it holds; see {@link EdgeCoverage}.
     */
    int[] edgeCoverage(int strip, int strips, Object key, EdgeRaster into, Consumer<EdgeRaster> edges) {
        return coverage.of(strip, strips, key, into, edges);
    }

    /** How many strips' edges have been rasterised (not only recoloured) so far; for tests and benchmarks. */
    long edgesDrawn() { return coverage.drawn(); }

    /** The pixels of the image last drawn (premultiplied ARGB, row by row); for tests. */
    int[] shownPixels() { return pages[shown] == null ? new int[0] : pages[shown].pixels.clone(); }

    /** How many strips have been drawn (not kept or copied) so far; for tests and benchmarks. */
    long stripsDrawn() { return stripsDrawn; }

    private static boolean holdsAll(Page page, int w, int h, List<?> keys, int[] bounds) {
        if (page == null || page.width != w || page.height != h || page.held.length != keys.size()) return false;
        for (int k = 0; k < keys.size(); k++) {
            if (!page.holds(k, keys.get(k), bounds)) return false;
        }
        return true;
    }

    /** Fills the page's strips as the keys ask; returns the columns it wrote (empty when none). */
    private Rectangle2D fill(Page page, Page other, List<?> keys, int[] bounds, StripPainter painter) {
        int n = keys.size();
        int changedFrom = page.width;
        int changedTo = 0;
        if (page.held.length != n) {
            page.held = new Object[n];
            page.heldBounds = new int[n + 1];
        }
        Object[] held = new Object[n];
        raster.target(page.pixels, page.width, page.height);
        long start = System.nanoTime();
        boolean drewOne = false;
        int putOff = -1;
        for (int m = 0; m < n; m++) {
            int k = (firstStrip + m) % n;
            Object key = keys.get(k);
            held[k] = key;
            if (page.holds(k, key, bounds)) continue;
            changedFrom = Math.min(changedFrom, Math.max(0, bounds[k]));
            changedTo = Math.max(changedTo, Math.min(page.width, bounds[k + 1]));
            boolean otherFits = other != null && other.heldBounds.length == n + 1
                    && other.heldBounds[k] == bounds[k] && other.heldBounds[k + 1] == bounds[k + 1];
            if (otherFits && Objects.equals(other.held[k], key)) {
                copyColumns(other, page, bounds[k], bounds[k + 1]);
            } else if (drewOne && otherFits && other.held[k] != null && System.nanoTime() - start > budgetNanos) {
                copyColumns(other, page, bounds[k], bounds[k + 1]);
                held[k] = other.held[k];
                if (putOff < 0) putOff = k;
            } else {
                raster.clipColumns(bounds[k], bounds[k + 1]);
                painter.paint(raster, k);
                stripsDrawn++;
                drewOne = true;
            }
        }
        complete = putOff < 0;
        firstStrip = complete ? 0 : putOff;
        page.heldBounds = Arrays.copyOf(bounds, n + 1);
        page.held = held;
        raster.clipColumns(0, page.width);
        return changedTo > changedFrom ? new Rectangle2D(changedFrom, 0, changedTo - changedFrom, page.height)
                : Rectangle2D.EMPTY;
    }

    private static void copyColumns(Page from, Page to, int x0, int x1) {
        int left = Math.max(0, x0);
        int length = Math.min(to.width, x1) - left;
        if (length <= 0) return;
        for (int row = 0, index = left; row < to.height; row++, index += to.width) {
            System.arraycopy(from.pixels, index, to.pixels, index, length);
        }
    }
}
