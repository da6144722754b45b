package org.backpropfx.ui.chart;

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
import javafx.scene.input.MouseEvent;
import javafx.scene.text.TextAlignment;
import javafx.util.StringConverter;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.plot.EditMarks;
import org.backpropfx.plot.LossHistory;
import org.backpropfx.session.i18n.Texts;

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
    private final BooleanProperty autoScale = new SimpleBooleanProperty(this, "autoScale", true);
    private EditMarks edits = new EditMarks();
    private long drawnEditsVersion = -1;
    /** The pointer's x on the canvas, NaN when it is not over the plot: where the cross-hair reads the curves. */
    private double pointerX = Double.NaN;
    /** The area of the last drawing, to turn the pointer's position into an epoch. */
    private PlotArea drawnArea;
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

        ToggleButton log = new ToggleButton(Texts.get("plot.log"));
        log.setId("logScaleToggle");
        log.selectedProperty().bindBidirectional(logScale);
        // Only a click fixes the scale; until then it follows the range of the losses.
        log.setOnAction(e -> autoScale.set(false));
        ComboBox<Integer> range = new ComboBox<>();
        range.getItems().setAll(RANGES);
        range.setConverter(new StringConverter<>() {
            @Override public String toString(Integer n) {
                return n == null || n == 0 ? Texts.get("plot.wholeRun") : Texts.get("plot.last", String.format("%,d", n).replace(',', ' '));
            }
            @Override public Integer fromString(String s) { return 0; }
        });
        range.setValue(0);
        range.valueProperty().addListener((o, a, b) -> lastN.set(b == null ? 0 : b));
        lastN.addListener((o, a, b) -> { if (!Objects.equals(range.getValue(), b.intValue())) range.setValue(b.intValue()); });
        log.setMinWidth(USE_PREF_SIZE);
        range.setMinWidth(USE_PREF_SIZE);
        addControls(log, range);
        watch(notation, digits, logScale, lastN, autoScale);
        canvas().addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointAt(toDrawing(e.getX())));
        canvas().addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> pointAt(toDrawing(e.getX())));
        canvas().addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointAt(Double.NaN));
    }

    /**
     * A range of losses wider than this ratio (two decades) is shown on a logarithmic scale unless the user
     * chose the scale: on a linear one, a run that went from 0.25 to 10⁻⁵ is a flat line at zero.
     */
    static final double LOG_RANGE = 100;

    /** True until the user picks the scale: log once the losses span more than two decades, else linear. */
    public BooleanProperty autoScaleProperty() { return autoScale; }

    /** Hand edits that changed the loss, drawn as marked points. */
    public void showEdits(EditMarks marks) {
        edits = Objects.requireNonNull(marks, "marks");
        drawnEditsVersion = -1;
        invalidatePlot();
    }

    /** Moves the cross-hair to x in the drawing's units (the canvas's over the zoom; NaN: none). */
    void pointAt(double canvasX) {
        if (Double.compare(canvasX, pointerX) == 0) return;
        pointerX = canvasX;
        invalidatePlot();
    }

    /** Logarithmic y axis; values ≤ 0 are then left out. */
    public BooleanProperty logScaleProperty() { return logScale; }

    /** Show only the last N points (0: the whole run). */
    public IntegerProperty lastNProperty() { return lastN; }

    /** Redraw on the next frame, e.g. after appending to a history when nothing else in the scene changes. */
    public void requestRedraw() { invalidatePlot(); }

    @Override boolean dataChanged() {
        if (edits.version() != drawnEditsVersion) return true;
        for (int k = 0; k < series.size(); k++) {
            if (series.get(k).history().version() != drawnVersions[k]) return true;
        }
        return false;
    }

    /** The curves, in drawing order. */
    List<LossSeries> series() { return series; }

    /** How many points the last redraw drew, over all series. */
    int drawnPointCount() { return drawnPoints; }

    /** Where the last drawing put its axes, or null if it drew a message instead. */
    PlotArea drawnArea() { return drawnArea; }

    @Override void draw(GraphicsContext g, double width, double height) {
        drawnPoints = 0;
        drawnArea = null;
        g.setFill(ink().background());
        g.fillRect(0, 0, width, height);
        int count = lastN.get();
        double left = 60, top = 22, right = 12, bottom = 36;
        int pixels = Math.max(2, (int) (width - left - right));

        boolean log = logScale.get();
        if (autoScale.get()) {
            log = spansDecades(count, pixels);
            // The toggle shows the scale chosen; the change asks for one more drawing, which finds the same.
            if (log != logScale.get()) logScale.set(log);
        }
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
                points = thinned(history, every, count, pixels, log);
                latest.add(history.last());
                longest = Math.max(longest, history.count() * every);
            }
            lines.add(points);
            if (!points.isEmpty()) {
                yMin = Math.min(yMin, points.minY());
                yMax = Math.max(yMax, points.maxY());
            }
        }
        drawnEditsVersion = edits.version();
        List<EditMarks.Mark> marks = new ArrayList<>();
        double x0 = count > 0 ? Math.max(1, longest - count + 1) : 1;
        for (EditMarks.Mark m : edits.marks()) {
            if (m.x() < x0 || (log && !(m.loss() > 0))) continue;
            marks.add(m);
            yMin = Math.min(yMin, m.loss());
            yMax = Math.max(yMax, m.loss());
        }
        double lastMark = marks.isEmpty() ? 0 : marks.get(marks.size() - 1).x();
        if ((longest == 0 && marks.isEmpty()) || !(yMax >= yMin)) {
            PlotArea.message(g, ink(), width, height, longest == 0 && marks.isEmpty() ? Texts.get("plot.noLoss")
                    : Texts.get("plot.nothingAboveZero"));
            return;
        }
        double x1 = Math.max(longest, lastMark);
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
        PlotArea area = new PlotArea(left, top, width - left - right, height - top - bottom, x0, x1, y0, y1, log)
                .withRoomForYLabels();
        area.drawAxes(g, ink(), xTitle, null, true);

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
        drawEdits(g, area, marks);
        g.restore();
        drawnArea = area;
        drawLegend(g, width, latest, longest, !marks.isEmpty());
        if (!isPrinting() && !Double.isNaN(pointerX)) drawCrossHair(g, area, longest);
    }

    /** Whether the positive losses in view span more than {@link #LOG_RANGE}. */
    private boolean spansDecades(int count, int pixels) {
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (LossSeries s : series) {
            LossHistory.Points p = thinned(s.history(), s.every(), count, pixels, true);
            if (p.isEmpty()) continue;
            lo = Math.min(lo, p.minY());
            hi = Math.max(hi, p.maxY());
        }
        for (EditMarks.Mark m : edits.marks()) {
            if (m.loss() > 0) {
                lo = Math.min(lo, m.loss());
                hi = Math.max(hi, m.loss());
            }
        }
        return hi > 0 && lo > 0 && hi / lo > LOG_RANGE;
    }

    private static LossHistory.Points thinned(LossHistory history, int every, int count, int pixels, boolean log) {
        return count > 0 ? history.downsampleLast(Math.max(1, count / every), pixels, log) : history.downsample(pixels, log);
    }

    /** Each edit as a diamond in the text colour, the word "edit" above it. */
    private void drawEdits(GraphicsContext g, PlotArea area, List<EditMarks.Mark> marks) {
        g.setFont(PlotStyle.LABEL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (EditMarks.Mark m : marks) {
            double x = area.px(m.x());
            double y = area.py(m.loss());
            diamond(g, x, y, 5);
            g.setFill(ink().text());
            g.fillText(Texts.get("plot.edit"), x, Math.max(area.top + 12, y - 6));
        }
    }

    private void diamond(GraphicsContext g, double x, double y, double r) {
        g.setFill(ink().background());
        g.setStroke(ink().text());
        g.setLineWidth(1.5);
        double[] xs = {x, x + r, x, x - r};
        double[] ys = {y - r, y, y + r, y};
        g.fillPolygon(xs, ys, 4);
        g.strokePolygon(xs, ys, 4);
    }

    /**
     * A vertical line at the epoch under the pointer, a dot on each curve there, and a box reading "epoch 1 234:
     * training 0.0123, test 0.0150" with the values of that epoch (the test loss of the latest test epoch up
     * to it).
     */
    private void drawCrossHair(GraphicsContext g, PlotArea area, long longest) {
        List<String> parts = readout(area, pointerX, longest);
        if (parts == null) return;
        double epoch = Math.max(area.x0, Math.min(area.x1, Math.round(area.x0 + (pointerX - area.left) / area.width
                * (area.x1 - area.x0))));
        double x = PlotArea.snap(area.px(epoch));
        g.setStroke(ink().axis());
        g.setLineWidth(1);
        g.setLineDashes(4, 3);
        g.strokeLine(x, area.top, x, area.bottom());
        g.setLineDashes((double[]) null);
        for (int k = 0; k < series.size(); k++) {
            double value = readValue(series.get(k), (long) epoch);
            if (Double.isNaN(value) || (area.logY && !(value > 0))) continue;
            double at = series.get(k).every() * Math.floor(epoch / series.get(k).every());
            g.setFill(series.get(k).colour());
            g.fillOval(area.px(at) - 3.5, area.insideY(area.py(value)) - 3.5, 7, 7);
        }
        String text = String.join("   ", parts);
        g.setFont(PlotStyle.LABEL);
        double w = TextWidth.of(text, PlotStyle.LABEL) + 12;
        double bx = x + 8 + w <= area.right() ? x + 8 : Math.max(area.left, x - 8 - w);
        double by = area.top + 4;
        g.setFill(ink().background().deriveColor(0, 1, 1, 0.92));
        g.fillRect(bx, by, w, 20);
        g.setStroke(ink().axis());
        g.strokeRect(PlotArea.snap(bx), PlotArea.snap(by), Math.round(w), 20);
        g.setFill(ink().text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, bx + 6, by + 10);
    }

    /** What the cross-hair at canvas x reads: "epoch 12", then each series' value there; null off the curve. */
    List<String> readout(PlotArea area, double canvasX, long longest) {
        if (area == null || Double.isNaN(canvasX) || canvasX < area.left || canvasX > area.right() || longest == 0) return null;
        long epoch = Math.max((long) area.x0, Math.min(longest, Math.round(area.x0 + (canvasX - area.left) / area.width
                * (area.x1 - area.x0))));
        SignificantFormat format = format();
        List<String> parts = new ArrayList<>();
        parts.add(xTitle + " " + PlotArea.whole(epoch) + ":");
        for (LossSeries s : series) {
            double value = readValue(s, epoch);
            parts.add(s.name() + " " + (Double.isNaN(value) ? "–" : format.format(value)));
        }
        return parts;
    }

    /** The series' value at the epoch: value k is at epoch every·(k + 1), so the latest one up to it; NaN before the first. */
    private static double readValue(LossSeries s, long epoch) {
        LossHistory history = s.history();
        synchronized (history) {
            long k = Math.min(history.count(), epoch / s.every()) - 1;
            return k < 0 ? Double.NaN : history.get(k);
        }
    }

    /** The cross-hair's reading at the pointer now, for tests; null when there is none. */
    List<String> pointerReadout() {
        long longest = 0;
        for (LossSeries s : series) longest = Math.max(longest, s.history().count() * s.every());
        return readout(drawnArea, pointerX, longest);
    }

    private SignificantFormat format() {
        int d = digits == null ? SignificantFormat.DEFAULT_DIGITS : digits.getValue().intValue();
        return Texts.numbers(Math.max(SignificantFormat.MIN_DIGITS, Math.min(SignificantFormat.MAX_DIGITS, d)));
    }

    private void drawLegend(GraphicsContext g, double width, List<Double> latest, long lastX, boolean withEdits) {
        Notation n = notation == null ? Notation.GRADIENT : notation.getValue();
        int d = digits == null ? SignificantFormat.DEFAULT_DIGITS : digits.getValue().intValue();
        SignificantFormat format = Texts.numbers(Math.max(SignificantFormat.MIN_DIGITS,
                Math.min(SignificantFormat.MAX_DIGITS, d)));
        String symbol = n.objectiveSign() + n.objectiveSymbol();
        g.setFont(PlotStyle.LABEL);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double x = 8;
        g.setFill(ink().text());
        String head = Texts.get("plot.at", symbol, xTitle, PlotArea.whole(lastX));
        g.fillText(head, x, 11);
        x += TextWidth.of(head, PlotStyle.LABEL) + 10;
        for (int k = 0; k < series.size(); k++) {
            double value = latest.get(k);
            String text = series.get(k).name() + " " + (Double.isNaN(value) ? "–" : format.format(value));
            g.setFill(series.get(k).colour());
            g.fillRect(x, 7, 12, 8);
            g.setFill(ink().text());
            g.fillText(text, x + 16, 11);
            x += 16 + TextWidth.of(text, PlotStyle.LABEL) + 14;
            if (x > width) break;
        }
        if (withEdits && x + 60 < width) {
            diamond(g, x + 5, 11, 4);
            g.setFill(ink().text());
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(Texts.get("plot.handEdit"), x + 14, 11);
        }
    }
}
