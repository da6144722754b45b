package org.backpropfx.ui.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.TextAlignment;
import javafx.util.StringConverter;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.plot.LossHistory;

/**
 * The loss curve: one line per {@link LossSeries}, linear or logarithmic, over the whole run or the
 * last N points, with the latest values written above the plot. Each line is thinned to at most two
 * points per horizontal pixel (each pixel's minimum and maximum), so a run of millions of epochs
 * draws as fast as a short one and spikes stay visible.
 *
 * <p>The plot redraws when the notation or digits change, when {@link #requestRedraw()} is called, and
 * on any frame in which one of its histories has grown or been cleared (it compares the histories'
 * versions on every pulse, so appending from the training thread needs no call).
 */
public final class LossPlot extends PlotCanvas {
    /** The choices of the range box; 0 means the whole run. */
    public static final List<Integer> RANGES = List.of(0, 100, 1_000, 10_000, 100_000);

    private final List<LossSeries> series;
    private final ObservableValue<Notation> notation;
    private final ObservableValue<? extends Number> digits;
    private final String xTitle;
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", false);
    private final IntegerProperty lastN = new SimpleIntegerProperty(this, "lastN", 0);
    private long[] drawnVersions;
    private volatile int drawnPoints;

    /**
     * @param xTitle what one step on the x axis is: "epoch" (or "sample" for a per-sample curve)
     * @param notation the notation of the axis title (E, or −P in the MIT notation); may be null for E
     * @param digits significant digits of the latest values; may be null for 4
     * @param series the curves, drawn in this order, the first one on the bottom
     */
    public LossPlot(String xTitle, ObservableValue<Notation> notation, ObservableValue<? extends Number> digits,
                    LossSeries... series) {
        if (series.length == 0) throw new IllegalArgumentException("a loss plot needs at least one series");
        this.xTitle = Objects.requireNonNull(xTitle, "xTitle");
        this.series = List.of(series);
        this.notation = notation;
        this.digits = digits;
        this.drawnVersions = new long[series.length];
        getStyleClass().add("loss-plot");

        ToggleButton log = new ToggleButton("Log scale");
        log.selectedProperty().bindBidirectional(logScale);
        ComboBox<Integer> range = new ComboBox<>();
        range.getItems().setAll(RANGES);
        range.setConverter(new StringConverter<>() {
            @Override public String toString(Integer n) {
                return n == null || n == 0 ? "Whole run" : "Last " + String.format("%,d", n).replace(',', ' ');
            }
            @Override public Integer fromString(String s) { return 0; }
        });
        range.setValue(0);
        range.valueProperty().addListener((o, a, b) -> lastN.set(b == null ? 0 : b));
        lastN.addListener((o, a, b) -> { if (!Objects.equals(range.getValue(), b.intValue())) range.setValue(b.intValue()); });
        addControls(log, range);
        watch(notation, digits, logScale, lastN);
    }

    /** Logarithmic y axis; values ≤ 0 are then left out. */
    public BooleanProperty logScaleProperty() { return logScale; }

    /** Show only the last N points (0: the whole run). */
    public IntegerProperty lastNProperty() { return lastN; }

    /** Redraw on the next frame, e.g. after appending to a history when nothing else in the scene changes. */
    public void requestRedraw() { invalidatePlot(); }

    @Override boolean dataChanged() {
        for (int k = 0; k < series.size(); k++) {
            if (series.get(k).history().version() != drawnVersions[k]) return true;
        }
        return false;
    }

    /** The curves, in drawing order. */
    List<LossSeries> series() { return series; }

    /** How many points the last redraw drew, over all series. */
    int drawnPointCount() { return drawnPoints; }

    @Override void draw(GraphicsContext g, double width, double height) {
        drawnPoints = 0;
        g.setFill(PlotStyle.background());
        g.fillRect(0, 0, width, height);
        boolean log = logScale.get();
        int count = lastN.get();
        double left = 60, top = 22, right = 12, bottom = 36;
        int pixels = Math.max(2, (int) (width - left - right));

        List<LossHistory.Points> lines = new ArrayList<>(series.size());
        List<Double> latest = new ArrayList<>(series.size());
        long longest = 0;
        double yMin = Double.POSITIVE_INFINITY, yMax = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < series.size(); k++) {
            LossHistory history = series.get(k).history();
            int every = series.get(k).every();
            LossHistory.Points points;
            synchronized (history) {
                // One consistent view: the training thread may append between these calls otherwise.
                drawnVersions[k] = history.version();
                points = count > 0 ? history.downsampleLast(Math.max(1, count / every), pixels, log)
                        : history.downsample(pixels, log);
                latest.add(history.last());
                longest = Math.max(longest, history.count() * every);
            }
            lines.add(points);
            if (!points.isEmpty()) {
                yMin = Math.min(yMin, points.minY());
                yMax = Math.max(yMax, points.maxY());
            }
        }
        if (longest == 0 || !(yMax >= yMin)) {
            PlotArea.message(g, width, height, longest == 0 ? "No loss yet: train a sample or an epoch"
                    : "Nothing above 0 to show on a logarithmic scale");
            return;
        }
        double x1 = longest;
        double x0 = count > 0 ? Math.max(1, longest - count + 1) : 1;
        if (x1 <= x0) x1 = x0 + 1;
        double y0, y1;
        if (log) {
            y0 = yMin / 1.25;
            y1 = yMax * 1.25;
        } else {
            double pad = Math.max(yMax - yMin, Math.abs(yMax) * 1e-3 + 1e-12) * 0.06;
            y0 = Math.max(0, yMin - pad);
            y1 = yMax + pad;
        }
        PlotArea area = new PlotArea(left, top, width - left - right, height - top - bottom, x0, x1, y0, y1, log);
        area.drawAxes(g, xTitle, null);

        area.clip(g);
        g.setLineWidth(1.5);
        for (int k = 0; k < lines.size(); k++) {
            LossHistory.Points p = lines.get(k);
            double every = series.get(k).every();
            g.setStroke(series.get(k).colour());
            g.setFill(series.get(k).colour());
            drawnPoints += p.size();
            if (p.isEmpty()) continue;
            if (p.size() == 1) {
                g.fillOval(area.px(every * p.x(0)) - 2.5, area.py(p.y(0)) - 2.5, 5, 5);
                continue;
            }
            g.beginPath();
            g.moveTo(area.px(every * p.x(0)), area.py(p.y(0)));
            for (int i = 1; i < p.size(); i++) g.lineTo(area.px(every * p.x(i)), area.py(p.y(i)));
            g.stroke();
        }
        g.restore();
        drawLegend(g, width, latest, longest);
    }

    private void drawLegend(GraphicsContext g, double width, List<Double> latest, long lastX) {
        Notation n = notation == null ? Notation.GRADIENT : notation.getValue();
        int d = digits == null ? SignificantFormat.DEFAULT_DIGITS : digits.getValue().intValue();
        SignificantFormat format = new SignificantFormat(Math.max(SignificantFormat.MIN_DIGITS,
                Math.min(SignificantFormat.MAX_DIGITS, d)));
        String symbol = n == Notation.MIT ? "−" + n.objectiveSymbol() : n.objectiveSymbol();
        g.setFont(PlotStyle.LABEL);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double x = 8;
        g.setFill(PlotStyle.text());
        String head = symbol + " at " + xTitle + " " + lastX + ":";
        g.fillText(head, x, 11);
        x += TextWidth.of(head, PlotStyle.LABEL) + 10;
        for (int k = 0; k < series.size(); k++) {
            double value = latest.get(k);
            String text = series.get(k).name() + " " + (Double.isNaN(value) ? "–" : format.format(value));
            g.setFill(series.get(k).colour());
            g.fillRect(x, 7, 12, 8);
            g.setFill(PlotStyle.text());
            g.fillText(text, x + 16, 11);
            x += 16 + TextWidth.of(text, PlotStyle.LABEL) + 14;
            if (x > width) break;
        }
    }
}
