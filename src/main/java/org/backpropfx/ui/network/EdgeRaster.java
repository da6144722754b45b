package org.backpropfx.ui.network;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.paint.Color;

/**
 * Rasterises the backdrop of the network view itself, into an int array: the software pipeline pays
 * dearly per stroked line and per circle (a 6 × 16 network has over 1,500 edges and over 100 neurons and
 * took tens of milliseconds a frame); straight anti-aliased spans into an array take a few.
 *
 * <p>Pixels are premultiplied ARGB and always opaque, which the blending relies on. Drawing can be
 * confined to a range of columns ({@link #clipColumns}), so that one strip of the image is redrawn
 * while the rest is kept.
 */
final class EdgeRaster {
    private static final double DASH = 6;
    /** The colours edges are rasterised in as coverage ({@link EdgeCoverage}): red for positive, green for negative. */
    static final Color POSITIVE_COVERAGE = Color.rgb(255, 0, 0);
    static final Color NEGATIVE_COVERAGE = Color.rgb(0, 255, 0);
    private static final double GAP = 4;

    private int[] pixels = new int[0];
    private int width;
    private int height;
    private int clipLeft;
    private int clipRight;

    /** Draws into these pixels from now on, with no clip. */
    void target(int[] pixels, int width, int height) {
        this.pixels = pixels;
        this.width = width;
        this.height = height;
        clipColumns(0, width);
    }

    /** Confines drawing to columns from ≤ x < to. */
    void clipColumns(int from, int to) {
        clipLeft = Math.max(0, from);
        clipRight = Math.min(width, to);
    }

    /** The pixels (premultiplied ARGB, row by row); for tests. */
    int[] pixels() { return Arrays.copyOf(pixels, width * height); }

    int width() { return width; }

    int clipLeft() { return clipLeft; }

    int clipRight() { return clipRight; }

    int height() { return height; }

    /** Fills the clipped columns with one colour. */
    void fill(Color colour) { fillRect(clipLeft, 0, clipRight - clipLeft, height, colour); }

    /** Fills a rectangle (the active layer's band), replacing what is there. */
    void fillRect(double x, double y, double w, double h, Color colour) {
        int x0 = Math.max(clipLeft, (int) Math.round(x));
        int x1 = Math.min(clipRight, (int) Math.round(x + w));
        int y0 = Math.max(0, (int) Math.round(y));
        int y1 = Math.min(height, (int) Math.round(y + h));
        if (x1 <= x0) return;
        int value = opaque(colour);
        for (int row = y0; row < y1; row++) Arrays.fill(pixels, row * width + x0, row * width + x1, value);
    }

    /**
     * Paints edges over the clipped columns from their coverage (an image of the same size, see
     * {@link EdgeCoverage}): each pixel becomes what it shows, the positive and the negative colour in
     * the proportions the coverage gives.
     */
    void paintCoverage(int[] coverage, Color positive, Color negative) {
        int p = opaque(positive);
        int n = opaque(negative);
        for (int row = 0; row < height; row++) {
            for (int index = row * width + clipLeft, end = row * width + clipRight; index < end; index++) {
                int c = coverage[index];
                pixels[index] = covered(pixels[index], (c >> 16) & 0xff, (c >> 8) & 0xff, p, n);
            }
        }
    }

    /**
     * What {@link #fill} with the background, {@link #fillRect} with the band's colour over the band
     * (x, y, w, h; null for none) and {@link #paintCoverage} leave in the clipped columns, pixel for pixel,
     * in one pass instead of three: under the coverage there is only ever one of two colours, so each
     * pixel is looked up by its coverage in a table of what that coverage gives over that colour. A
     * table is filled as the pixels ask and kept while the colours stay (a step recolours strips with
     * the same few colours over and over).
     */
    void paintBackdrop(int[] coverage, Color background, double[] band, Color bandColour, Color positive,
                       Color negative) {
        int p = opaque(positive);
        int n = opaque(negative);
        int plainColour = opaque(background);
        int[] plain = table(plainColour, p, n);
        int bandLeft = clipRight;
        int bandRight = clipRight;
        int bandTop = 0;
        int bandBottom = 0;
        int bandRgb = plainColour;
        int[] banded = plain;
        if (band != null) {
            // The same rounding as fillRect.
            bandLeft = Math.max(clipLeft, (int) Math.round(band[0]));
            bandRight = Math.min(clipRight, (int) Math.round(band[0] + band[2]));
            bandTop = Math.max(0, (int) Math.round(band[1]));
            bandBottom = Math.min(height, (int) Math.round(band[1] + band[3]));
            bandRgb = opaque(bandColour);
            banded = table(bandRgb, p, n);
        }
        for (int row = 0; row < height; row++) {
            int base = row * width;
            if (row >= bandTop && row < bandBottom && bandRight > bandLeft) {
                lookUp(coverage, base + clipLeft, base + bandLeft, plain, plainColour, p, n);
                lookUp(coverage, base + bandLeft, base + bandRight, banded, bandRgb, p, n);
                lookUp(coverage, base + bandRight, base + clipRight, plain, plainColour, p, n);
            } else {
                lookUp(coverage, base + clipLeft, base + clipRight, plain, plainColour, p, n);
            }
        }
    }

    private void lookUp(int[] coverage, int from, int to, int[] table, int under, int p, int n) {
        int[] px = pixels;
        for (int index = from; index < to; index++) {
            int c = (coverage[index] >> 8) & 0xffff;
            int value = table[c];
            // 0 is never a result (every result is opaque): it marks an entry not worked out yet.
            if (value == 0) {
                value = covered(under, c >> 8, c & 0xff, p, n);
                table[c] = value;
            }
            px[index] = value;
        }
    }

    /** What a table of {@link #paintBackdrop} is for: the colour under the coverage and the two edge colours. */
    private record TableKey(int under, int positive, int negative) {}

    /** A light and a dark theme's plain and banded, full and faded strips: eight tables of 256 kB at most. */
    private static final int MAX_TABLES = 8;
    private final Map<TableKey, int[]> tables = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TableKey, int[]> eldest) { return size() > MAX_TABLES; }
    };

    /** The pixels for each coverage (red weight × 256 + green weight) over one colour; 0 where not yet known. */
    private int[] table(int under, int p, int n) {
        return tables.computeIfAbsent(new TableKey(under, p, n), k -> new int[1 << 16]);
    }

    /**
     * An opaque pixel dst under coverage wp of the positive colour p and wn of the negative n (0 to 255
     * each): the three in those proportions.
     */
    private static int covered(int dst, int wp, int wn, int p, int n) {
        if ((wp | wn) == 0) return dst;
        if (wp == 255) return p;
        if (wn == 255) return n;
        int wb = Math.max(0, 255 - wp - wn);
        return 0xff000000
                | div255(((dst >> 16) & 0xff) * wb + ((p >> 16) & 0xff) * wp + ((n >> 16) & 0xff) * wn) << 16
                | div255(((dst >> 8) & 0xff) * wb + ((p >> 8) & 0xff) * wp + ((n >> 8) & 0xff) * wn) << 8
                | div255((dst & 0xff) * wb + (p & 0xff) * wp + (n & 0xff) * wn);
    }

    /** The colour without its opacity: the image stays opaque, which the line blending relies on. */
    static int opaque(Color c) {
        return 0xff000000 | ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }

    /**
     * A circle of radius r filled with one colour and outlined with another, the outline centred on the
     * circle as a canvas strokes it; dashed (in pixels along the circle) when dashOn &gt; 0.
     */
    void disc(double cx, double cy, double r, Color fill, Color stroke, double strokeWidth, double dashOn,
              double dashOff) {
        int left = (int) Math.floor(cx);
        int top = (int) Math.floor(cy);
        DiscStamp stamp = stamp(new DiscStamp.Key(r, strokeWidth, dashOn, dashOff, quarter(cx - left),
                quarter(cy - top)));
        int fillRgb = opaque(fill);
        int strokeRgb = opaque(stroke);
        int fillRb = fillRgb & 0xff00ff;
        int fillG = fillRgb & 0xff00;
        int strokeRb = strokeRgb & 0xff00ff;
        int strokeG = strokeRgb & 0xff00;
        int size = stamp.size();
        int x0 = left - stamp.reach();
        int y0 = top - stamp.reach();
        int fromX = Math.max(clipLeft, x0);
        int toX = Math.min(clipRight, x0 + size);
        int fromY = Math.max(0, y0);
        int toY = Math.min(height, y0 + size);
        byte[] fills = stamp.fill();
        byte[] strokes = stamp.stroke();
        for (int y = fromY; y < toY; y++) {
            int s = (y - y0) * size + (fromX - x0);
            for (int index = y * width + fromX, end = y * width + toX; index < end; index++, s++) {
                int f = fills[s] & 0xff;
                int k = strokes[s] & 0xff;
                if (f != 0) pixels[index] = f == 255 ? fillRgb : mix(pixels[index], fillRb, fillG, f + 1);
                if (k != 0) pixels[index] = k == 255 ? strokeRgb : mix(pixels[index], strokeRb, strokeG, k + 1);
            }
        }
    }

    /** Sub-pixel positions are rounded to quarters, so that a network's circles share a few stamps. */
    private static double quarter(double fraction) { return Math.round(fraction * 4) / 4.0; }

    private final Map<DiscStamp.Key, DiscStamp> stamps = new HashMap<>();

    private DiscStamp stamp(DiscStamp.Key key) {
        DiscStamp stamp = stamps.get(key);
        if (stamp == null) {
            // A layout needs a few dozen (three looks at 25 sub-pixel positions, 1.5 kB each); a new size
            // brings new ones and makes the old ones useless.
            if (stamps.size() >= 512) stamps.clear();
            stamp = DiscStamp.of(key);
            stamps.put(key, stamp);
        }
        return stamp;
    }

    /**
     * The coverage of a circle's fill and outline over the pixels around it (0 to 255 in a byte), worked
     * out once per radius, outline and sub-pixel position: a neuron is then drawn by table lookup.
     */
    private record DiscStamp(int size, int reach, byte[] fill, byte[] stroke) {
        record Key(double r, double strokeWidth, double dashOn, double dashOff, double dx, double dy) {}

        static DiscStamp of(Key key) {
            double r = key.r();
            double halfStroke = key.strokeWidth() / 2;
            int reach = (int) Math.ceil(r + halfStroke + 1);
            int size = 2 * reach + 1;
            byte[] fill = new byte[size * size];
            byte[] stroke = new byte[size * size];
            double period = key.dashOn() + key.dashOff();
            for (int y = 0; y < size; y++) {
                double dy = y - reach + 0.5 - key.dy();
                for (int x = 0; x < size; x++) {
                    double dx = x - reach + 0.5 - key.dx();
                    double d = Math.sqrt(dx * dx + dy * dy);
                    int strokeCover = coverage(halfStroke - Math.abs(d - r) + 0.5);
                    if (strokeCover > 0 && key.dashOn() > 0) {
                        double along = (Math.atan2(dy, dx) + Math.PI) * r;
                        if (along % period >= key.dashOn()) strokeCover = 0;
                    }
                    fill[y * size + x] = (byte) Math.max(0, coverage(r - d + 0.5) - 1);
                    stroke[y * size + x] = (byte) Math.max(0, strokeCover - 1);
                }
            }
            return new DiscStamp(size, reach, fill, stroke);
        }
    }

    /** A covered fraction (clamped to 0..1) as 0..256. */
    private static int coverage(double fraction) {
        if (fraction <= 0) return 0;
        return fraction >= 1 ? 256 : (int) (fraction * 256);
    }

    /** A straight line of the given width, colour and opacity; dashed for a locked weight. */
    void line(double x0, double y0, double x1, double y1, double lineWidth, Color colour, double opacity,
              boolean dashed) {
        int r = (int) Math.round(colour.getRed() * 255);
        int g = (int) Math.round(colour.getGreen() * 255);
        int b = (int) Math.round(colour.getBlue() * 255);
        double alpha = colour.getOpacity() * opacity;
        // Walk the longer axis (u), from its smaller end; v is the other axis.
        boolean steep = Math.abs(y1 - y0) > Math.abs(x1 - x0);
        boolean reversed = steep ? y1 < y0 : x1 < x0;
        double u0 = steep ? (reversed ? y1 : y0) : (reversed ? x1 : x0);
        double v0 = steep ? (reversed ? x1 : x0) : (reversed ? y1 : y0);
        double u1 = steep ? (reversed ? y0 : y1) : (reversed ? x0 : x1);
        double v1 = steep ? (reversed ? x0 : x1) : (reversed ? y0 : y1);
        if (!dashed && alpha >= 1) {
            solidSpans(u0, v0, u1, v1, lineWidth, (r << 16) | (g << 8) | b, steep);
        } else {
            spans(u0, v0, u1, v1, lineWidth, r, g, b, alpha, dashed, steep);
        }
    }

    /**
     * The common case, an opaque solid line, in 16.16 fixed point: one step per pixel along the major
     * axis (u), covering the cross-section across it (v) with anti-aliased end pixels. The ends along u
     * lie under the neurons' circles, so they are not faded out.
     */
    /** u0 ≤ u1; transposed: u is y and v is x. */
    private void solidSpans(double u0, double v0, double u1, double v1, double lineWidth, int rgb,
                            boolean transposed) {
        double slope = u1 == u0 ? 0 : (v1 - v0) / (u1 - u0);
        double half = lineWidth / 2 * Math.sqrt(1 + slope * slope);
        // The clip is on x: across the line (v) when it is steep, along it (u) otherwise.
        int uLow = transposed ? 0 : clipLeft;
        int uHigh = transposed ? height : clipRight;
        int vLow = transposed ? clipLeft : 0;
        int vLimit = transposed ? clipRight : height;
        int uStart = Math.max(uLow, (int) Math.round(u0));
        int uEnd = Math.min(uHigh, (int) Math.round(u1));
        if (uStart >= uEnd) return;
        int stride = transposed ? 1 : width;
        int step = transposed ? width : 1;
        int opaque = 0xff000000 | rgb;
        int srcRb = rgb & 0xff00ff;
        int srcG = rgb & 0xff00;
        int slopeF = (int) Math.round(slope * 65536);
        int halfF = (int) Math.round(half * 65536);
        int vF = (int) Math.round((v0 + (uStart + 0.5 - u0) * slope) * 65536);
        int vLast = vF + slopeF * (uEnd - 1 - uStart);
        boolean inside = (Math.min(vF, vLast) - halfF >> 16) >= vLow && (Math.max(vF, vLast) + halfF >> 16) < vLimit;
        int[] px = pixels;
        int span = 2 * halfF;
        for (int base = uStart * step, end = uEnd * step, topF = vF - halfF; base != end; base += step, topF += slopeF) {
            int bottomF = topF + span;
            int first = topF >> 16;
            int last = bottomF >> 16;
            // Lines reach past a strip's edge only near their ends (under the neurons' circles).
            if (!inside && (first < vLow || last >= vLimit)) {
                clippedSpan(base, stride, topF, bottomF, vLow, vLimit, opaque, srcRb, srcG);
                continue;
            }
            int index = base + first * stride;
            if (first == last) {
                px[index] = mix(px[index], srcRb, srcG, span >> 8);
                continue;
            }
            px[index] = mix(px[index], srcRb, srcG, (0x10000 - (topF & 0xffff)) >> 8);
            int lastIndex = base + last * stride;
            for (index += stride; index < lastIndex; index += stride) px[index] = opaque;
            px[lastIndex] = mix(px[lastIndex], srcRb, srcG, (bottomF & 0xffff) >> 8);
        }
    }

    /** One cross-section of a solid line that reaches past the image's edge or the clip. */
    private void clippedSpan(int base, int stride, int topF, int bottomF, int vLow, int vLimit, int opaque,
                             int srcRb, int srcG) {
        int first = topF >> 16;
        int last = bottomF >> 16;
        for (int p = Math.max(vLow, first); p <= Math.min(vLimit - 1, last); p++) {
            int coverage = p == first && p == last ? (bottomF - topF) >> 8
                    : p == first ? (0x10000 - (topF & 0xffff)) >> 8
                    : p == last ? (bottomF & 0xffff) >> 8 : 256;
            int index = base + p * stride;
            pixels[index] = coverage >= 256 ? opaque : mix(pixels[index], srcRb, srcG, coverage);
        }
    }

    /**
     * An opaque colour (split into its red-blue and green parts) over an opaque pixel at coverage c/256:
     * both channel pairs are interpolated with one multiplication each.
     */
    static int mix(int dst, int srcRb, int srcG, int c) {
        int dstRb = dst & 0xff00ff;
        int dstG = dst & 0xff00;
        int rb = (dstRb + (((srcRb - dstRb) * c) >> 8)) & 0xff00ff;
        int g = (dstG + (((srcG - dstG) * c) >> 8)) & 0xff00;
        return 0xff000000 | rb | g;
    }

    /**
     * Walks the major axis (u) one pixel at a time and covers, across it (v), the line's cross-section
     * there; the partly covered end pixels of each span get partial opacity (anti-aliasing).
     */
    private void spans(double u0, double v0, double u1, double v1, double lineWidth, int r, int g, int b,
                       double alpha, boolean dashed, boolean transposed) {
        double slope = u1 == u0 ? 0 : (v1 - v0) / (u1 - u0);
        double stretch = Math.sqrt(1 + slope * slope);
        double half = lineWidth / 2 * stretch;
        int uLow = transposed ? 0 : clipLeft;
        int uHigh = transposed ? height : clipRight;
        int vLow = transposed ? clipLeft : 0;
        int vLimit = transposed ? clipRight : height;
        int uStart = Math.max(uLow, (int) Math.floor(u0));
        int uEnd = Math.min(uHigh - 1, (int) Math.ceil(u1) - 1);
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
                if (first >= vLow && first < vLimit) blend(base + first * stride, (bottom - top) * edgeAlpha, r, g, b);
                continue;
            }
            if (first >= vLow && first < vLimit) blend(base + first * stride, (first + 1 - top) * edgeAlpha, r, g, b);
            if (last >= vLow && last < vLimit) blend(base + last * stride, (bottom - last) * edgeAlpha, r, g, b);
            int from = Math.max(vLow, first + 1);
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
}
