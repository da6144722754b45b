package org.backpropfx.ui.network;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.stepper.Snapshot;

/**
 * One frame of the network view: decides what goes where (label placement) and paints it. Kept after
 * painting so that hit testing and the test accessors see exactly what was drawn.
 */
final class NetworkPicture {
    /** A layer's edges all carry a number only up to this many; beyond, only the edge pointed at does. */
    static final int MAX_LABELLED_EDGES_PER_LAYER = 24;
    /** How far (px) from a thin edge a click still hits it. */
    static final double EDGE_HIT_TOLERANCE = 6;
    private static final double[] EDGE_LABEL_POSITIONS = {0.5, 0.36, 0.64, 0.26, 0.74, 0.44, 0.56, 0.2, 0.8};

    private enum Kind { VALUE_PILL, NOTE, EDGE, LOSS }

    private record Label(NetworkElement element, Box box, List<String> lines, Kind kind, boolean locked,
                         Color border) {}

    private final NetworkLayout layout;
    private final NetworkLabels text;
    private final Snapshot s;
    private final NetworkElement selected;
    private final NetworkElement hovered;
    private final NetworkStyle style;
    private final TextMeasure measure;
    private final EdgeRaster raster;
    private final Font valueFont;
    private final Font smallFont;
    private final Font boldFont;
    private final int active;
    private final double maxAbsWeight;
    private final double maxLineWidth;
    /** Neurons whose value is written inside their circle (the others get a pill, or nothing). */
    private final boolean[][] valueInside;
    private final List<Label> labels = new ArrayList<>();
    private final LabelSpace space;

    NetworkPicture(NetworkLayout layout, NetworkLabels text, Snapshot snapshot, NetworkElement selected,
                   NetworkElement hovered, NetworkStyle style, TextMeasure measure, EdgeRaster raster) {
        this.raster = raster;
        this.layout = layout;
        this.text = text;
        this.s = snapshot;
        this.selected = selected;
        this.hovered = hovered;
        this.style = style;
        this.measure = measure;
        valueFont = Font.font(style.fontFamily(), FontWeight.NORMAL, layout.font);
        smallFont = Font.font(style.fontFamily(), FontWeight.NORMAL, layout.smallFont);
        boldFont = Font.font(style.fontFamily(), FontWeight.BOLD, layout.font);
        measure.retainOnly(valueFont, smallFont, boldFont);
        active = text.activeLayer();
        maxAbsWeight = maxAbsWeight();
        maxLineWidth = Math.max(2, Math.min(8, layout.radius * 0.3));
        valueInside = new boolean[layout.layers + 1][];
        space = new LabelSpace(layout.width, layout.height);
        place();
    }

    // --- placement ---------------------------------------------------------------------------------

    private void place() {
        double r = layout.radius;
        for (int l = 0; l <= layout.layers; l++) {
            for (int j = 0; j < layout.sizes[l]; j++) {
                space.take(Box.centred(layout.columnX[l], layout.neuronY[l][j], 2 * r + 2, 2 * r + 2));
            }
            if (layout.hasBiasNode(l)) {
                double side = 2 * layout.biasHalf + 2;
                space.take(Box.centred(layout.columnX[l], layout.biasY[l], side, side));
            }
        }
        space.take(new Box(0, 0, layout.width, layout.bandTop - layout.font * 0.3));
        space.take(new Box(0, layout.namesY - layout.font * 0.8, layout.width, layout.height));

        placeNeuronValues();
        for (NetworkElement forced : new NetworkElement[] {selected, hovered}) {
            if (forced != null && exists(forced)) placeForced(forced);
        }
        placeAnnotations();
        placeLoss();
        placeEdgeLabels();
    }

    private void placeNeuronValues() {
        double r = layout.radius;
        double pillHeight = layout.font * 1.35;
        for (int l = 0; l <= layout.layers; l++) {
            valueInside[l] = new boolean[layout.sizes[l]];
            for (int j = 0; j < layout.sizes[l]; j++) {
                String value = text.neuron(l, j);
                if (value.isEmpty()) continue;
                double w = measure.width(value, valueFont);
                if (w <= 2 * r - 6 && layout.font <= 2 * r - 4) {
                    valueInside[l][j] = true;
                } else if (pillHeight < layout.spacing(l) - 2 && layout.sizes[l] <= 16) {
                    labels.add(valuePill(l, j, value, w));
                }
            }
        }
    }

    private Label valuePill(int l, int j, String value, double textWidth) {
        Box box = Box.centred(layout.columnX[l], layout.neuronY[l][j], textWidth + layout.font * 0.6,
                layout.font * 1.35);
        space.take(box);
        return new Label(new NetworkElement.Neuron(l, j), box, List.of(value), Kind.VALUE_PILL, false,
                style.neuronStroke());
    }

    private void placeForced(NetworkElement e) {
        if (e instanceof NetworkElement.Neuron n) {
            boolean hasPill = labels.stream().anyMatch(x -> x.kind == Kind.VALUE_PILL && n.equals(x.element));
            String value = text.neuron(n.layer(), n.index());
            if (!value.isEmpty() && !valueInside[n.layer()][n.index()] && !hasPill) {
                labels.add(valuePill(n.layer(), n.index(), value, measure.width(value, valueFont)));
            }
            placeNote(n.layer(), n.index(), true);
        } else if (e instanceof NetworkElement.Weight w) {
            placeEdgeLabel(w, true);
        } else if (e instanceof NetworkElement.Bias b) {
            if (text.biasAsNode()) placeEdgeLabel(b, true);
            else placeNote(b.layer(), b.neuron(), true);
        }
    }

    private void placeAnnotations() {
        for (int l = 0; l <= layout.layers; l++) {
            for (int j = 0; j < layout.sizes[l]; j++) placeNote(l, j, false);
        }
    }

    private boolean hasNote(int l, int j) {
        return labels.stream().anyMatch(x -> x.kind == Kind.NOTE && x.element instanceof NetworkElement.Neuron n
                && n.layer() == l && n.index() == j);
    }

    private void placeNote(int l, int j, boolean forced) {
        if (hasNote(l, j)) return;
        List<String> lines = text.annotations(l, j);
        if (lines.isEmpty()) return;
        boolean locked = l > 0 && !text.biasAsNode() && text.showsBias() && biasLocked(l, j);
        double lineHeight = layout.smallFont * 1.25;
        double w = 0;
        for (String line : lines) w = Math.max(w, measure.width(line, smallFont));
        if (locked) w += layout.smallFont * 1.1;
        w += layout.smallFont * 0.6;
        double h = lineHeight * lines.size() + layout.smallFont * 0.3;
        double x = layout.columnX[l];
        double y = layout.neuronY[l][j];
        double r = layout.radius + 3;
        Box right = new Box(x + r, y - h / 2, w, h);
        Box rightHigh = new Box(x + r * 0.7, y - r * 0.7 - h, w, h);
        Box above = Box.centred(x, y - r - h / 2, w, h);
        Box below = Box.centred(x, y + r + h / 2, w, h);
        Box left = new Box(x - r - w, y - h / 2, w, h);
        List<Box> candidates = l == layout.layers ? List.of(right, rightHigh, above, below)
                : List.of(above, below, rightHigh, right, left);
        Box box = space.takeFirstFree(candidates);
        if (box == null && forced) {
            box = candidates.get(0);
            space.take(box);
        }
        if (box == null) return;
        // In the gradient notation the last line is the bias: pointing at the box means the bias then.
        NetworkElement element = new NetworkElement.Neuron(l, j);
        labels.add(new Label(element, box, lines, Kind.NOTE, locked, style.neuronStroke()));
    }

    private void placeLoss() {
        String loss = text.loss();
        if (loss.isEmpty()) return;
        int last = layout.layers;
        double w = measure.width(loss, valueFont) + layout.font * 0.8;
        double h = layout.font * 1.5;
        double x = layout.columnX[last] + layout.radius + layout.font * 0.6;
        double bottom = layout.neuronY[last][layout.sizes[last] - 1] + layout.radius;
        double top = layout.neuronY[last][0] - layout.radius;
        List<Box> candidates = List.of(new Box(x, bottom + h * 0.4, w, h), new Box(x, top - h * 1.4, w, h),
                new Box(layout.width - w - 4, layout.bandBottom - h, w, h));
        Box box = space.takeFirstFree(candidates);
        if (box == null) {
            box = candidates.get(2);
            space.take(box);
        }
        labels.add(new Label(null, box, List.of(loss), Kind.LOSS, false, style.accent()));
    }

    private void placeEdgeLabels() {
        PhaseKind kind = text.kind();
        for (int l = 1; l <= layout.layers; l++) {
            boolean labelled = kind == null || kind == PhaseKind.ERROR || kind == PhaseKind.UPDATE || l == active;
            int edges = layout.sizes[l] * (layout.sizes[l - 1] + (text.biasAsNode() ? 1 : 0));
            if (!labelled || edges > MAX_LABELLED_EDGES_PER_LAYER) continue;
            for (int j = 0; j < layout.sizes[l]; j++) {
                for (int i = 0; i < layout.sizes[l - 1]; i++) placeEdgeLabel(new NetworkElement.Weight(l, j, i), false);
                if (text.biasAsNode()) placeEdgeLabel(new NetworkElement.Bias(l, j), false);
            }
        }
    }

    private void placeEdgeLabel(NetworkElement edge, boolean forced) {
        if (labels.stream().anyMatch(x -> x.kind == Kind.EDGE && edge.equals(x.element))) return;
        String value = edgeText(edge);
        double w = measure.width(value, smallFont) + layout.smallFont * 0.6;
        double h = layout.smallFont * 1.35;
        Point2D a = edgeStart(edge);
        Point2D b = edgeEnd(edge);
        List<Box> candidates = new ArrayList<>(EDGE_LABEL_POSITIONS.length);
        for (double t : EDGE_LABEL_POSITIONS) {
            candidates.add(Box.centred(a.getX() + (b.getX() - a.getX()) * t, a.getY() + (b.getY() - a.getY()) * t, w, h));
        }
        Box box = space.takeFirstFree(candidates);
        if (box == null && forced) {
            box = candidates.get(0);
            space.take(box);
        }
        if (box == null) return;
        labels.add(new Label(edge, box, List.of(value), Kind.EDGE, false, edgeColour(edgeValue(edge))));
    }

    // --- painting ----------------------------------------------------------------------------------

    void paint(GraphicsContext gc) {
        // Filling the whole canvas also drops any drawing still queued from an earlier frame.
        gc.setFill(style.background());
        gc.fillRect(0, 0, layout.width, layout.height);
        paintEdges(gc);
        paintNeurons(gc);
        paintLabels(gc);
        paintLayerNames(gc);
        paintCaption(gc);
        paintLegend(gc);
    }

    /**
     * The band behind the active layer and the edges, rasterised by {@link EdgeRaster} into the part of
     * the view between the first and last column. That image depends only on the snapshot, notation,
     * size and colours, so pointing at things (the most frequent redraw) reuses it; the halo of a
     * pointed-at edge goes on top, with the edge stroked again over it.
     */
    private void paintEdges(GraphicsContext gc) {
        double bandWidth = Math.max(layout.radius * 2 + layout.font * 2.4, layout.font * 6);
        double left = Math.max(0, Math.floor(Math.min(layout.columnX[0] - bandWidth / 2, layout.columnX[0] - 2)));
        double top = Math.max(0, Math.floor(layout.bandTop - layout.font * 0.3));
        double right = Math.min(layout.width, Math.ceil(layout.columnX[layout.layers] + bandWidth / 2));
        double bottom = Math.min(layout.height, Math.ceil(layout.namesY + layout.font * 0.8));
        EdgeRaster.Key key = new EdgeRaster.Key(s, text.notation(), left, top, right, bottom, style, active);
        if (!raster.holds(key)) {
            raster.begin(key, (int) (right - left), (int) (bottom - top), style.background());
            if (active >= 0) {
                raster.fillRect(layout.columnX[active] - bandWidth / 2 - left, layout.bandTop - layout.font * 0.2 - top,
                        bandWidth, layout.namesY + layout.font * 0.9 - layout.bandTop, style.activeBand());
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int l = 1; l <= layout.layers; l++) {
                    boolean isActive = active < 0 || l == active;
                    if (isActive != (pass == 1)) continue;
                    // Faded edges are drawn opaque in a colour mixed with the background: the renderer
                    // then writes most pixels instead of blending them, and crossings do not darken.
                    double fade = isActive ? 1.0 : NetworkPalette.INACTIVE_EDGE_OPACITY;
                    Color positive = style.background().interpolate(style.positive(), fade);
                    Color negative = style.background().interpolate(style.negative(), fade);
                    for (NetworkElement e : layerEdges(l)) {
                        Point2D a = edgeStart(e);
                        Point2D b = edgeEnd(e);
                        double value = edgeValue(e);
                        raster.line(a.getX() - left, a.getY() - top, b.getX() - left, b.getY() - top,
                                lineWidth(value), value < 0 ? negative : positive, 1.0, isLocked(e));
                    }
                }
            }
        }
        raster.writeTo(gc, (int) left, (int) top);
        for (NetworkElement e : new NetworkElement[] {hovered, selected}) {
            if ((e instanceof NetworkElement.Weight || e instanceof NetworkElement.Bias && text.biasAsNode()) && exists(e)) {
                paintHalo(gc, e);
            }
        }
        for (int l = 1; l <= layout.layers; l++) {
            for (NetworkElement e : layerEdges(l)) {
                if (!isLocked(e)) continue;
                Point2D a = edgeStart(e);
                Point2D b = edgeEnd(e);
                double t = 0.8;
                paintLock(gc, a.getX() + (b.getX() - a.getX()) * t, a.getY() + (b.getY() - a.getY()) * t,
                        layout.smallFont * 0.8);
            }
        }
    }

    private List<NetworkElement> layerEdges(int l) {
        List<NetworkElement> edges = new ArrayList<>(layout.sizes[l] * (layout.sizes[l - 1] + 1));
        for (int j = 0; j < layout.sizes[l]; j++) {
            for (int i = 0; i < layout.sizes[l - 1]; i++) edges.add(new NetworkElement.Weight(l, j, i));
            if (text.biasAsNode()) edges.add(new NetworkElement.Bias(l, j));
        }
        return edges;
    }

    private void paintHalo(GraphicsContext gc, NetworkElement edge) {
        Point2D a = edgeStart(edge);
        Point2D b = edgeEnd(edge);
        boolean isSelected = edge.equals(selected);
        double value = edgeValue(edge);
        double lw = lineWidth(value);
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setLineDashes();
        gc.setGlobalAlpha(0.55);
        gc.setStroke(isSelected ? style.accent() : style.hover());
        gc.setLineWidth(lw + (isSelected ? 8 : 6));
        gc.strokeLine(a.getX(), a.getY(), b.getX(), b.getY());
        gc.setGlobalAlpha(1.0);
        gc.setStroke(edgeColour(value));
        gc.setLineWidth(lw);
        if (isLocked(edge)) gc.setLineDashes(6, 4);
        gc.strokeLine(a.getX(), a.getY(), b.getX(), b.getY());
        gc.setLineDashes();
    }

    private boolean isLocked(NetworkElement e) {
        if (e instanceof NetworkElement.Weight w) return s.isWeightLocked(w.layer(), w.to(), w.from());
        NetworkElement.Bias b = (NetworkElement.Bias) e;
        return biasLocked(b.layer(), b.neuron());
    }

    private boolean biasLocked(int l, int j) {
        return s.biasMode() == org.backpropfx.engine.BiasMode.LOCKED || s.isBiasLocked(l, j);
    }

    private void paintLock(GraphicsContext gc, double cx, double cy, double size) {
        double w = size * 0.8;
        double h = size * 0.55;
        gc.setLineDashes();
        gc.setFill(style.text());
        gc.fillRect(cx - w / 2, cy - h / 2 + size * 0.15, w, h);
        gc.setStroke(style.text());
        gc.setLineWidth(Math.max(1.2, size * 0.12));
        gc.strokeArc(cx - w * 0.32, cy - size * 0.5, w * 0.64, size * 0.7, 0, 180, javafx.scene.shape.ArcType.OPEN);
    }

    private void paintNeurons(GraphicsContext gc) {
        double r = layout.radius;
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (int l = 0; l <= layout.layers; l++) {
            boolean computed = s.hasForward(l);
            for (int j = 0; j < layout.sizes[l]; j++) {
                double x = layout.columnX[l];
                double y = layout.neuronY[l][j];
                NetworkElement me = new NetworkElement.Neuron(l, j);
                if (me.equals(selected) || me.equals(hovered)) {
                    boolean sel = me.equals(selected);
                    gc.setStroke(sel ? style.accent() : style.hover());
                    gc.setLineWidth(sel ? 4 : 3);
                    gc.setLineDashes();
                    double ring = r + (sel ? 5 : 4);
                    gc.strokeOval(x - ring, y - ring, 2 * ring, 2 * ring);
                }
                gc.setFill(computed ? style.neuronFill() : style.background());
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
                if (computed) {
                    gc.setLineDashes();
                    gc.setStroke(l == active ? style.accent() : style.neuronStroke());
                    gc.setLineWidth(l == active ? 2.5 : 1.5);
                } else {
                    gc.setLineDashes(4, 3);
                    gc.setStroke(style.emptyStroke());
                    gc.setLineWidth(1.5);
                }
                gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
                if (valueInside[l][j]) {
                    gc.setFill(style.text());
                    gc.setFont(valueFont);
                    gc.fillText(text.neuron(l, j), x, y);
                }
            }
            if (layout.hasBiasNode(l)) paintBiasNode(gc, l);
        }
        gc.setLineDashes();
    }

    private void paintBiasNode(GraphicsContext gc, int column) {
        double h = layout.biasHalf;
        double x = layout.columnX[column];
        double y = layout.biasY[column];
        gc.setLineDashes();
        gc.setFill(style.neuronFill());
        gc.fillRoundRect(x - h, y - h, 2 * h, 2 * h, h * 0.5, h * 0.5);
        gc.setStroke(style.neuronStroke());
        gc.setLineWidth(1.5);
        gc.strokeRoundRect(x - h, y - h, 2 * h, 2 * h, h * 0.5, h * 0.5);
        if (h * 2 >= layout.smallFont * 1.6) {
            gc.setFill(style.text());
            gc.setFont(smallFont);
            gc.fillText("−1", x, y);
        }
    }

    private void paintLabels(GraphicsContext gc) {
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (Label label : labels) {
            Box b = label.box;
            boolean emphasised = label.element != null && (label.element.equals(selected) || label.element.equals(hovered));
            gc.setFill(style.labelBackground());
            gc.fillRoundRect(b.x(), b.y(), b.w(), b.h(), layout.smallFont * 0.6, layout.smallFont * 0.6);
            gc.setStroke(emphasised ? style.accent() : label.border);
            gc.setLineWidth(emphasised ? 2 : 1);
            gc.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), layout.smallFont * 0.6, layout.smallFont * 0.6);
            Font font = label.kind == Kind.VALUE_PILL || label.kind == Kind.LOSS ? valueFont : smallFont;
            gc.setFont(font);
            gc.setFill(style.text());
            double lineHeight = (b.h() - (label.lines.size() > 1 ? layout.smallFont * 0.3 : 0)) / label.lines.size();
            double lockRoom = label.locked ? layout.smallFont * 1.1 : 0;
            for (int k = 0; k < label.lines.size(); k++) {
                double cy = b.y() + (label.lines.size() > 1 ? layout.smallFont * 0.15 : 0) + lineHeight * (k + 0.5);
                gc.fillText(label.lines.get(k), b.centreX() - lockRoom / 2, cy);
            }
            if (label.locked) {
                double cy = b.y() + (label.lines.size() > 1 ? layout.smallFont * 0.15 : 0)
                        + lineHeight * (label.lines.size() - 0.5);
                paintLock(gc, b.x() + b.w() - lockRoom * 0.75, cy, layout.smallFont * 0.75);
            }
        }
    }

    private void paintLayerNames(GraphicsContext gc) {
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (int l = 0; l <= layout.layers; l++) {
            boolean isActive = l == active;
            gc.setFont(isActive ? boldFont : valueFont);
            gc.setFill(isActive ? style.text() : style.mutedText());
            gc.fillText(layerName(l, layout.layers), layout.columnX[l], layout.namesY);
        }
    }

    static String layerName(int l, int layers) {
        if (l == 0) return "input";
        if (l == layers) return "output";
        return "hidden " + l;
    }

    private void paintCaption(GraphicsContext gc) {
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFont(valueFont);
        gc.setFill(style.text());
        gc.fillText(text.caption(), layout.font * 0.8, layout.captionY, layout.width - layout.font * 1.6);
    }

    private void paintLegend(GraphicsContext gc) {
        double y = layout.legendY;
        double x = layout.font * 0.8;
        double seg = layout.font * 1.8;
        double gap = layout.smallFont * 1.2;
        gc.setFont(smallFont);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineCap(StrokeLineCap.BUTT);
        List<String> items = new ArrayList<>(List.of("positive weight", "negative weight", "width ∝ |w|", "locked",
                "not computed yet"));
        if (text.biasAsNode()) items.add("bias input (w₀ on −1)");
        for (int k = 0; k < items.size(); k++) {
            String item = items.get(k);
            double needed = seg + 6 + measure.width(item, smallFont) + gap;
            if (x + needed > layout.width) break;
            double mid = y;
            gc.setGlobalAlpha(1.0);
            switch (k) {
                case 0, 1 -> {
                    gc.setLineDashes();
                    gc.setStroke(k == 0 ? style.positive() : style.negative());
                    gc.setLineWidth(maxLineWidth * 0.7);
                    gc.strokeLine(x, mid, x + seg, mid);
                }
                case 2 -> {
                    gc.setFill(style.mutedText());
                    double[] xs = {x, x + seg, x + seg};
                    double[] ys = {mid, mid - maxLineWidth / 2, mid + maxLineWidth / 2};
                    gc.fillPolygon(xs, ys, 3);
                }
                case 3 -> {
                    gc.setStroke(style.mutedText());
                    gc.setLineWidth(2);
                    gc.setLineDashes(6, 4);
                    gc.strokeLine(x, mid, x + seg * 0.55, mid);
                    paintLock(gc, x + seg * 0.8, mid, layout.smallFont * 0.75);
                }
                case 4 -> {
                    double rr = layout.smallFont * 0.55;
                    gc.setStroke(style.emptyStroke());
                    gc.setLineWidth(1.5);
                    gc.setLineDashes(4, 3);
                    gc.strokeOval(x + seg / 2 - rr, mid - rr, 2 * rr, 2 * rr);
                }
                default -> {
                    double hh = layout.smallFont * 0.55;
                    gc.setLineDashes();
                    gc.setStroke(style.neuronStroke());
                    gc.setLineWidth(1.5);
                    gc.strokeRoundRect(x + seg / 2 - hh, mid - hh, 2 * hh, 2 * hh, hh * 0.5, hh * 0.5);
                }
            }
            gc.setLineDashes();
            gc.setFill(style.mutedText());
            gc.fillText(item, x + seg + 6, mid);
            x += needed;
        }
    }

    // --- geometry ----------------------------------------------------------------------------------

    private boolean exists(NetworkElement e) {
        int layers = layout.layers;
        if (e.layer() > layers) return false;
        if (e instanceof NetworkElement.Neuron n) return n.index() < layout.sizes[n.layer()];
        if (e instanceof NetworkElement.Weight w) return w.to() < layout.sizes[w.layer()] && w.from() < layout.sizes[w.layer() - 1];
        NetworkElement.Bias b = (NetworkElement.Bias) e;
        return text.showsBias() && b.neuron() < layout.sizes[b.layer()];
    }

    Point2D edgeStart(NetworkElement edge) {
        if (edge instanceof NetworkElement.Weight w) return layout.neuron(w.layer() - 1, w.from());
        return new Point2D(layout.columnX[edge.layer() - 1], layout.biasY[edge.layer() - 1]);
    }

    Point2D edgeEnd(NetworkElement edge) {
        if (edge instanceof NetworkElement.Weight w) return layout.neuron(w.layer(), w.to());
        NetworkElement.Bias b = (NetworkElement.Bias) edge;
        return layout.neuron(b.layer(), b.neuron());
    }

    String edgeText(NetworkElement edge) {
        if (edge instanceof NetworkElement.Weight w) return text.weight(w.layer(), w.to(), w.from());
        NetworkElement.Bias b = (NetworkElement.Bias) edge;
        return text.biasEdge(b.layer(), b.neuron());
    }

    private double edgeValue(NetworkElement edge) {
        if (edge instanceof NetworkElement.Weight w) return text.weightValue(w.layer(), w.to(), w.from());
        NetworkElement.Bias b = (NetworkElement.Bias) edge;
        return text.biasEdgeValue(b.layer(), b.neuron());
    }

    private Color edgeColour(double value) { return value < 0 ? style.negative() : style.positive(); }

    /** Width grows with √|w| relative to the largest weight, so small weights stay visible. */
    private double lineWidth(double value) {
        double relative = maxAbsWeight > 0 ? Math.min(1, Math.abs(value) / maxAbsWeight) : 0;
        return 0.8 + (maxLineWidth - 0.8) * Math.sqrt(relative);
    }

    private double maxAbsWeight() {
        double max = 0;
        for (int l = 1; l <= layout.layers; l++) {
            for (int j = 0; j < layout.sizes[l]; j++) {
                for (int i = 0; i < layout.sizes[l - 1]; i++) max = Math.max(max, Math.abs(text.weightValue(l, j, i)));
                if (text.biasAsNode()) max = Math.max(max, Math.abs(text.biasEdgeValue(l, j)));
            }
        }
        return max;
    }

    // --- hit testing -------------------------------------------------------------------------------

    /** The element under (x, y): neurons first, then labels, then the nearest edge within reach; or null. */
    NetworkElement elementAt(double x, double y) {
        double reach = layout.radius + 3;
        for (int l = 0; l <= layout.layers; l++) {
            for (int j = 0; j < layout.sizes[l]; j++) {
                double dx = x - layout.columnX[l];
                double dy = y - layout.neuronY[l][j];
                if (dx * dx + dy * dy <= reach * reach) return new NetworkElement.Neuron(l, j);
            }
        }
        for (int k = labels.size() - 1; k >= 0; k--) {
            Label label = labels.get(k);
            if (label.element != null && label.box.contains(x, y)) return label.element;
        }
        NetworkElement best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int l = 1; l <= layout.layers; l++) {
            double x0 = layout.columnX[l - 1];
            double x1 = layout.columnX[l];
            if (x < x0 - EDGE_HIT_TOLERANCE || x > x1 + EDGE_HIT_TOLERANCE) continue;
            for (int j = 0; j < layout.sizes[l]; j++) {
                for (int i = 0; i < layout.sizes[l - 1]; i++) {
                    NetworkElement.Weight w = new NetworkElement.Weight(l, j, i);
                    double d = distanceToEdge(w, x, y);
                    if (d < bestDistance && d <= hitReach(text.weightValue(l, j, i))) {
                        bestDistance = d;
                        best = w;
                    }
                }
                if (text.biasAsNode()) {
                    NetworkElement.Bias b = new NetworkElement.Bias(l, j);
                    double d = distanceToEdge(b, x, y);
                    if (d < bestDistance && d <= hitReach(text.biasEdgeValue(l, j))) {
                        bestDistance = d;
                        best = b;
                    }
                }
            }
        }
        return best;
    }

    private double hitReach(double value) { return Math.max(EDGE_HIT_TOLERANCE, lineWidth(value) / 2 + 3); }

    private double distanceToEdge(NetworkElement edge, double px, double py) {
        Point2D a = edgeStart(edge);
        Point2D b = edgeEnd(edge);
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((px - a.getX()) * dx + (py - a.getY()) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        double cx = a.getX() + t * dx - px;
        double cy = a.getY() + t * dy - py;
        return Math.sqrt(cx * cx + cy * cy);
    }

    /** A point on the edge that hits that edge (not a crossing edge, a neuron or another label), or null. */
    Point2D edgeClickPoint(NetworkElement edge) {
        Point2D a = edgeStart(edge);
        Point2D b = edgeEnd(edge);
        for (double t : new double[] {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82}) {
            Point2D p = new Point2D(a.getX() + (b.getX() - a.getX()) * t, a.getY() + (b.getY() - a.getY()) * t);
            if (edge.equals(elementAt(p.getX(), p.getY()))) return p;
        }
        return null;
    }

    /** Whether the value of this element is written somewhere in the picture right now. */
    boolean shows(NetworkElement e) {
        if (e instanceof NetworkElement.Neuron n && valueInside[n.layer()][n.index()]) return true;
        return labels.stream().anyMatch(x -> e.equals(x.element) && x.kind != Kind.NOTE);
    }

    /** The note lines drawn beside a neuron, or an empty list. */
    List<String> noteOf(int l, int j) {
        NetworkElement.Neuron n = new NetworkElement.Neuron(l, j);
        return labels.stream().filter(x -> x.kind == Kind.NOTE && n.equals(x.element)).findFirst()
                .map(Label::lines).orElse(List.of());
    }

    NetworkLayout layout() { return layout; }
}
