package org.backpropfx.ui.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import org.backpropfx.session.i18n.Texts;
import org.backpropfx.ui.draw.RedrawOnPulse;

/**
 * The draw lifecycle every plot shares: inputs change → the plot is marked dirty and a pulse is
 * requested → the plot redraws its canvas once, after that pulse's layout pass. However many times
 * the inputs change between two frames (training can change them thousands of times), the plot is
 * drawn at most once per frame ({@link RedrawOnPulse}). Controls (toggles) sit in a bar above the canvas,
 * on as many rows as its width needs.
 */
abstract class PlotCanvas extends Region {
    private final Canvas canvas = new Canvas();
    // A row that wraps: in a narrow panel the switches go onto a second row rather than being cut.
    private final FlowPane controls = new FlowPane(6, 4);
    // A plot on a tab not chosen, or in a panel hidden in presenter mode, waits until it shows again:
    // during training it would otherwise redraw every frame for nobody.
    private final RedrawOnPulse redraw = new RedrawOnPulse(this, RedrawOnPulse.Timing.AFTER_LAYOUT, this::paint)
            .onlyWhen(this::isShown).dirtyWhen(this::dataChanged);
    private volatile int redraws;
    private final DoubleProperty fontScale = new SimpleDoubleProperty(this, "fontScale", 1.0);

    PlotCanvas() {
        getStyleClass().add("plot");
        controls.setPadding(new Insets(2, 4, 2, 4));
        controls.setManaged(true);
        getChildren().addAll(controls, canvas);
        setMinSize(160, 120);
        for (ObjectProperty<Color> colour : List.of(background, text, muted, grid, axis, point)) {
            colour.addListener(o -> invalidatePlot());
        }
        fontScale.addListener((obs, was, now) -> invalidatePlot());
    }

    /**
     * How much larger than at 100 % the plot is drawn: the window's zoom follows it. The whole drawing is
     * scaled, not only the fonts, so tick labels, titles and legends grow with the margins that hold them
     * and the plot chooses its ticks for the room it really has.
     */
    public final DoubleProperty fontScaleProperty() { return fontScale; }

    /** The scale the plot draws at now; 1 for anything that is no usable factor. */
    final double zoom() {
        double s = fontScale.get();
        return Double.isFinite(s) && s > 0 ? s : 1.0;
    }

    /** Redraws whenever one of these changes. Weakly held: the plot can be dropped while they live on. */
    final void watch(ObservableValue<?>... sources) { redraw.watch(sources); }

    /** Asks for one redraw on the next frame. Safe to call any number of times. */
    final void invalidatePlot() { redraw.markDirty(); }

    /** Adds controls to the bar above the canvas. */
    final void addControls(Node... nodes) { controls.getChildren().addAll(nodes); }

    @Override protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        double barHeight = controls.getChildren().isEmpty() ? 0 : controls.prefHeight(w);
        controls.resizeRelocate(x, y, w, barHeight);
        double canvasHeight = Math.max(0, h - barHeight);
        if (canvas.getWidth() != w || canvas.getHeight() != canvasHeight) {
            canvas.setWidth(Math.floor(w));
            canvas.setHeight(Math.floor(canvasHeight));
            redraw.markDirtyDuringLayout();
        }
        canvas.relocate(x, y + barHeight);
    }

    final void redrawIfDirty() { redraw.redrawIfDirty(); }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double s = zoom();
        g.save();
        try {
            // draw() works in units of the 100 % drawing: x and y of its width and height, fonts in points.
            g.scale(s, s);
            draw(g, canvas.getWidth() / s, canvas.getHeight() / s);
            redraws++;
        } catch (RuntimeException e) {
            // A failing plot must not stop the pulse: the other plots and the rest of the window still draw.
            g.restore();
            g.save();
            g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            g.scale(s, s);
            PlotArea.message(g, ink(), canvas.getWidth() / s, canvas.getHeight() / s, Texts.get("plot.failed", e.getMessage()));
            Thread thread = Thread.currentThread();
            thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
        } finally {
            g.restore();
        }
    }

    /**
     * The plot drawn afresh at {@code scale} times its size on screen, for print: the same drawing with every
     * length scaled (the zoom included, so the print looks as the screen does), without the controls above
     * it and without marks of the pointer. Must be called on the
     * JavaFX thread; null while the plot has no size.
     */
    public final WritableImage printImage(double scale) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) return null;
        Canvas print = new Canvas(Math.round(w * scale), Math.round(h * scale));
        GraphicsContext g = print.getGraphicsContext2D();
        PlotStyle.Ink ink = ink();
        printing = true;
        g.save();
        double s = zoom();
        try {
            g.scale(scale * s, scale * s);
            draw(g, w / s, h / s);
        } finally {
            g.restore();
            printing = false;
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(ink.background());
        return print.snapshot(parameters, null);
    }

    /** True while {@link #printImage} draws: pointer marks (a cross-hair) are left out. */
    final boolean isPrinting() { return printing; }

    private boolean printing;

    private boolean isShown() {
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) return false;
        }
        return getScene() != null;
    }

    /**
     * Asked on every pulse: a plot whose data is not an observable value (the loss history) answers
     * true when that data has changed since it was last drawn.
     */
    boolean dataChanged() { return false; }

    /** Draws the whole picture into a cleared canvas of the given size. */
    abstract void draw(GraphicsContext g, double width, double height);

    /** How many drawings have completed: for tests of the lifecycle. */
    final int redrawCount() { return redraws; }

    final Canvas canvas() { return canvas; }

    /** A position on the canvas (a pointer's x or y) in the drawing's units, which differ under a zoom. */
    final double toDrawing(double canvasCoordinate) { return canvasCoordinate / zoom(); }

    /** A position in the drawing's units on the canvas. */
    final double toCanvas(double drawingCoordinate) { return drawingCoordinate * zoom(); }

    // --- colours, from the theme's stylesheet ------------------------------------------------------

    private final ObjectProperty<Color> background = colour("plotBackground", PlotStyle.Ink.LIGHT.background(), () -> Css.BACKGROUND);
    private final ObjectProperty<Color> text = colour("plotText", PlotStyle.Ink.LIGHT.text(), () -> Css.TEXT);
    private final ObjectProperty<Color> muted = colour("plotMuted", PlotStyle.Ink.LIGHT.muted(), () -> Css.MUTED);
    private final ObjectProperty<Color> grid = colour("plotGrid", PlotStyle.Ink.LIGHT.grid(), () -> Css.GRID);
    private final ObjectProperty<Color> axis = colour("plotAxis", PlotStyle.Ink.LIGHT.axis(), () -> Css.AXIS);
    private final ObjectProperty<Color> point = colour("plotPoint", PlotStyle.Ink.LIGHT.point(), () -> Css.POINT);

    /** The neutral colours this plot draws with now: {@code -bp-plot-background}, {@code -bp-plot-text} and friends. */
    final PlotStyle.Ink ink() {
        return new PlotStyle.Ink(background.get(), text.get(), muted.get(), grid.get(), axis.get(), point.get());
    }

    private ObjectProperty<Color> colour(String name, Color initial, Supplier<CssMetaData<PlotCanvas, Color>> meta) {
        // The metadata is looked up lazily: the static Css holder refers back to these fields.
        return new StyleableObjectProperty<>(initial) {
            @Override public CssMetaData<PlotCanvas, Color> getCssMetaData() { return meta.get(); }

            @Override public Object getBean() { return PlotCanvas.this; }

            @Override public String getName() { return name; }
        };
    }

    private static final class Css {
        static final CssMetaData<PlotCanvas, Color> BACKGROUND = meta("-bp-plot-background", PlotStyle.Ink.LIGHT.background(), p -> p.background);
        static final CssMetaData<PlotCanvas, Color> TEXT = meta("-bp-plot-text", PlotStyle.Ink.LIGHT.text(), p -> p.text);
        static final CssMetaData<PlotCanvas, Color> MUTED = meta("-bp-plot-muted", PlotStyle.Ink.LIGHT.muted(), p -> p.muted);
        static final CssMetaData<PlotCanvas, Color> GRID = meta("-bp-plot-grid", PlotStyle.Ink.LIGHT.grid(), p -> p.grid);
        static final CssMetaData<PlotCanvas, Color> AXIS = meta("-bp-plot-axis", PlotStyle.Ink.LIGHT.axis(), p -> p.axis);
        static final CssMetaData<PlotCanvas, Color> POINT = meta("-bp-plot-point", PlotStyle.Ink.LIGHT.point(), p -> p.point);
        static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
            all.addAll(List.of(BACKGROUND, TEXT, MUTED, GRID, AXIS, POINT));
            ALL = Collections.unmodifiableList(all);
        }

        @SuppressWarnings("unchecked")
        private static CssMetaData<PlotCanvas, Color> meta(String property, Color initial,
                                                           Function<PlotCanvas, ObjectProperty<Color>> field) {
            return new CssMetaData<>(property, StyleConverter.getColorConverter(), initial) {
                @Override public boolean isSettable(PlotCanvas plot) { return !field.apply(plot).isBound(); }

                @Override public StyleableProperty<Color> getStyleableProperty(PlotCanvas plot) {
                    return (StyleableProperty<Color>) field.apply(plot);
                }
            };
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() { return Css.ALL; }

    @Override public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() { return getClassCssMetaData(); }

    @Override protected double computePrefWidth(double height) { return 420; }

    @Override protected double computePrefHeight(double width) { return 280; }
}
