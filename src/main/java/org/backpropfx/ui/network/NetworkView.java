package org.backpropfx.ui.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.CssMetaData;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

import org.backpropfx.session.i18n.Texts;
import org.backpropfx.notation.Notation;
import org.backpropfx.session.LessonSession;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.ui.draw.RedrawOnPulse;

/**
 * The network drawn as neurons in columns joined by weighted edges, with the numbers the current phase
 * has computed. Pointing at a neuron or edge sets the session's hovered element, clicking sets its
 * selection.
 *
 * <p>It draws on one {@link Canvas}, with the lifecycle every custom view here shares ({@link RedrawOnPulse}):
 * every change that matters (snapshot, notation, digits, selection, hover, size, zoom, CSS colours) only
 * marks the view dirty; the canvas is redrawn once, after the next pulse's layout pass, however many changes
 * came in between. During fast training that means one drawing per frame at most, not one per step. The
 * layout pass only sizes the canvas. Hit testing ({@link #elementAt} and the other queries on what is drawn)
 * reads the picture last painted and never paints.
 *
 * <p>How a frame is made, one class a step: {@link NetworkLabels} writes the texts, {@link NetworkLayout}
 * places columns and neurons, {@link Frame} gathers what one frame is drawn from, {@link LabelPlacer}
 * decides where every label goes (look there for "where is this label placed"), {@link NetworkPainter}
 * paints (edges through {@link Backdrop}, which caches one strip per layer drawn by {@link EdgeRaster}:
 * look there for "where is this edge drawn"), and {@link NetworkPicture} keeps the result for hit testing.
 *
 * <p>Ctrl+scroll (or a touchpad's pinch) zooms about the pointer, dragging pans the zoomed network, and
 * the "Fit" button or {@link #fit()} shows the whole network again. Zoomed, the neurons and edges spread
 * out while the text keeps its size, and every label keeps its rules (see {@link NetworkLayout.Zoom}).
 *
 * <p>CSS: {@code -bp-positive-color}, {@code -bp-negative-color} (the weight-sign pair), {@code
 * -bp-accent-color} (selection, active layer), {@code -bp-text-color}, {@code -bp-background-color}, {@code
 * -bp-muted-text-color}, {@code -bp-active-band-color}, {@code -bp-neuron-fill-color}, {@code
 * -bp-neuron-stroke-color}, {@code -bp-empty-stroke-color}, {@code -bp-label-background-color}, {@code -bp-hover-color}.
 */
public final class NetworkView extends Region {
    private final LessonSession session;
    private final Canvas canvas = new Canvas();
    private final TextMeasure measure = new TextMeasure();
    private final Backdrop backdrop = new Backdrop();
    private final NumberTexts numbers = new NumberTexts();
    /** Draws once per pulse at most, after the layout pass has sized the canvas; nothing while it has no size. */
    private final RedrawOnPulse redraws = new RedrawOnPulse(this, RedrawOnPulse.Timing.AFTER_LAYOUT, this::redraw)
            .onlyWhen(() -> canvas.getWidth() > 0 && canvas.getHeight() > 0)
            .putOffWhile(() -> !mayRedrawNow());
    private NetworkLayout layout;
    private NetworkPicture picture;
    /** The zoom asked for; the layout keeps it within reach of the network. */
    private NetworkLayout.Zoom zoom = NetworkLayout.Zoom.FIT;
    private final ReadOnlyBooleanWrapper fitted = new ReadOnlyBooleanWrapper(this, "fitted", true);
    private final Button fitButton = new Button(Texts.get("network.fit"));
    /** Where a drag started, and the zoom then (null when no drag pans). */
    private Point2D dragFrom;
    private NetworkLayout.Zoom dragZoom;

    public NetworkView(LessonSession session) {
        this.session = session;
        getStyleClass().add("network-view");
        canvas.setManaged(false);
        fitButton.setId("networkFitButton");
        fitButton.getStyleClass().add("network-fit-button");
        fitButton.setTooltip(new Tooltip(Texts.get("network.fit.tip")));
        fitButton.setFocusTraversable(false);
        fitButton.setManaged(false);
        fitButton.visibleProperty().bind(fitted.not());
        fitButton.setOnAction(e -> fit());
        getChildren().addAll(canvas, fitButton);
        setMinSize(240, 180);
        setPrefSize(900, 560);
        redraws.watch(session.snapshotProperty(), session.notationProperty(), session.digitsProperty(),
                session.selectionProperty(), session.hoveredProperty(), session.highlightsProperty(), fontScale);
        redraws.watch(positiveColor, negativeColor, accentColor, textColor, backgroundColor, mutedTextColor,
                activeBandColor, neuronFillColor, neuronStrokeColor, emptyStrokeColor, labelBackgroundColor, hoverColor);
        // Tab reaches the view; arrows move the selection; the accessible text names what is selected.
        new NetworkKeys(this, session);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragFrom = e.getButton() == MouseButton.PRIMARY ? new Point2D(e.getX(), e.getY()) : null;
            dragZoom = zoom;
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (dragFrom != null && e.isPrimaryButtonDown() && !fitted.get()) {
                setZoom(dragZoom.panned(e.getX() - dragFrom.getX(), e.getY() - dragFrom.getY()));
                setCursor(Cursor.CLOSED_HAND);
            } else {
                hover(e.getX(), e.getY());
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            dragFrom = null;
            hover(e.getX(), e.getY());
        });
        // Ctrl+scroll zooms; a plain wheel is left to others (it nudges a selected weight).
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (!e.isControlDown() || e.getDeltaY() == 0) return;
            zoomAbout(Math.pow(WHEEL_ZOOM, e.getDeltaY() / 40), toViewX(e.getX()), toViewY(e.getY()));
            e.consume();
        });
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomAbout(e.getZoomFactor(), toViewX(e.getX()), toViewY(e.getY()));
            e.consume();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            session.hoveredProperty().set(null);
            setCursor(Cursor.DEFAULT);
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            // The end of a drag that panned is not a click on what it ended over.
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) session.selectionProperty().set(elementAt(toViewX(e.getX()),
                    toViewY(e.getY())));
        });
    }

    private void hover(double canvasX, double canvasY) {
        NetworkElement under = elementAt(toViewX(canvasX), toViewY(canvasY));
        if (!Objects.equals(under, session.hoveredProperty().get())) session.hoveredProperty().set(under);
        setCursor(under == null ? Cursor.DEFAULT : Cursor.HAND);
    }

    /** How much one notch of the wheel (40 units) zooms. */
    static final double WHEEL_ZOOM = 1.2;

    /**
     * Zooms by {@code factor} about (x, y) in this view's coordinates, which stays put on the screen;
     * between the whole network (1×) and {@value NetworkLayout.Zoom#MAX_SCALE}×.
     */
    public void zoomAbout(double factor, double x, double y) {
        setZoom(zoom.about(factor, x - canvas.getLayoutX(), y - canvas.getLayoutY()));
    }

    /** Shows the whole network (the zoom of a first start). */
    public void fit() { setZoom(NetworkLayout.Zoom.FIT); }

    /** How much the network is zoomed: 1 when it is shown whole. */
    public double zoomScale() { return zoom.scale(); }

    /** Whether the whole network is shown (not zoomed in); the "Fit" button shows while it is not. */
    public ReadOnlyBooleanProperty fittedProperty() { return fitted.getReadOnlyProperty(); }

    private void setZoom(NetworkLayout.Zoom wanted) {
        if (wanted.equals(zoom)) return;
        zoom = wanted;
        fitted.set(wanted.isFit());
        markDirty();
    }

    private double toViewX(double canvasX) { return canvasX + canvas.getLayoutX(); }

    private double toViewY(double canvasY) { return canvasY + canvas.getLayoutY(); }

    // --- drawing lifecycle -----------------------------------------------------------------------

    private void markDirty() { redraws.markDirty(); }

    /**
     * While training runs, a network whose drawing takes longer than this is drawn less often than every
     * frame, so that it takes at most half of the JavaFX thread: the rest of the window stays responsive.
     */
    static final long SLOW_REDRAW_NANOS = 8_000_000L;
    /** While training runs, drawing the backdrop's strips stops for the frame after this long. */
    static final long RUNNING_STRIP_BUDGET_NANOS = 5_000_000L;
    private long lastRedrawStart;
    private long lastRedrawCost;

    private boolean mayRedrawNow() {
        if (!session.isRunning() || lastRedrawCost <= SLOW_REDRAW_NANOS) return true;
        return System.nanoTime() - lastRedrawStart >= 2 * lastRedrawCost;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = Math.max(0, snapSizeX(getWidth() - in.getLeft() - in.getRight()));
        double h = Math.max(0, snapSizeY(getHeight() - in.getTop() - in.getBottom()));
        canvas.relocate(in.getLeft(), in.getTop());
        fitButton.autosize();
        fitButton.relocate(in.getLeft() + w - fitButton.getWidth() - 6, in.getTop() + 4);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            // Drawn after this layout pass, in the same pulse.
            redraws.markDirtyDuringLayout();
        }
    }

    /**
     * Draws now, whatever is pending. The view does this itself after a pulse's layout when something changed;
     * benchmarks call it to time the drawing alone.
     */
    public void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) return;
        lastRedrawStart = System.nanoTime();
        backdrop.setBudget(session.isRunning() ? RUNNING_STRIP_BUDGET_NANOS : Long.MAX_VALUE);
        Snapshot s = session.getSnapshot();
        Notation notation = session.getNotation();
        NetworkLabels labels = new NetworkLabels(s, notation, session.getDigits(), numbers);
        int[] sizes = new int[s.layerCount() + 1];
        for (int l = 0; l < sizes.length; l++) sizes[l] = s.size(l);
        if (layout == null || !layout.fits(sizes, labels.biasAsNode(), w, h, fontScale.get(), zoom)) {
            layout = new NetworkLayout(sizes, labels.biasAsNode(), w, h, fontScale.get(), zoom);
            // Kept within reach of the network: a pan beyond its edge stops there.
            zoom = layout.zoom;
            fitted.set(zoom.isFit());
        }
        picture = new NetworkPicture(layout, labels, s, session.selectionProperty().get(),
                session.hoveredProperty().get(), session.highlightsProperty().get(), style(), measure, backdrop);
        picture.paint(canvas.getGraphicsContext2D());
        lastRedrawCost = System.nanoTime() - lastRedrawStart;
        // Strips left out to keep within the frame's budget are drawn in the next pulses.
        if (!backdrop.isComplete()) markDirty();
    }

    /**
     * The picture as the view shows it now, drawn afresh at {@code scale} times the view's size for print:
     * every length and font scaled, nothing selected or pointed at, and no frame budget (every strip drawn).
     * Must be called on the JavaFX thread; null while the view has no size.
     */
    public WritableImage printImage(double scale) {
        int w = (int) Math.round(canvas.getWidth() * scale);
        int h = (int) Math.round(canvas.getHeight() * scale);
        if (w <= 0 || h <= 0) return null;
        Snapshot s = session.getSnapshot();
        NetworkLabels labels = new NetworkLabels(s, session.getNotation(), session.getDigits(), numbers);
        int[] sizes = new int[s.layerCount() + 1];
        for (int l = 0; l < sizes.length; l++) sizes[l] = s.size(l);
        NetworkLayout large = new NetworkLayout(sizes, labels.biasAsNode(), w, h, fontScale.get() * scale,
                new NetworkLayout.Zoom(zoom.scale(), zoom.dx() * scale, zoom.dy() * scale));
        NetworkStyle style = style();
        Canvas print = new Canvas(w, h);
        new NetworkPicture(large, labels, s, null, null, style, measure, new Backdrop()).paint(print.getGraphicsContext2D());
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(style.background());
        return print.snapshot(parameters, null);
    }

    /**
     * Whether the picture on screen shows the current state whole: drawn since the last change, with every
     * strip (while training, strips may follow a frame or two late). What is drawn where — hit tests, label
     * queries — is read off that picture, so tests wait for this before they ask.
     */
    public boolean isPictureComplete() { return picture != null && !redraws.isDirty() && backdrop.isComplete(); }

    /** How many times the view has drawn itself: one per pulse at most, however many changes came in. */
    public long redrawCount() { return redraws.redrawCount(); }

    /** The colours of this frame, all from the theme's stylesheet; nothing is guessed from the background. */
    private NetworkStyle style() {
        return new NetworkStyle(positiveColor.get(), negativeColor.get(), accentColor.get(), textColor.get(),
                mutedTextColor.get(), backgroundColor.get(), activeBandColor.get(), neuronFillColor.get(),
                neuronStrokeColor.get(), emptyStrokeColor.get(), opaque(labelBackgroundColor.get()), hoverColor.get(),
                Font.getDefault().getFamily());
    }

    /** Label boxes are filled without blending (see {@link NetworkPalette#LABEL_BACKGROUND}). */
    private static Color opaque(Color c) {
        return c.isOpaque() ? c : Color.color(c.getRed(), c.getGreen(), c.getBlue());
    }

    // --- what is drawn where (also what tests click on and read) ----------------------------------

    /** The element at a point in this view's coordinates: neurons win over labels, labels over edges; or null. */
    public NetworkElement elementAt(double x, double y) {
        NetworkPicture p = current();
        return p == null ? null : p.elementAt(x - canvas.getLayoutX(), y - canvas.getLayoutY());
    }

    /** Centre of neuron j of layer l, in this view's coordinates. */
    public Point2D neuronCentre(int layer, int j) {
        NetworkPicture p = current();
        return p == null || !p.layout().has(layer, j) ? null : fromCanvas(p.layout().neuron(layer, j));
    }

    /**
     * A point on the edge of the weight from neuron {@code from} into neuron {@code to} of {@code layer}
     * (the midpoint unless a crossing edge or label is there) that hits exactly that edge; view coordinates.
     */
    public Point2D edgeClickPoint(int layer, int to, int from) {
        NetworkPicture p = current();
        if (p == null || !p.layout().has(layer, to) || !p.layout().has(layer - 1, from)) return null;
        return fromCanvas(p.edgeClickPoint(new NetworkElement.Weight(layer, to, from)));
    }

    /** The same for the w₀ edge from the "−1" node (MIT notation only; null when biases are written on neurons). */
    public Point2D biasEdgeClickPoint(int layer, int neuron) {
        NetworkPicture p = current();
        if (p == null || !p.layout().biasNodes || !p.layout().has(layer, neuron)) return null;
        return fromCanvas(p.edgeClickPoint(new NetworkElement.Bias(layer, neuron)));
    }

    /** The value written in (or on) neuron j of layer l: its output, or "" while not computed in this sample. */
    public String neuronLabel(int layer, int j) {
        return labels().neuron(layer, j);
    }

    /** The lines written beside the neuron (net input, target, delta, bias) in the current phase, if drawn. */
    public List<String> neuronNotes(int layer, int j) {
        NetworkPicture p = current();
        return p == null ? List.of() : p.noteOf(layer, j);
    }

    /** What the weight's edge says in this phase: weight, gradient (backward) or "old → new" (update). */
    public String edgeLabel(int layer, int to, int from) { return labels().weight(layer, to, from); }

    /** Whether the element's number is drawn right now (dense layers only label what is pointed at). */
    public boolean isLabelShown(NetworkElement element) {
        NetworkPicture p = current();
        return p != null && p.shows(element);
    }

    /**
     * The bias of neuron j in layer l as drawn: in the MIT notation the label of its w₀ edge (w₀ = −b), else
     * the number after "b =" on the neuron; "" when the network has no biases.
     */
    public String biasLabel(int layer, int j) {
        NetworkLabels labels = labels();
        if (!labels.showsBias()) return "";
        if (labels.biasAsNode()) return labels.biasEdge(layer, j);
        List<String> lines = labels.annotations(layer, j);
        String line = lines.get(lines.size() - 1);
        return line.substring(line.indexOf("= ") + 2);
    }

    /** "5 of 9 changes shown — all in the matrix view (Ctrl+M)" when not all fit on their edges, else "". */
    public String shownCount() {
        NetworkPicture p = current();
        if (p == null) return "";
        return labels().shownCount(p.placement().edgesShown(), p.placement().edgesOfPhase());
    }

    LessonSession session() { return session; }

    /** The picture as last drawn, for the label-geometry tests. */
    NetworkPicture picture() { return current(); }

    /** "E = 0.2749" (or "P = −0.2749") once the sample's error is known, else "". */
    public String lossLabel() { return labels().loss(); }

    private NetworkLabels labels() {
        return new NetworkLabels(session.getSnapshot(), session.getNotation(), session.getDigits(), numbers);
    }

    /** The picture last painted (null before the first): what the user sees, even when a change is pending. */
    private NetworkPicture current() { return picture; }

    private Point2D fromCanvas(Point2D p) {
        return p == null ? null : new Point2D(p.getX() + canvas.getLayoutX(), p.getY() + canvas.getLayoutY());
    }

    // --- CSS -------------------------------------------------------------------------------------

    private final DoubleProperty fontScale = new SimpleDoubleProperty(this, "fontScale", 1.0);

    /** Multiplies the size of all text drawn (presenter zoom); 1 by default. */
    public DoubleProperty fontScaleProperty() { return fontScale; }

    private final ObjectProperty<Color> positiveColor = colour("positiveColor", NetworkPalette.POSITIVE, () -> Css.POSITIVE);
    private final ObjectProperty<Color> negativeColor = colour("negativeColor", NetworkPalette.NEGATIVE, () -> Css.NEGATIVE);
    private final ObjectProperty<Color> accentColor = colour("accentColor", NetworkPalette.ACCENT, () -> Css.ACCENT);
    private final ObjectProperty<Color> textColor = colour("textColor", NetworkPalette.TEXT, () -> Css.TEXT);
    private final ObjectProperty<Color> backgroundColor = colour("backgroundColor", NetworkPalette.BACKGROUND,
            () -> Css.BACKGROUND);
    private final ObjectProperty<Color> mutedTextColor = colour("mutedTextColor", NetworkPalette.MUTED_TEXT,
            () -> Css.MUTED_TEXT);
    private final ObjectProperty<Color> activeBandColor = colour("activeBandColor", NetworkPalette.ACTIVE_BAND,
            () -> Css.ACTIVE_BAND);
    private final ObjectProperty<Color> neuronFillColor = colour("neuronFillColor", NetworkPalette.NEURON_FILL,
            () -> Css.NEURON_FILL);
    private final ObjectProperty<Color> neuronStrokeColor = colour("neuronStrokeColor", NetworkPalette.NEURON_STROKE,
            () -> Css.NEURON_STROKE);
    private final ObjectProperty<Color> emptyStrokeColor = colour("emptyStrokeColor", NetworkPalette.EMPTY_STROKE,
            () -> Css.EMPTY_STROKE);
    private final ObjectProperty<Color> labelBackgroundColor = colour("labelBackgroundColor",
            NetworkPalette.LABEL_BACKGROUND, () -> Css.LABEL_BACKGROUND);
    private final ObjectProperty<Color> hoverColor = colour("hoverColor", NetworkPalette.HOVER, () -> Css.HOVER);

    public ObjectProperty<Color> positiveColorProperty() { return positiveColor; }

    public ObjectProperty<Color> negativeColorProperty() { return negativeColor; }

    public ObjectProperty<Color> accentColorProperty() { return accentColor; }

    public ObjectProperty<Color> textColorProperty() { return textColor; }

    public ObjectProperty<Color> backgroundColorProperty() { return backgroundColor; }

    /** Numbers outside the phase's active layer, bias inputs, notes. */
    public ObjectProperty<Color> mutedTextColorProperty() { return mutedTextColor; }

    /** Opaque fill of the boxes behind numbers. */
    public ObjectProperty<Color> labelBackgroundColorProperty() { return labelBackgroundColor; }

    private ObjectProperty<Color> colour(String name, Color initial,
                                         Supplier<CssMetaData<NetworkView, Color>> meta) {
        // The metadata is looked up lazily: the static Css holder refers back to these fields.
        return new StyleableObjectProperty<>(initial) {
            @Override public CssMetaData<NetworkView, Color> getCssMetaData() { return meta.get(); }

            @Override public Object getBean() { return NetworkView.this; }

            @Override public String getName() { return name; }
        };
    }

    private static final class Css {
        static final CssMetaData<NetworkView, Color> POSITIVE = meta("-bp-positive-color", NetworkPalette.POSITIVE,
                v -> v.positiveColor);
        static final CssMetaData<NetworkView, Color> NEGATIVE = meta("-bp-negative-color", NetworkPalette.NEGATIVE,
                v -> v.negativeColor);
        static final CssMetaData<NetworkView, Color> ACCENT = meta("-bp-accent-color", NetworkPalette.ACCENT,
                v -> v.accentColor);
        static final CssMetaData<NetworkView, Color> TEXT = meta("-bp-text-color", NetworkPalette.TEXT,
                v -> v.textColor);
        static final CssMetaData<NetworkView, Color> BACKGROUND = meta("-bp-background-color",
                NetworkPalette.BACKGROUND, v -> v.backgroundColor);
        static final CssMetaData<NetworkView, Color> MUTED_TEXT = meta("-bp-muted-text-color",
                NetworkPalette.MUTED_TEXT, v -> v.mutedTextColor);
        static final CssMetaData<NetworkView, Color> ACTIVE_BAND = meta("-bp-active-band-color",
                NetworkPalette.ACTIVE_BAND, v -> v.activeBandColor);
        static final CssMetaData<NetworkView, Color> NEURON_FILL = meta("-bp-neuron-fill-color",
                NetworkPalette.NEURON_FILL, v -> v.neuronFillColor);
        static final CssMetaData<NetworkView, Color> NEURON_STROKE = meta("-bp-neuron-stroke-color",
                NetworkPalette.NEURON_STROKE, v -> v.neuronStrokeColor);
        static final CssMetaData<NetworkView, Color> EMPTY_STROKE = meta("-bp-empty-stroke-color",
                NetworkPalette.EMPTY_STROKE, v -> v.emptyStrokeColor);
        static final CssMetaData<NetworkView, Color> LABEL_BACKGROUND = meta("-bp-label-background-color",
                NetworkPalette.LABEL_BACKGROUND, v -> v.labelBackgroundColor);
        static final CssMetaData<NetworkView, Color> HOVER = meta("-bp-hover-color", NetworkPalette.HOVER,
                v -> v.hoverColor);
        static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
            all.addAll(List.of(POSITIVE, NEGATIVE, ACCENT, TEXT, BACKGROUND, MUTED_TEXT, ACTIVE_BAND, NEURON_FILL,
                    NEURON_STROKE, EMPTY_STROKE, LABEL_BACKGROUND, HOVER));
            ALL = Collections.unmodifiableList(all);
        }

        @SuppressWarnings("unchecked")
        private static CssMetaData<NetworkView, Color> meta(String property, Color initial,
                                                            Function<NetworkView, ObjectProperty<Color>> field) {
            return new CssMetaData<>(property, StyleConverter.getColorConverter(), initial) {
                @Override public boolean isSettable(NetworkView view) { return !field.apply(view).isBound(); }

                @Override public StyleableProperty<Color> getStyleableProperty(NetworkView view) {
                    return (StyleableProperty<Color>) field.apply(view);
                }
            };
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() { return Css.ALL; }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() { return getClassCssMetaData(); }
}
