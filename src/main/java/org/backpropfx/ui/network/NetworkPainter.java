package org.backpropfx.ui.network;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;

/** Paints one frame: band, edges and neurons (through {@link Backdrop}), rings, labels, layer names, key and legend. */
final class NetworkPainter {
    private final Frame f;
    private final NetworkLayout layout;
    private final NetworkLabels text;
    private final Snapshot s;
    private final NetworkElement selected;
    private final NetworkElement hovered;
    private final NetworkStyle style;
    private final Font valueFont;
    private final Font smallFont;
    private final Font boldFont;
    private final int active;
    private final TextMeasure measure;
    private final Backdrop backdrop;
    private final LabelPlacer.Placement placement;
    private final double maxLineWidth;

    NetworkPainter(Frame frame, LabelPlacer.Placement placement, TextMeasure measure, Backdrop backdrop) {
        this.f = frame;
        layout = frame.layout;
        text = frame.text;
        s = frame.s;
        selected = frame.selected;
        hovered = frame.hovered;
        style = frame.style;
        valueFont = frame.valueFont;
        smallFont = frame.smallFont;
        boldFont = frame.boldFont;
        active = frame.active;
        this.placement = placement;
        this.measure = measure;
        this.backdrop = backdrop;
        maxLineWidth = frame.maxLineWidth;
    }

    void paint(GraphicsContext gc) {
        // Clearing the whole canvas drops any drawing still queued from an earlier frame, and costs less
        // than filling it: the backdrop image covers most of it, only the margins need the background.
        gc.clearRect(0, 0, layout.width, layout.height);
        paintEdges(gc);
        paintNeurons(gc);
        paintLabels(gc);
        if (!layout.zoom.isFit()) gc.restore();
        paintLayerNames(gc);
        paintCaption(gc);
        paintLegend(gc);
    }

    /**
     * The backdrop (the band behind the active layer, the edges and the neurons' circles), rasterised by
     * {@link Backdrop} into the part of the view between the first and last column, one strip per weight
     * layer. A strip depends only on its layer's weights, locks and highlight and on size and colours,
     * so pointing at things (the most frequent redraw) reuses the whole image and stepping redraws one or
     * two strips. The halo of a pointed-at edge goes on top, with the edge and its two neurons drawn
     * again over it.
     */
    private void paintEdges(GraphicsContext gc) {
        double bandWidth = Math.max(layout.radius * 2 + layout.font * 2.4, layout.font * 6);
        double left = Math.max(0, Math.floor(Math.min(layout.columnX[0] - bandWidth / 2, layout.columnX[0] - 2)));
        double top = Math.max(0, Math.floor(layout.bandTop - layout.font * 0.3));
        double right = Math.min(layout.width, Math.ceil(layout.columnX[layout.layers] + bandWidth / 2));
        boolean zoomed = !layout.zoom.isFit();
        // Zoomed in, what lies beyond the band is cut off rather than drawn under the caption or the names.
        double bottom = Math.min(layout.height, Math.ceil(layout.namesY + layout.font * (zoomed ? -0.8 : 0.8)));
        int w = (int) (right - left);
        int h = (int) (bottom - top);
        double[] band = active < 0 ? null : new double[] {layout.columnX[active] - bandWidth / 2 - left,
                layout.bandTop - layout.font * 0.2 - top, bandWidth, layout.namesY + layout.font * 0.9 - layout.bandTop};
        int[] bounds = new int[layout.layers + 1];
        bounds[layout.layers] = w;
        for (int k = 1; k < layout.layers; k++) {
            // Zoomed in, columns may lie beyond the view: their strips are then empty.
            bounds[k] = (int) Math.max(bounds[k - 1], Math.min(w, Math.round(layout.columnX[k] - left)));
        }
        List<StripKey> keys = new ArrayList<>(layout.layers);
        for (int k = 0; k < layout.layers; k++) keys.add(stripKey(k + 1, bounds[k], bounds[k + 1], band));
        paintMargins(gc, (int) left, (int) top, w, h);
        backdrop.paint(gc, (int) left, (int) top, w, h, keys, bounds,
                (raster, strip) -> paintStrip(raster, strip + 1, band, left, top));
        if (zoomed) {
            // Until paint() restores: halos, neurons and labels stay within the backdrop's rectangle.
            gc.save();
            gc.beginPath();
            gc.rect(0, top, layout.width, h);
            gc.closePath();
            gc.clip();
        }
        for (NetworkElement e : new NetworkElement[] {hovered, selected}) {
            if ((e instanceof NetworkElement.Weight || e instanceof NetworkElement.Bias && text.biasAsNode()) && f.exists(e)) {
                paintHalo(gc, e);
            }
        }
        for (int l = 1; l <= layout.layers; l++) {
            double x0 = layout.columnX[l - 1];
            double x1 = layout.columnX[l];
            for (int j = 0; j < layout.sizes[l]; j++) {
                for (int i = 0; i < f.edgeInputs(l); i++) {
                    if (!f.edgeLocked(l, j, i)) continue;
                    double y0 = f.edgeStartY(l, i);
                    double t = 0.8;
                    paintLock(gc, x0 + (x1 - x0) * t, y0 + (layout.neuronY[l][j] - y0) * t, layout.smallFont * 0.8);
                }
            }
        }
    }

    /** The background around the backdrop's rectangle. */
    private void paintMargins(GraphicsContext gc, int x, int y, int w, int h) {
        gc.setFill(style.background());
        gc.fillRect(0, 0, layout.width, y);
        gc.fillRect(0, y + h, layout.width, layout.height - y - h);
        gc.fillRect(0, y, x, h);
        gc.fillRect(x + w, y, layout.width - x - w, h);
    }

    /** Everything strip l's pixels depend on. */
    private StripKey stripKey(int l, int from, int to, double[] band) {
        int inputs = f.edgeInputs(l);
        double[] values = new double[layout.sizes[l] * inputs];
        boolean[] locked = new boolean[values.length];
        for (int j = 0, k = 0; j < layout.sizes[l]; j++) {
            for (int i = 0; i < inputs; i++, k++) {
                values[k] = f.edgeValue(l, j, i);
                locked[k] = f.edgeLocked(l, j, i);
            }
        }
        boolean bandHere = band != null && band[0] < to && band[0] + band[2] > from;
        return new StripKey(layout, style, f.maxAbsWeight, bandHere ? band : null, active < 0 || l == active,
                columnState(l - 1), columnState(l), values, locked);
    }

    private int columnState(int l) { return s.hasForward(l) ? (l == active ? 2 : 1) : 0; }

    private void paintStrip(EdgeRaster raster, int l, double[] band, double left, double top) {
        raster.fill(style.background());
        if (band != null) raster.fillRect(band[0], band[1], band[2], band[3], style.activeBand());
        // Faded edges are drawn opaque in a colour mixed with the background: most pixels are then
        // written instead of blended, and crossings do not darken.
        double fade = active < 0 || l == active ? 1.0 : NetworkPalette.INACTIVE_EDGE_OPACITY;
        Color positive = style.background().interpolate(style.positive(), fade);
        Color negative = style.background().interpolate(style.negative(), fade);
        double x0 = layout.columnX[l - 1] - left;
        double x1 = layout.columnX[l] - left;
        int neuronsBefore = layout.sizes[l - 1];
        for (int j = 0; j < layout.sizes[l]; j++) {
            double y1 = layout.neuronY[l][j] - top;
            for (int i = 0; i < f.edgeInputs(l); i++) {
                double value = f.edgeValue(l, j, i);
                double y0 = f.edgeStartY(l, i) - top;
                double width = f.lineWidth(value);
                // The ends under the opaque circles (and "−1" squares) would be painted over: skip them.
                double dx = x1 - x0;
                double dy = y1 - y0;
                double length = Math.sqrt(dx * dx + dy * dy);
                double hiddenStart = hiddenLength(i < neuronsBefore ? layout.radius : layout.biasHalf, width);
                double hiddenEnd = hiddenLength(layout.radius, width);
                double a = Math.min(0.5, hiddenStart / length);
                double b = Math.max(0.5, 1 - hiddenEnd / length);
                raster.line(x0 + dx * a, y0 + dy * a, x0 + dx * b, y0 + dy * b, width, value < 0 ? negative : positive,
                        1.0, f.edgeLocked(l, j, i));
            }
        }
        for (int column = l - 1; column <= l; column++) {
            for (int j = 0; j < layout.sizes[column]; j++) {
                NeuronLook look = neuronLook(column);
                raster.disc(layout.columnX[column] - left, layout.neuronY[column][j] - top, layout.radius, look.fill,
                        look.stroke, look.width, look.dashed ? 4 : 0, look.dashed ? 3 : 0);
            }
        }
    }

    /**
     * How far along a line of this width, from the centre of a circle of radius r, every pixel it covers
     * lies inside the circle's opaque part, allowing for the rasteriser's half-pixel rounding at the ends.
     */
    private static double hiddenLength(double r, double lineWidth) {
        double inner = r - 2;
        double half = lineWidth / 2;
        return inner > half ? Math.sqrt(inner * inner - half * half) : 0;
    }

    /** How a neuron's circle is drawn: filled once computed in this sample, outlined in the accent when active. */
    private record NeuronLook(Color fill, Color stroke, double width, boolean dashed) {}

    private NeuronLook neuronLook(int l) {
        if (!s.hasForward(l)) return new NeuronLook(style.background(), style.emptyStroke(), 1.5, true);
        return l == active ? new NeuronLook(style.neuronFill(), style.accent(), 2.5, false)
                : new NeuronLook(style.neuronFill(), style.neuronStroke(), 1.5, false);
    }

    /** The circle of one neuron on the canvas: over the halo of an edge that ends in it. */
    private void paintNeuronCircle(GraphicsContext gc, int l, int j) {
        NeuronLook look = neuronLook(l);
        double r = layout.radius;
        double x = layout.columnX[l];
        double y = layout.neuronY[l][j];
        gc.setFill(look.fill);
        gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        if (look.dashed) gc.setLineDashes(4, 3);
        else gc.setLineDashes();
        gc.setStroke(look.stroke);
        gc.setLineWidth(look.width);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        gc.setLineDashes();
    }

    private void paintHalo(GraphicsContext gc, NetworkElement edge) {
        Point2D a = f.edgeStart(edge);
        Point2D b = f.edgeEnd(edge);
        boolean isSelected = edge.equals(selected);
        double value = f.edgeValue(edge);
        double lw = f.lineWidth(value);
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setLineDashes();
        gc.setGlobalAlpha(0.55);
        gc.setStroke(isSelected ? style.accent() : style.hover());
        gc.setLineWidth(lw + (isSelected ? 8 : 6));
        gc.strokeLine(a.getX(), a.getY(), b.getX(), b.getY());
        gc.setGlobalAlpha(1.0);
        gc.setStroke(f.edgeColour(value));
        gc.setLineWidth(lw);
        if (f.isLocked(edge)) gc.setLineDashes(6, 4);
        gc.strokeLine(a.getX(), a.getY(), b.getX(), b.getY());
        gc.setLineDashes();
        if (edge instanceof NetworkElement.Weight w) paintNeuronCircle(gc, w.layer() - 1, w.from());
        paintNeuronCircle(gc, edge.layer(), edge instanceof NetworkElement.Weight w ? w.to()
                : ((NetworkElement.Bias) edge).neuron());
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
        gc.setLineDashes();
        for (int l = 0; l <= layout.layers; l++) {
            for (int j = 0; j < layout.sizes[l]; j++) {
                double x = layout.columnX[l];
                double y = layout.neuronY[l][j];
                NetworkElement me = new NetworkElement.Neuron(l, j);
                if (me.equals(selected) || me.equals(hovered)) {
                    boolean sel = me.equals(selected);
                    gc.setStroke(sel ? style.accent() : style.hover());
                    gc.setLineWidth(sel ? 4 : 3);
                    double ring = r + (sel ? 5 : 4);
                    gc.strokeOval(x - ring, y - ring, 2 * ring, 2 * ring);
                }
                if (placement.valueInside()[l][j]) {
                    gc.setFill(style.text());
                    gc.setFont(valueFont);
                    gc.fillText(placement.insideText()[l][j], x, y);
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
        for (PlacedLabel label : placement.labels()) {
            Box b = label.box();
            boolean emphasised = label.element() != null && (label.element().equals(selected) || label.element().equals(hovered));
            paintTag(gc, b, emphasised ? style.accent() : label.border(), emphasised ? 2 : 1);
            Font font = label.kind() == PlacedLabel.Kind.VALUE_PILL || label.kind() == PlacedLabel.Kind.LOSS ? valueFont : smallFont;
            gc.setFont(font);
            gc.setFill(style.text());
            double lineHeight = (b.h() - (label.lines().size() > 1 ? layout.smallFont * 0.3 : 0)) / label.lines().size();
            double lockRoom = label.locked() ? layout.smallFont * 1.1 : 0;
            for (int k = 0; k < label.lines().size(); k++) {
                double cy = b.y() + (label.lines().size() > 1 ? layout.smallFont * 0.15 : 0) + lineHeight * (k + 0.5);
                gc.fillText(label.lines().get(k), b.centreX() - lockRoom / 2, cy);
            }
            if (label.locked()) {
                double cy = b.y() + (label.lines().size() > 1 ? layout.smallFont * 0.15 : 0)
                        + lineHeight * (label.lines().size() - 0.5);
                paintLock(gc, b.x() + b.w() - lockRoom * 0.75, cy, layout.smallFont * 0.75);
            }
        }
    }

    /**
     * A label's box: the background and a border of t pixels, with the corners cut by t. Built from four
     * whole-pixel rectangles, which the software pipeline fills many times faster than rounded shapes (a
     * dense network has a hundred labels): the border colour as a cross, then the background inside.
     */
    private void paintTag(GraphicsContext gc, Box b, Color border, int t) {
        double x = Math.round(b.x());
        double y = Math.round(b.y());
        double w = Math.max(2 * t + 1, Math.round(b.w()));
        double h = Math.max(2 * t + 1, Math.round(b.h()));
        gc.setFill(border);
        gc.fillRect(x + t, y, w - 2 * t, h);
        gc.fillRect(x, y + t, t, h - 2 * t);
        gc.fillRect(x + w - t, y + t, t, h - 2 * t);
        gc.setFill(style.labelBackground());
        gc.fillRect(x + t, y + t, w - 2 * t, h - 2 * t);
    }

    /** Layer names under the columns: in full, else short ("h2"), else only every other one, never overlapping. */
    private void paintLayerNames(GraphicsContext gc) {
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        double gap = layout.layers == 0 ? layout.width : layout.columnX[1] - layout.columnX[0];
        boolean full = true;
        boolean shortFit = true;
        for (int l = 0; l <= layout.layers; l++) {
            full &= measure.width(Frame.layerName(l, layout.layers), boldFont) + layout.font * 0.6 <= gap;
            shortFit &= measure.width(shortLayerName(l), boldFont) + layout.font * 0.4 <= gap;
        }
        for (int l = 0; l <= layout.layers; l++) {
            boolean isActive = l == active;
            if (!full && !shortFit && !isActive && l % 2 == 1 && l != layout.layers) continue;
            if (!full && !shortFit && !isActive && (l - 1 == active || l + 1 == active)) continue;
            gc.setFont(isActive ? boldFont : valueFont);
            gc.setFill(isActive ? style.text() : style.mutedText());
            gc.fillText(full ? Frame.layerName(l, layout.layers) : shortLayerName(l), layout.columnX[l], layout.namesY);
        }
    }

    private String shortLayerName(int l) {
        if (l == 0) return "in";
        return l == layout.layers ? "out" : "h" + l;
    }

    private void paintCaption(GraphicsContext gc) {
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFont(valueFont);
        gc.setFill(style.text());
        gc.fillText(text.caption(), layout.font * 0.8, layout.captionY, layout.width - layout.font * 1.6);
    }

    private void paintLegend(GraphicsContext gc) {
        String count = text.shownCount(placement.edgesShown(), placement.edgesOfPhase());
        if (!count.isEmpty()) {
            // Saying that numbers are missing matters more than the key to the colours.
            gc.setFont(smallFont);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.CENTER);
            gc.setFill(style.text());
            gc.fillText(count, layout.font * 0.8, layout.legendY);
            return;
        }
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
}
