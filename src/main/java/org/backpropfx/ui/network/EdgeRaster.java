package org.backpropfx.ui.network;

import java.util.Arrays;

import javafx.scene.image.PixelFormat;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Rasterises the edges itself, into one image, instead of stroking each through the canvas. The
 * software pipeline pays dearly per stroked line (a 6 × 16 network has over 1,500 edges and took
 * tens of milliseconds a frame); straight anti-aliased spans into an int array take a few.
 *
 * <p>The frame starts as the background with the active layer's band; halos and edges are blended
 * onto it, then the whole is put into the canvas, and neurons and labels are drawn over it.
 */
final class EdgeRaster {
    private static final double DASH = 6;
    private static final double GAP = 4;

    private int[] pixels = new int[0];
    private int width;
    private int height;

    /** Everything the image depends on; a frame with the same key reuses it. */
    record Key(Object snapshot, Object notation, double left, double top, double right, double bottom, Object style,
               int activeLayer) {}

    private Key key;
    private final WritableImage[] images = new WritableImage[2];
    private int next;
    private boolean dirtyImage;

    boolean holds(Key wanted) { return wanted.equals(key); }

    /** Starts an image of w × h pixels filled with the opaque background. */
    void begin(Key newKey, int w, int h, Color background) {
        key = newKey;
        dirtyImage = true;
        width = Math.max(1, w);
        height = Math.max(1, h);
        if (pixels.length < width * height) pixels = new int[width * height];
        Arrays.fill(pixels, 0, width * height, argb(background, 1));
    }

    /** Fills a rectangle (the active layer's band), replacing what is there. */
    void fillRect(double x, double y, double w, double h, Color colour) {
        int x0 = Math.max(0, (int) Math.round(x));
        int x1 = Math.min(width, (int) Math.round(x + w));
        int y0 = Math.max(0, (int) Math.round(y));
        int y1 = Math.min(height, (int) Math.round(y + h));
        int value = argb(colour, 1);
        for (int row = y0; row < y1; row++) Arrays.fill(pixels, row * width + x0, row * width + Math.max(x0, x1), value);
    }

    private static int argb(Color c, double opacity) {
        int a = (int) Math.round(c.getOpacity() * opacity * 255);
        return (a << 24) | ((int) Math.round(c.getRed() * a) << 16) | ((int) Math.round(c.getGreen() * a) << 8)
                | (int) Math.round(c.getBlue() * a);
    }

    /** A straight line of the given width, colour and opacity; dashed for a locked weight. */
    void line(double x0, double y0, double x1, double y1, double lineWidth, Color colour, double opacity,
              boolean dashed) {
        int r = (int) Math.round(colour.getRed() * 255);
        int g = (int) Math.round(colour.getGreen() * 255);
        int b = (int) Math.round(colour.getBlue() * 255);
        double alpha = colour.getOpacity() * opacity;
        double dx = x1 - x0;
        double dy = y1 - y0;
        if (Math.abs(dx) >= Math.abs(dy)) {
            spans(x0, y0, x1, y1, lineWidth, r, g, b, alpha, dashed, false);
        } else {
            spans(y0, x0, y1, x1, lineWidth, r, g, b, alpha, dashed, true);
        }
    }

    /**
     * Walks the major axis (u) one pixel at a time and covers, across it (v), the line's cross-section
     * there; the partly covered end pixels of each span get partial opacity (anti-aliasing).
     */
    private void spans(double u0, double v0, double u1, double v1, double lineWidth, int r, int g, int b,
                       double alpha, boolean dashed, boolean transposed) {
        if (u1 < u0) {
            double t = u0;
            u0 = u1;
            u1 = t;
            t = v0;
            v0 = v1;
            v1 = t;
        }
        double slope = u1 == u0 ? 0 : (v1 - v0) / (u1 - u0);
        double stretch = Math.sqrt(1 + slope * slope);
        double half = lineWidth / 2 * stretch;
        int uLimit = transposed ? height : width;
        int vLimit = transposed ? width : height;
        int uStart = Math.max(0, (int) Math.floor(u0));
        int uEnd = Math.min(uLimit - 1, (int) Math.ceil(u1) - 1);
        int stride = transposed ? 1 : width;
        // The inside of a span is fully covered: its blend is the same for every pixel, worked out once.
        int fullA = (int) (alpha * 255 + 0.5);
        int opaque = 0xff000000 | (r << 16) | (g << 8) | b;
        int keep = 255 - fullA;
        int ra = r * fullA;
        int ga = g * fullA;
        int ba = b * fullA;
        double alpha255 = alpha * 255;
        double v = v0 + (uStart + 0.5 - u0) * slope;
        for (int u = uStart; u <= uEnd; u++, v += slope) {
            if (dashed && ((u + 0.5 - u0) * stretch) % (DASH + GAP) > DASH) continue;
            // Only the first and last pixel columns are partly spanned by the segment.
            double along = u >= u0 && u + 1 <= u1 ? 1 : Math.min(u + 1, u1) - Math.max(u, u0);
            if (along <= 0) continue;
            double top = v - half;
            double bottom = v + half;
            int first = floor(top);
            int last = floor(bottom);
            int base = transposed ? u * width : u;
            double edgeAlpha = along * alpha255;
            if (first == last) {
                if (first >= 0 && first < vLimit) blend(base + first * stride, (bottom - top) * edgeAlpha, r, g, b);
                continue;
            }
            if (first >= 0 && first < vLimit) blend(base + first * stride, (first + 1 - top) * edgeAlpha, r, g, b);
            if (last >= 0 && last < vLimit) blend(base + last * stride, (bottom - last) * edgeAlpha, r, g, b);
            int from = Math.max(0, first + 1);
            int to = Math.min(vLimit - 1, last - 1);
            if (along < 1) {
                for (int p = from; p <= to; p++) blend(base + p * stride, edgeAlpha, r, g, b);
            } else if (fullA == 255) {
                for (int index = base + from * stride, end = base + to * stride; index <= end; index += stride) {
                    pixels[index] = opaque;
                }
            } else {
                for (int index = base + from * stride, end = base + to * stride; index <= end; index += stride) {
                    int dst = pixels[index];
                    pixels[index] = ((fullA + div255((dst >>> 24) * keep)) << 24)
                            | (div255(ra + ((dst >> 16) & 0xff) * keep) << 16)
                            | (div255(ga + ((dst >> 8) & 0xff) * keep) << 8)
                            | div255(ba + (dst & 0xff) * keep);
                }
            }
        }
    }

    /** Math.floor for the view's coordinates (> −4096), without the library call. */
    private static int floor(double v) { return (int) (v + 4096) - 4096; }

    private void blend(int index, double alpha255, int r, int g, int b) {
        int a = (int) (alpha255 + 0.5);
        if (a >= 255) pixels[index] = 0xff000000 | (r << 16) | (g << 8) | b;
        else if (a > 0) pixels[index] = over(pixels[index], a, r, g, b);
    }

    /** Premultiplied source-over of colour (r, g, b) at opacity a/255 onto dst. */
    private static int over(int dst, int a, int r, int g, int b) {
        int keep = 255 - a;
        int da = dst >>> 24;
        int dr = (dst >> 16) & 0xff;
        int dg = (dst >> 8) & 0xff;
        int db = dst & 0xff;
        int oa = a + div255(da * keep);
        int or = div255(r * a + dr * keep);
        int og = div255(g * a + dg * keep);
        int ob = div255(b * a + db * keep);
        return (oa << 24) | (or << 16) | (og << 8) | ob;
    }

    /** Rounded v / 255 for 0 ≤ v ≤ 255², without a division (this runs for every pixel of every edge). */
    private static int div255(int v) {
        v += 128;
        return (v + (v >> 8)) >> 8;
    }

    /**
     * Draws the image at (x, y). A new image is filled only when the key changed; the two images take
     * turns, so the render thread may still draw the last one while the next is filled.
     */
    void writeTo(GraphicsContext gc, int x, int y) {
        if (dirtyImage) {
            next = 1 - next;
            WritableImage image = images[next];
            if (image == null || (int) image.getWidth() != width || (int) image.getHeight() != height) {
                image = new WritableImage(width, height);
                images[next] = image;
            }
            image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
            dirtyImage = false;
        }
        gc.drawImage(images[next], x, y);
    }
}
