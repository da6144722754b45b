package org.backpropfx.ui.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.plot.AxisTicks;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;

/**
 * A rectangle of the canvas showing data range [x0, x1] × [y0, y1], linear or logarithmic in y, with
 * the conversions between the two and the axes drawn around it.
 */
final class PlotArea {


    final double left;
    final double top;
    final double width;
    final double height;
    final double x0;
    final double x1;
    final double y0;
    final double y1;
    final boolean logY;

    PlotArea(double left, double top, double width, double height, double x0, double x1, double y0, double y1,
             boolean logY) {
        this.left = left;
        this.top = top;
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        this.x0 = x0;
        this.x1 = x1 > x0 ? x1 : x0 + 1;
        if (logY) {
            this.y0 = y0 > 0 ? y0 : 1e-12;
            this.y1 = y1 > this.y0 ? y1 : this.y0 * 10;
        } else {
            this.y0 = y0;
            this.y1 = y1 > y0 ? y1 : y0 + 1;
        }
        this.logY = logY;
    }

    double right() { return left + width; }

    double bottom() { return top + height; }

    double px(double x) { return left + (x - x0) / (x1 - x0) * width; }

    double py(double y) {
        double t = logY ? (Math.log10(y) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0)) : (y - y0) / (y1 - y0);
        return bottom() - t * height;
    }

    private double[] yTicks() {
        int yRoom = Math.max(3, (int) (height / 28));
        return logY ? AxisTicks.log(y0, y1, yRoom) : AxisTicks.linear(y0, y1, yRoom);
    }

    /** The y axis's labels, as {@link #drawAxes} writes them. */
    Collection<String> yLabels() { return yLabels(yTicks()).values(); }

    /** The y axis's labels by the tick they stand at, as {@link #drawAxes} writes them. */
    private Map<Double, String> yLabels(double[] yt) {
        int yRoom = Math.max(3, (int) (height / 28));
        SignificantFormat yFormat = tickFormat(yt);
        // On a log axis every decade has its grid line; when not all decade labels fit, every k-th has one.
        boolean decadesOnly = logY && allMatch(yt, AxisTicks::isPowerOfTen);
        boolean oneTwoFive = logY && allMatch(yt, PlotArea::isOneTwoFive);
        int every = decadesOnly ? AxisTicks.logLabelEvery(yt.length - 1, yRoom) : 1;
        Map<Double, String> labels = new LinkedHashMap<>();
        for (double t : yt) {
            if (decadesOnly && Math.floorMod(Math.round(Math.log10(t)), every) != 0) continue;
            labels.put(t, oneTwoFive ? logLabel(t) : yFormat.format(t));
        }
        return labels;
    }

    /**
     * This plot, its left edge moved right if its widest y label would not fit in front of it
     * ("1.2501×10¹¹" does not fit in 60 pixels, and was cut to ".2501×10¹¹").
     */
    PlotArea withRoomForYLabels() {
        double widest = 0;
        for (String label : yLabels(yTicks()).values()) widest = Math.max(widest, TextWidth.of(label, PlotStyle.LABEL));
        double needed = Math.ceil(widest + 8);
        if (needed <= left) return this;
        return new PlotArea(needed, top, width - (needed - left), height, x0, x1, y0, y1, logY);
    }

    /** Grid lines, tick labels, axis titles. */
    void drawAxes(GraphicsContext g, PlotStyle.Ink ink, String xTitle, String yTitle) {
        drawAxes(g, ink, xTitle, yTitle, false);
    }

    /**
     * Grid lines, tick labels, axis titles.
     *
     * @param wholeX the x axis counts epochs or samples: ticks only at whole numbers, written in full
     */
    void drawAxes(GraphicsContext g, PlotStyle.Ink ink, String xTitle, String yTitle, boolean wholeX) {
        // Room for a label of "800 000" every 80 pixels; two more ticks asked for, since the step then rounds up
        // (to 5·10ᵏ rather than 2·10ᵏ) less often and a narrow plot keeps more than one label.
        double[] xt = wholeX ? AxisTicks.integers(x0, x1, Math.max(2, (int) (width / 80)) + 2)
                : AxisTicks.linear(x0, x1, Math.max(3, (int) (width / 70)));
        double[] yt = yTicks();
        SignificantFormat xFormat = tickFormat(xt);
        g.setLineWidth(1);
        g.setStroke(ink.grid());
        for (double t : xt) line(g, snap(px(t)), top, snap(px(t)), bottom());
        for (double t : yt) line(g, left, snap(py(t)), right(), snap(py(t)));
        g.setStroke(ink.axis());
        g.strokeRect(snap(left), snap(top), Math.round(width), Math.round(height));

        g.setFill(ink.muted());
        g.setFont(PlotStyle.LABEL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : xt) g.fillText(wholeX ? whole(t) : xFormat.format(t), px(t), bottom() + 3);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        Map<Double, String> yLabels = yLabels(yt);
        for (Map.Entry<Double, String> label : yLabels.entrySet()) {
            g.fillText(label.getValue(), left - 4, py(label.getKey()));
        }

        g.setFill(ink.text());
        if (xTitle != null) {
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(xTitle, right(), bottom() + 17);
        }
        if (yTitle != null) {
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(yTitle, left + 2, top - 2);
        }
    }

    private static boolean allMatch(double[] ticks, DoublePredicate test) {
        for (double t : ticks) if (!test.test(t)) return false;
        return true;
    }

    /** 1, 2 or 5 times a power of ten. */
    static boolean isOneTwoFive(double t) {
        if (!(t > 0)) return false;
        double m = t / Math.pow(10, Math.floor(Math.log10(t) + 1e-9));
        return Math.abs(m - 1) < 1e-9 || Math.abs(m - 2) < 1e-9 || Math.abs(m - 5) < 1e-9;
    }

    /** 17 000 000: a whole number in full, in groups of three. */
    static String whole(double t) {
        return String.format(Locale.ROOT, "%,d", Math.round(t)).replace(',', '\u2009');
    }

    /** 0.001 to 1000 as decimals; beyond that 10⁻⁶, 2×10⁻⁶, 10⁸ (the 1-2-5 ticks of a logarithmic axis). */
    static String logLabel(double t) {
        int e = (int) Math.floor(Math.log10(t) + 1e-9);
        long m = Math.round(t / Math.pow(10, e));
        if (e >= -3 && e <= 3) return new BigDecimal(m).scaleByPowerOfTen(e).toPlainString();
        StringBuilder power = new StringBuilder("10");
        for (char c : Integer.toString(e).toCharArray()) power.append(c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
        return m == 1 ? power.toString() : m + "×" + power;
    }

    /** Enough significant digits to tell neighbouring ticks apart: −0.3341 and −0.3342, not −0.334 twice. */
    private static SignificantFormat tickFormat(double[] ticks) {
        if (ticks.length < 2) return Texts.numbers(3);
        double step = Math.abs(ticks[1] - ticks[0]);
        double largest = 0;
        for (double t : ticks) largest = Math.max(largest, Math.abs(t));
        if (!(step > 0) || !(largest > 0)) return Texts.numbers(3);
        int digits = (int) (Math.floor(Math.log10(largest)) - Math.floor(Math.log10(step) + 1e-9)) + 1;
        return Texts.numbers(Math.max(SignificantFormat.MIN_DIGITS, Math.min(SignificantFormat.MAX_DIGITS, digits)));
    }

    /**
     * Starts drawing the data, up to {@link GraphicsContext#restore()}. There is no canvas clip: in the
     * software pipeline a clip costs a full-size mask on every frame, which stalled live training. The
     * data stays inside instead because each plot's ranges are taken from its data, and lines that can
     * leave the area go through {@link #strokeInside}.
     */
    void clip(GraphicsContext g) {
        g.save();
    }

    /** Strokes the part of the segment (in pixels) that lies inside the plot area (Liang–Barsky). */
    void strokeInside(GraphicsContext g, double xa, double ya, double xb, double yb) {
        double dx = xb - xa;
        double dy = yb - ya;
        double t0 = 0;
        double t1 = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {xa - left, left + width - xa, ya - top, top + height - ya};
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) return;
                continue;
            }
            double t = q[k] / p[k];
            if (p[k] < 0) t0 = Math.max(t0, t);
            else t1 = Math.min(t1, t);
        }
        if (t0 > t1) return;
        g.strokeLine(xa + t0 * dx, ya + t0 * dy, xa + t1 * dx, ya + t1 * dy);
    }

    /** The pixel x coordinate pulled into the plot area. */
    double insideX(double px) { return Math.max(left, Math.min(left + width, px)); }

    /** The pixel y coordinate pulled into the plot area. */
    double insideY(double py) { return Math.max(top, Math.min(top + height, py)); }

    private static void line(GraphicsContext g, double xa, double ya, double xb, double yb) {
        g.strokeLine(xa, ya, xb, yb);
    }

    /** Half-pixel positions make one-pixel lines crisp. */
    static double snap(double v) { return Math.floor(v) + 0.5; }

    /** A message in the middle of an empty plot. */
    static void message(GraphicsContext g, PlotStyle.Ink ink, double width, double height, String text) {
        g.setFill(ink.muted());
        g.setFont(PlotStyle.MESSAGE);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, width / 2, height / 2, Math.max(40, width - 20));
    }
}
