package org.backpropfx.ui.chart;

import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Network;
import org.backpropfx.plot.ClassPalette;
import org.backpropfx.plot.DecisionMap;
import org.backpropfx.plot.DivergingColourMap;
import org.backpropfx.plot.SnapshotNetwork;
import org.backpropfx.stepper.Snapshot;

/**
 * The network's output over the plane of its two inputs as a colour map (orange low, blue high), with
 * the training samples drawn on it as circles coloured by their targets in the same colours: a sample
 * whose circle matches the ground under it is one the network gets right. The current sample is ringed.
 * With several outputs (K classes) each point of the plane takes the colour of the class the network picks
 * there (its largest output), from the colour-blind-safe Okabe–Ito palette, faded towards the background the
 * less sure it is (pale where the largest output is near 1/K, full colour near 1); the samples are drawn in
 * their target class's colour. Lessons whose samples do not have two inputs get a message instead.
 */
public final class DecisionMapView extends PlotCanvas {
    /** Grid points per side: 100×100 is enough for a smooth picture and cheap to evaluate every frame. */
    public static final int RESOLUTION = 100;

    private final ObservableValue<Snapshot> snapshot;
    private final Supplier<DataSet> data;
    private final IntegerProperty output = new SimpleIntegerProperty(this, "output", 0);
    private final DecisionMap map = new DecisionMap(RESOLUTION, RESOLUTION);
    private final int[] argb = new int[RESOLUTION * RESOLUTION];
    private final WritableImage image = new WritableImage(RESOLUTION, RESOLUTION);
    private DataSet fittedTo;
    /** The class picked at each grid point in the last drawing with several outputs, row by row; null otherwise. */
    private volatile int[] classes;
    private double[][] perClass = new double[0][];
    private volatile DivergingColourMap colours;
    /** Where the last map was drawn on the canvas; null when none was. */
    private PlotArea drawnArea;

    /**
     * @param snapshot the step being shown: the map uses the weights in force at that step (may hold null)
     * @param data the lesson's training samples, drawn on the map and used to choose its area; may supply null
     */
    public DecisionMapView(ObservableValue<Snapshot> snapshot, Supplier<DataSet> data) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.data = Objects.requireNonNull(data, "data");
        getStyleClass().add("decision-map");
        watch(snapshot, output);
    }

    /** Which network output is mapped (0 for the first). */
    public IntegerProperty outputProperty() { return output; }

    /** The grid of the last drawing. */
    DecisionMap map() { return map; }

    /** The colours of the last drawing, row by row; valid when {@link #colourMap()} is not null. */
    int[] colours() { return argb; }

    /**
     * The class the network picked at grid point (column, row) in the last drawing with several outputs, 0-based;
     * −1 when the last drawing mapped a single output or none.
     */
    int classAt(int column, int row) {
        int[] c = classes;
        return c == null ? -1 : c[row * RESOLUTION + column];
    }

    /** The colour map of the last drawing; null when no map was drawn. */
    DivergingColourMap colourMap() { return colours; }

    /** Puts controls (a choice for what a click does, say) in the bar above the map. */
    public void addToolbar(Node... nodes) { addControls(nodes); }

    /**
     * The inputs (x₁, x₂) under a point of this view (in its own coordinates), or null when the point is
     * outside the map or no map is drawn.
     */
    public Point2D inputAt(double x, double y) {
        PlotArea area = drawnArea;
        if (area == null) return null;
        double cx = toDrawing(x - canvas().getLayoutX());
        double cy = toDrawing(y - canvas().getLayoutY());
        if (cx < area.left || cx > area.right() || cy < area.top || cy > area.bottom()) return null;
        return new Point2D(area.x0 + (cx - area.left) / area.width * (area.x1 - area.x0),
                area.y0 + (area.bottom() - cy) / area.height * (area.y1 - area.y0));
    }

    /** Where inputs (x₁, x₂) are drawn, in this view's coordinates; null when no map is drawn. */
    public Point2D pointAt(double x1, double x2) {
        PlotArea area = drawnArea;
        if (area == null) return null;
        return new Point2D(canvas().getLayoutX() + toCanvas(area.px(x1)), canvas().getLayoutY() + toCanvas(area.py(x2)));
    }

    /** Where the last drawing put the map, in the drawing's units; null when no map was drawn. */
    PlotArea drawnArea() { return drawnArea; }

    /** The distance between neighbouring grid points along x₁ and x₂ in the last drawing; null if none. */
    public Point2D gridStep() {
        if (drawnArea == null) return null;
        return new Point2D((map.xMax() - map.xMin()) / (RESOLUTION - 1),
                (map.yMax() - map.yMin()) / (RESOLUTION - 1));
    }

    /**
     * Fills {@link #argb} with each grid point's class colour, shaded by confidence, and returns the classes:
     * one evaluation of the grid per output, then the largest output at each point.
     */
    private int[] classColours(Network network, int outputs) {
        int points = RESOLUTION * RESOLUTION;
        if (perClass.length != outputs) perClass = new double[outputs][points];
        for (int k = 0; k < outputs; k++) {
            map.evaluate(network, k);
            System.arraycopy(map.values(), 0, perClass[k], 0, points);
        }
        Color bg = ink().background();
        int background = (int) Math.round(bg.getRed() * 255) << 16 | (int) Math.round(bg.getGreen() * 255) << 8
                | (int) Math.round(bg.getBlue() * 255);
        int[] picked = new int[points];
        for (int p = 0; p < points; p++) {
            int best = 0;
            for (int k = 1; k < outputs; k++) if (perClass[k][p] > perClass[best][p]) best = k;
            picked[p] = best;
            argb[p] = ClassPalette.shade(best, perClass[best][p], outputs, background);
        }
        return picked;
    }

    /** The largest radius of a sample's disc of colour; its two rings lie outside it. */
    static final double SAMPLE_RADIUS = 5.5;
    /** The radius on a map too small for full-sized samples: about a fortieth of its side, no less than this. */
    static final double SMALLEST_SAMPLE_RADIUS = 3.0;

    /**
     * A sample as a disc of its colour inside a ring of the background and a ring of the text colour. A sample
     * lying in its own class's region has the region's colour: the background ring keeps the disc apart from
     * the ground in either theme (dark on a light theme's pale ring would vanish, and so would a light ring on
     * a dark theme), and the text ring frames it where the ground is pale.
     */
    static void drawSample(GraphicsContext g, PlotStyle.Ink ink, double x, double y, double r, Color fill) {
        // Thinner than 1.5 px a ring is smeared over two pixels at half strength and no longer stands out.
        double gap = r < 4.5 ? 1.5 : 2.0;
        double line = 1.5;
        g.setFill(fill);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(ink.background());
        g.setLineWidth(gap);
        double inner = r + gap / 2;
        g.strokeOval(x - inner, y - inner, 2 * inner, 2 * inner);
        g.setStroke(ink.text());
        g.setLineWidth(line);
        double outer = r + gap + line / 2;
        g.strokeOval(x - outer, y - outer, 2 * outer, 2 * outer);
    }

    /** How large samples are drawn on a map of {@code side} pixels. */
    static double sampleRadius(double side) {
        return Math.max(SMALLEST_SAMPLE_RADIUS, Math.min(SAMPLE_RADIUS, side / 40));
    }

    @Override void draw(GraphicsContext g, double width, double height) {
        g.setFill(ink().background());
        g.fillRect(0, 0, width, height);
        colours = null;
        classes = null;
        drawnArea = null;
        Snapshot s = snapshot.getValue();
        DataSet set = data.get();
        if (s == null || set == null) {
            PlotArea.message(g, ink(), width, height, Texts.get("plot.noLesson"));
            return;
        }
        if (s.size(0) != 2) {
            PlotArea.message(g, ink(), width, height, Texts.get("plot.mapTwoInputs", s.size(0)));
            return;
        }
        int out = output.get();
        if (out < 0 || out >= s.size(s.layerCount())) out = 0;
        if (set != fittedTo) {
            map.fitArea(set, 0.15);
            fittedTo = set;
        }
        Network network = SnapshotNetwork.inForce(s);
        int outputs = s.size(s.layerCount());
        DivergingColourMap scale = null;
        if (outputs > 1) {
            classes = classColours(network, outputs);
        } else {
            map.evaluate(network, out);
            scale = DivergingColourMap.forOutput(s.activation(s.layerCount()), set, out);
            map.toArgb(scale, argb);
            colours = scale;
        }
        image.getPixelWriter().setPixels(0, 0, RESOLUTION, RESOLUTION, PixelFormat.getIntArgbInstance(), argb, 0,
                RESOLUTION);

        // Grid point c sits in the middle of image pixel c, so the image reaches half a cell past the area.
        double halfX = (map.xMax() - map.xMin()) / (RESOLUTION - 1) / 2;
        double halfY = (map.yMax() - map.yMin()) / (RESOLUTION - 1) / 2;
        double left = 48, right = 12, top = 20, bottom = 36;
        double side = Math.max(20, Math.min(width - left - right, height - top - bottom));
        PlotArea area = new PlotArea(left, top, side, side, map.xMin() - halfX, map.xMax() + halfX,
                map.yMin() - halfY, map.yMax() + halfY, false);
        g.setImageSmoothing(true);
        g.drawImage(image, area.left, area.top, area.width, area.height);
        area.drawAxes(g, ink(), "x₁", "x₂");
        drawnArea = area;

        double radius = sampleRadius(side);
        for (int k = 0; k < set.size(); k++) {
            double[] in = set.input(k);
            double x = area.px(in[0]);
            double y = area.py(in[1]);
            int rgb = scale != null ? scale.argb(set.target(k)[out])
                    : ClassPalette.rgbOfTarget(set.target(k));
            drawSample(g, ink(), x, y, radius, Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF));
            if (k == s.sample()) {
                g.setStroke(PlotStyle.GREEN);
                g.setLineWidth(2.5);
                double ring = radius + 6;
                g.strokeOval(x - ring, y - ring, 2 * ring, 2 * ring);
            }
        }
    }
}
