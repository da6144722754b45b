package org.backpropfx.ui.chart;

import java.util.List;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ToggleButton;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.engine.ConfusionMatrix;
import org.backpropfx.plot.ClassPalette;
import org.backpropfx.session.ClassCounts;
import org.backpropfx.stepper.Snapshot;

/**
 * The confusion matrix of a classification lesson: one row per target class, one column per class the
 * network picks (the largest output, or output ≥ 0.5 for a single one), each cell the number of samples,
 * shaded by its share of the row; the diagonal holds the samples it gets right. Above it the accuracy as a
 * count and a percentage; a switch shows the training or the test samples. The counts come from the
 * session ({@link ClassCounts}), which counts off the JavaFX thread, so the panel follows training live.
 */
public final class ConfusionMatrixView extends PlotCanvas {
    private static final Font CELL = Font.font(null, FontWeight.BOLD, 14);

    private final ClassCounts counts;
    private final BooleanProperty test = new SimpleBooleanProperty(this, "test", false);
    private final ToggleButton testButton = new ToggleButton(Texts.get("confusion.testButton"));
    private final ObjectProperty<List<String>> classNames =
            new SimpleObjectProperty<>(this, "classNames", List.of());

    /**
     * @param counts the session's counts
     * @param snapshot the step shown, to say when the counts are still those of an earlier step
     * @param digits unused for counts, watched so that the panel redraws with the rest of the window
     */
    public ConfusionMatrixView(ClassCounts counts, ObservableValue<Snapshot> snapshot, ObservableValue<? extends Number> digits) {
        this.counts = Objects.requireNonNull(counts, "counts");
        getStyleClass().add("confusion-matrix");
        ToggleButton trainingButton = new ToggleButton(Texts.get("confusion.trainingButton"));
        trainingButton.setId("confusionTraining");
        testButton.setId("confusionTest");
        org.controlsfx.control.SegmentedButton which = Segments.of(trainingButton, testButton);
        trainingButton.setSelected(true);
        testButton.selectedProperty().bindBidirectional(test);
        addControls(which);
        counts.countsProperty().addListener((o, was, is) -> testButton.setDisable(is == null || is.test() == null));
        testButton.setDisable(counts.getCounts() == null || counts.getCounts().test() == null);
        watch(counts.countsProperty(), counts.classificationProperty(), test, digits, classNames);
    }

    /** The lesson's class names, one per output, written beside the rows and above the columns; empty: 1 to K. */
    public ObjectProperty<List<String>> classNamesProperty() { return classNames; }

    /** True: the test samples are shown; false: the training samples. */
    public BooleanProperty testProperty() { return test; }

    /** The matrix on show now; null when there is none (not a classification lesson, not counted yet, no test samples). */
    public ConfusionMatrix shown() {
        ClassCounts.Counts c = counts.getCounts();
        if (c == null) return null;
        return test.get() ? c.test() : c.training();
    }

    /** What the panel writes above the matrix: "training samples: 28 of 30 right (93.3 %)", or why there is no matrix. */
    public String heading() {
        if (!counts.isClassification()) {
            return Texts.get("confusion.needsClasses");
        }
        ClassCounts.Counts c = counts.getCounts();
        if (c == null) return Texts.get("confusion.counting");
        ConfusionMatrix m = shown();
        if (m == null) return Texts.get("confusion.noTest");
        return Texts.get(test.get() ? "confusion.test" : "confusion.training", AccuracyText.counted(m));
    }

    /** The name of class k as the panel writes it: 0 and 1 for a single output, 1 to K for several outputs. */
    static String className(int k, int classes, boolean singleOutput) {
        return singleOutput ? Integer.toString(k) : Integer.toString(k + 1);
    }

    /** Class k's name from the lesson when its classes have names, else its number as {@link #className} writes it. */
    String labelOf(int k, int classes, boolean singleOutput) {
        List<String> names = classNames.get();
        return !singleOutput && names != null && names.size() == classes ? names.get(k) : className(k, classes, singleOutput);
    }

    /** {@code text} cut to {@code width} pixels in {@code font}, with "…" where it was cut. */
    static String fitted(String text, Font font, double width) {
        return TextWidth.fitted(text, font, width);
    }

    @Override void draw(GraphicsContext g, double width, double height) {
        PlotStyle.Ink ink = ink();
        g.setFill(ink.background());
        g.fillRect(0, 0, width, height);
        ConfusionMatrix m = shown();
        String heading = heading();
        if (m == null) {
            PlotArea.message(g, ink, width, height, heading);
            return;
        }
        int k = m.classes();
        ClassCounts.Counts c = counts.getCounts();
        boolean single = c.snapshot().size(c.snapshot().layerCount()) == 1;
        g.setFont(PlotStyle.TITLE);
        g.setFill(ink.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(heading, 8, 12);

        // Named classes get a wider margin for their names beside the rows.
        boolean named = !labelOf(0, k, single).equals(className(0, k, single));
        double left = named ? 200 : 140, top = 44, right = 64, bottom = 8;
        double cell = Math.max(14, Math.min((width - left - right) / k, (height - top - bottom) / k));
        cell = Math.min(cell, 72);
        // Named columns widen, as far as the panel allows, until their names fit beside their swatches.
        double wide = cell;
        if (named) {
            double widest = 0;
            for (int j = 0; j < k; j++) widest = Math.max(widest, TextWidth.of(labelOf(j, k, single), PlotStyle.LABEL));
            wide = Math.max(cell, Math.min(widest + 22, Math.min(140, (width - left - right) / k)));
        }
        g.setFont(PlotStyle.LABEL);
        g.setFill(ink.muted());
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Texts.get("confusion.picked"), left - 6, top - 12);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(Texts.get("confusion.target"), 8, top - 12);
        for (int j = 0; j < k; j++) {
            double x = named ? left + j * wide + 15 : left + j * cell + cell / 2;
            swatch(g, j, x - 12, top - 17);
            g.setFill(ink.text());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(named ? fitted(labelOf(j, k, single), PlotStyle.LABEL, wide - 17) : className(j, k, single), x,
                    top - 12);
        }
        for (int a = 0; a < k; a++) {
            double y = top + a * cell;
            swatch(g, a, left - 30, y + cell / 2 - 5);
            g.setFill(ink.text());
            if (named) {
                // "target ↓" stands above the names, so they end just before the swatch.
                g.setTextAlign(TextAlignment.RIGHT);
                g.fillText(fitted(labelOf(a, k, single), PlotStyle.LABEL, left - 46), left - 36, y + cell / 2);
            } else {
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText(className(a, k, single), left - 17, y + cell / 2);
            }
            int rowTotal = m.rowTotal(a);
            for (int p = 0; p < k; p++) {
                int n = m.count(a, p);
                double share = rowTotal == 0 ? 0 : (double) n / rowTotal;
                Color base = a == p ? PlotStyle.BLUE : PlotStyle.VERMILLION;
                Color fill = ink.background().interpolate(base, 0.85 * share);
                double x = left + p * wide;
                g.setFill(fill);
                g.fillRect(x, y, wide, cell);
                g.setStroke(ink.grid());
                g.setLineWidth(1);
                g.strokeRect(PlotArea.snap(x), PlotArea.snap(y), Math.round(wide), Math.round(cell));
                g.setFill(readableOn(fill, ink));
                g.setFont(cell >= 28 ? CELL : PlotStyle.LABEL);
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(Integer.toString(n), x + wide / 2, y + cell / 2);
            }
            g.setFont(PlotStyle.LABEL);
            g.setFill(ink.muted());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(Texts.get("confusion.inAll", rowTotal), left + k * wide + 8, y + cell / 2);
        }
        g.setStroke(ink.axis());
        g.strokeRect(PlotArea.snap(left), PlotArea.snap(top), Math.round(wide * k), Math.round(cell * k));
    }

    private static void swatch(GraphicsContext g, int k, double x, double y) {
        int rgb = ClassPalette.rgb(k);
        g.setFill(Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF));
        g.fillOval(x, y, 10, 10);
    }

    /** The plot's text colour or its background, whichever stands out more on {@code fill}. */
    static Color readableOn(Color fill, PlotStyle.Ink ink) {
        return contrast(fill, ink.text()) >= contrast(fill, ink.background()) ? ink.text() : ink.background();
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
