package org.backpropfx.ui.network;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.backpropfx.session.i18n.Texts;
import org.backpropfx.stepper.NetworkElement;

/** Paints one frame: band, edges and neurons (through {@link Backdrop}), rings, labels, layer names, key and legend. */
final class NetworkPainter {
    private final Frame f;
    private final TextMeasure measure;
    private final Backdrop backdrop;
    private final LabelPlacer.Placement placement;

    NetworkPainter(Frame frame, LabelPlacer.Placement placement, TextMeasure measure, Backdrop backdrop) {
        this.f = frame;
        this.placement = placement;
        this.measure = measure;
        this.backdrop = backdrop;
    }

    void paint(GraphicsContext gc) {
        // No clearing first: the backdrop image and the margins around it (paintEdges) are opaque and
        // cover every pixel of the canvas, and the software pipeline would pay for a clear of the whole
        // canvas with one more pass over all its pixels on the render thread, every frame.
        paintEdges(gc);
        paintNeurons(gc);
        paintLabels(gc);
        if (!f.layout.zoom.isFit()) gc.restore();
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
        double bandWidth = Math.max(f.layout.radius * 2 + f.layout.font * 2.4, f.layout.font * 6);
        double left = Math.max(0, Math.floor(Math.min(f.layout.columnX[0] - bandWidth / 2, f.layout.columnX[0] - 2)));
        double top = Math.max(0, Math.floor(f.layout.bandTop - f.layout.font * 0.3));
        double right = Math.min(f.layout.width, Math.ceil(f.layout.columnX[f.layout.layers] + bandWidth / 2));
        boolean zoomed = !f.layout.zoom.isFit();
        // Zoomed in, what lies beyond the band is cut off rather than drawn under the caption or the names.
        double bottom = Math.min(f.layout.height, Math.ceil(f.layout.namesY + f.layout.font * (zoomed ? -0.8 : 0.8)));
        int w = (int) (right - left);
        int h = (int) (bottom - top);
        double[] band = f.active < 0 ? null : new double[] {f.layout.columnX[f.active] - bandWidth / 2 - left,
                f.layout.bandTop - f.layout.font * 0.2 - top, bandWidth, f.layout.namesY + f.layout.font * 0.9 - f.layout.bandTop};
        int[] bounds = new int[f.layout.layers + 1];
        bounds[f.layout.layers] = w;
        for (int k = 1; k < f.layout.layers; k++) {
            // Zoomed in, columns may lie beyond the view: their strips are then empty.
            bounds[k] = (int) Math.max(bounds[k - 1], Math.min(w, Math.round(f.layout.columnX[k] - left)));
        }
        List<StripKey> keys = new ArrayList<>(f.layout.layers);
        for (int k = 0; k < f.layout.layers; k++) keys.add(stripKey(k + 1, bounds[k], bounds[k + 1], band));
        paintMargins(gc, (int) left, (int) top, w, h);
        backdrop.paint(gc, (int) left, (int) top, w, h, keys, bounds,
                (raster, strip) -> paintStrip(raster, strip + 1, band, left, top, keys.get(strip)));
        if (zoomed) {
            // Until paint() restores: halos, neurons and labels stay within the backdrop's rectangle.
            gc.save();
            gc.beginPath();
            gc.rect(0, top, f.layout.width, h);
            gc.closePath();
            gc.clip();
        }
        List<NetworkElement> haloed = new ArrayList<>(f.highlighted);
        haloed.add(f.hovered);
        haloed.add(f.selected);
        for (NetworkElement e : haloed) {
            if (e != null && (e instanceof NetworkElement.Weight || e instanceof NetworkElement.Bias && f.text.biasAsNode()) && f.exists(e)) {
                paintHalo(gc, e);
            }
        }
        for (int l = 1; l <= f.layout.layers; l++) {
            double x0 = f.layout.columnX[l - 1];
            double x1 = f.layout.columnX[l];
            for (int j = 0; j < f.layout.sizes[l]; j++) {
                for (int i = 0; i < f.edgeInputs(l); i++) {
                    if (!f.edgeLocked(l, j, i)) continue;
                    double y0 = f.edgeStartY(l, i);
                    double t = 0.8;
                    paintLock(gc, x0 + (x1 - x0) * t, y0 + (f.layout.neuronY[l][j] - y0) * t, f.layout.smallFont * 0.8);
                }
            }
        }
    }

    /** The background around the backdrop's rectangle. */
    private void paintMargins(GraphicsContext gc, int x, int y, int w, int h) {
        gc.setFill(f.style.background());
        gc.fillRect(0, 0, f.layout.width, y);
        gc.fillRect(0, y + h, f.layout.width, f.layout.height - y - h);
        gc.fillRect(0, y, x, h);
        gc.fillRect(x + w, y, f.layout.width - x - w, h);
    }

    /** Everything strip l's pixels depend on. */
    private StripKey stripKey(int l, int from, int to, double[] band) {
        int inputs = f.edgeInputs(l);
        double[] values = new double[f.layout.sizes[l] * inputs];
        boolean[] locked = new boolean[values.length];
        for (int j = 0, k = 0; j < f.layout.sizes[l]; j++) {
            for (int i = 0; i < inputs; i++, k++) {
                values[k] = f.edgeValue(l, j, i);
                locked[k] = f.edgeLocked(l, j, i);
            }
        }
        boolean bandHere = band != null && band[0] < to && band[0] + band[2] > from;
        return new StripKey(f.layout, f.style, f.maxAbsWeight, bandHere ? band : null, f.active < 0 || l == f.active,
                columnState(l - 1), columnState(l), values, locked);
    }

    private int columnState(int l) { return f.s.hasForward(l) ? (l == f.active ? 2 : 1) : 0; }

    private void paintStrip(EdgeRaster raster, int l, double[] band, double left, double top, StripKey key) {
        // Faded edges are drawn opaque in a colour mixed with the background: most pixels are then
        // written instead of blended, and crossings do not darken.
        double fade = f.active < 0 || l == f.active ? 1.0 : NetworkPalette.INACTIVE_EDGE_OPACITY;
        Color positive = f.style.background().interpolate(f.style.positive(), fade);
        Color negative = f.style.background().interpolate(f.style.negative(), fade);
        // The edges' coverage is kept while the weights stay: a step to another layer only recolours it.
        int[] coverage = backdrop.edgeCoverage(l - 1, f.layout.layers, key.edges(), raster,
                edges -> rasteriseEdges(edges, l, left, top));
        // The background, the band and the edges over them, in one pass over the strip.
        raster.paintBackdrop(coverage, f.style.background(), band, f.style.activeBand(), positive, negative);
        for (int column = l - 1; column <= l; column++) {
            for (int j = 0; j < f.layout.sizes[column]; j++) {
                NeuronLook look = neuronLook(column);
                raster.disc(f.layout.columnX[column] - left, f.layout.neuronY[column][j] - top, f.layout.radius, look.fill,
                        look.stroke, look.width, look.dashed ? 4 : 0, look.dashed ? 3 : 0);
            }
        }
    }

    /**
     * Layer l's edges as coverage (see {@link Backdrop#edgeCoverage}): a positive weight's pixels in the
     * red channel, a negative one's in the green, so that the same coverage gives every colouring.
     */
    private void rasteriseEdges(EdgeRaster raster, int l, double left, double top) {
        double x0 = f.layout.columnX[l - 1] - left;
        double x1 = f.layout.columnX[l] - left;
        int neuronsBefore = f.layout.sizes[l - 1];
        for (int j = 0; j < f.layout.sizes[l]; j++) {
            double y1 = f.layout.neuronY[l][j] - top;
            for (int i = 0; i < f.edgeInputs(l); i++) {
                double value = f.edgeValue(l, j, i);
                double y0 = f.edgeStartY(l, i) - top;
                double width = f.lineWidth(value);
                // The ends under the opaque circles (and "−1" squares) would be painted over: skip them.
                double dx = x1 - x0;
                double dy = y1 - y0;
                double length = Math.sqrt(dx * dx + dy * dy);
                double hiddenStart = hiddenLength(i < neuronsBefore ? f.layout.radius : f.layout.biasHalf, width);
                double hiddenEnd = hiddenLength(f.layout.radius, width);
                double a = Math.min(0.5, hiddenStart / length);
                double b = Math.max(0.5, 1 - hiddenEnd / length);
                raster.line(x0 + dx * a, y0 + dy * a, x0 + dx * b, y0 + dy * b, width,
                        value < 0 ? EdgeRaster.NEGATIVE_COVERAGE : EdgeRaster.POSITIVE_COVERAGE, 1.0, f.edgeLocked(l, j, i));
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
        if (!f.s.hasForward(l)) return new NeuronLook(f.style.background(), f.style.emptyStroke(), 1.5, true);
        return l == f.active ? new NeuronLook(f.style.neuronFill(), f.style.accent(), 2.5, false)
                : new NeuronLook(f.style.neuronFill(), f.style.neuronStroke(), 1.5, false);
    }

    /** The circle of one neuron on the canvas: over the halo of an edge that ends in it. */
    private void paintNeuronCircle(GraphicsContext gc, int l, int j) {
        NeuronLook look = neuronLook(l);
        double r = f.layout.radius;
        double x = f.layout.columnX[l];
        double y = f.layout.neuronY[l][j];
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
        boolean isSelected = edge.equals(f.selected) || f.highlighted.contains(edge);
        double value = f.edgeValue(edge);
        double lw = f.lineWidth(value);
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setLineDashes();
        gc.setGlobalAlpha(0.55);
        gc.setStroke(isSelected ? f.style.accent() : f.style.hover());
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
        gc.setFill(f.style.text());
        gc.fillRect(cx - w / 2, cy - h / 2 + size * 0.15, w, h);
        gc.setStroke(f.style.text());
        gc.setLineWidth(Math.max(1.2, size * 0.12));
        gc.strokeArc(cx - w * 0.32, cy - size * 0.5, w * 0.64, size * 0.7, 0, 180, ArcType.OPEN);
    }

    private void paintNeurons(GraphicsContext gc) {
        double r = f.layout.radius;
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineDashes();
        for (int l = 0; l <= f.layout.layers; l++) {
            for (int j = 0; j < f.layout.sizes[l]; j++) {
                double x = f.layout.columnX[l];
                double y = f.layout.neuronY[l][j];
                NetworkElement me = new NetworkElement.Neuron(l, j);
                if (me.equals(f.selected) || me.equals(f.hovered) || f.highlighted.contains(me)) {
                    boolean sel = me.equals(f.selected) || f.highlighted.contains(me);
                    gc.setStroke(sel ? f.style.accent() : f.style.hover());
                    gc.setLineWidth(sel ? 4 : 3);
                    double ring = r + (sel ? 5 : 4);
                    gc.strokeOval(x - ring, y - ring, 2 * ring, 2 * ring);
                }
                if (placement.valueInside()[l][j]) {
                    double size = placement.insideSize()[l][j];
                    gc.setFill(f.style.text());
                    gc.setFont(size == f.layout.font ? f.valueFont : Font.font(f.valueFont.getFamily(), size));
                    gc.fillText(placement.insideText()[l][j], x, y);
                }
            }
            if (f.layout.hasBiasNode(l)) paintBiasNode(gc, l);
        }
        gc.setLineDashes();
    }

    private void paintBiasNode(GraphicsContext gc, int column) {
        double h = f.layout.biasHalf;
        double x = f.layout.columnX[column];
        double y = f.layout.biasY[column];
        gc.setLineDashes();
        gc.setFill(f.style.neuronFill());
        gc.fillRoundRect(x - h, y - h, 2 * h, 2 * h, h * 0.5, h * 0.5);
        gc.setStroke(f.style.neuronStroke());
        gc.setLineWidth(1.5);
        gc.strokeRoundRect(x - h, y - h, 2 * h, 2 * h, h * 0.5, h * 0.5);
        // The "−1" says what the square is: the constant input of the w₀ edges. When the square is smaller than
        // the notes' text (zoomed text in a small view), the "−1" is written smaller rather than left out.
        double size = Math.min(f.layout.smallFont, h * 2 / 1.6);
        if (size >= MIN_BIAS_TEXT) {
            gc.setFill(f.style.text());
            gc.setFont(size == f.layout.smallFont ? f.smallFont : Font.font(f.smallFont.getFamily(), size));
            gc.fillText("−1", x, y);
        }
    }

    /** The smallest "−1" written in a bias square (pixels); smaller squares are left plain. */
    static final double MIN_BIAS_TEXT = 7;

    private void paintLabels(GraphicsContext gc) {
        paintLeaders(gc);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (PlacedLabel label : placement.labels()) {
            Box b = label.box();
            boolean emphasised = label.element() != null && (label.element().equals(f.selected) || label.element().equals(f.hovered)
                    || f.highlighted.contains(label.element()));
            paintTag(gc, b, emphasised ? f.style.accent() : label.border(), emphasised ? 2 : 1);
            Font font = label.kind() == PlacedLabel.Kind.VALUE_PILL || label.kind() == PlacedLabel.Kind.LOSS ? f.valueFont : f.smallFont;
            gc.setFont(font);
            gc.setFill(f.style.text());
            double lineHeight = (b.h() - (label.lines().size() > 1 ? f.layout.smallFont * 0.3 : 0)) / label.lines().size();
            double lockRoom = label.locked() ? f.layout.smallFont * 1.1 : 0;
            for (int k = 0; k < label.lines().size(); k++) {
                double cy = b.y() + (label.lines().size() > 1 ? f.layout.smallFont * 0.15 : 0) + lineHeight * (k + 0.5);
                gc.fillText(label.lines().get(k), b.centreX() - lockRoom / 2, cy);
            }
            if (label.locked()) {
                double cy = b.y() + (label.lines().size() > 1 ? f.layout.smallFont * 0.15 : 0)
                        + lineHeight * (label.lines().size() - 0.5);
                paintLock(gc, b.x() + b.w() - lockRoom * 0.75, cy, f.layout.smallFont * 0.75);
            }
        }
    }

    /** Thin lines from edge numbers put beside their edges to a dot on the edge, under the boxes. */
    private void paintLeaders(GraphicsContext gc) {
        gc.setLineDashes();
        gc.setLineWidth(1);
        for (PlacedLabel label : placement.labels()) {
            Point2D anchor = label.leader();
            if (anchor == null) continue;
            Point2D end = label.box().nearestTo(anchor);
            gc.setStroke(f.style.text());
            gc.strokeLine(anchor.getX(), anchor.getY(), end.getX(), end.getY());
            gc.setFill(f.style.text());
            gc.fillOval(anchor.getX() - 2, anchor.getY() - 2, 4, 4);
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
        gc.setFill(f.style.labelBackground());
        gc.fillRect(x + t, y + t, w - 2 * t, h - 2 * t);
    }

    /** Layer names under the columns: in full, else short ("h2"), else only every other one, never overlapping. */
    private void paintLayerNames(GraphicsContext gc) {
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        double gap = f.layout.layers == 0 ? f.layout.width : f.layout.columnX[1] - f.layout.columnX[0];
        boolean full = true;
        boolean shortFit = true;
        for (int l = 0; l <= f.layout.layers; l++) {
            full &= measure.width(Frame.layerName(l, f.layout.layers), f.boldFont) + f.layout.font * 0.6 <= gap;
            shortFit &= measure.width(shortLayerName(l), f.boldFont) + f.layout.font * 0.4 <= gap;
        }
        for (int l = 0; l <= f.layout.layers; l++) {
            boolean isActive = l == f.active;
            if (!full && !shortFit && !isActive && l % 2 == 1 && l != f.layout.layers) continue;
            if (!full && !shortFit && !isActive && (l - 1 == f.active || l + 1 == f.active)) continue;
            gc.setFont(isActive ? f.boldFont : f.valueFont);
            gc.setFill(isActive ? f.style.text() : f.style.mutedText());
            gc.fillText(full ? Frame.layerName(l, f.layout.layers) : shortLayerName(l), f.layout.columnX[l], f.layout.namesY);
        }
    }

    private String shortLayerName(int l) {
        if (l == 0) return Texts.get("network.short.input");
        return l == f.layout.layers ? Texts.get("network.short.output") : Texts.get("network.short.hidden", l);
    }

    private void paintCaption(GraphicsContext gc) {
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFont(f.valueFont);
        gc.setFill(f.style.text());
        gc.fillText(f.text.caption(), f.layout.font * 0.8, f.layout.captionY, f.layout.width - f.layout.font * 1.6);
    }

    private void paintLegend(GraphicsContext gc) {
        String count = f.text.shownCount(placement.edgesShown(), placement.edgesOfPhase());
        if (!count.isEmpty()) {
            // Saying that numbers are missing matters more than the key to the colours.
            gc.setFont(f.smallFont);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.CENTER);
            gc.setFill(f.style.text());
            gc.fillText(count, f.layout.font * 0.8, f.layout.legendY);
            return;
        }
        double y = f.layout.legendY;
        double x = f.layout.font * 0.8;
        double seg = f.layout.font * 1.8;
        double gap = f.layout.smallFont * 1.2;
        gc.setFont(f.smallFont);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineCap(StrokeLineCap.BUTT);
        List<String> items = new ArrayList<>(List.of(Texts.get("network.legend.positive"), Texts.get("network.legend.negative"), Texts.get("network.legend.width"), Texts.get("network.legend.locked"),
                Texts.get("network.legend.notYet")));
        if (f.text.biasAsNode()) items.add(Texts.get("network.legend.biasInput"));
        for (int k = 0; k < items.size(); k++) {
            String item = items.get(k);
            double needed = seg + 6 + measure.width(item, f.smallFont) + gap;
            if (x + needed > f.layout.width) break;
            double mid = y;
            gc.setGlobalAlpha(1.0);
            switch (k) {
                case 0, 1 -> {
                    gc.setLineDashes();
                    gc.setStroke(k == 0 ? f.style.positive() : f.style.negative());
                    gc.setLineWidth(f.maxLineWidth * 0.7);
                    gc.strokeLine(x, mid, x + seg, mid);
                }
                case 2 -> {
                    gc.setFill(f.style.mutedText());
                    double[] xs = {x, x + seg, x + seg};
                    double[] ys = {mid, mid - f.maxLineWidth / 2, mid + f.maxLineWidth / 2};
                    gc.fillPolygon(xs, ys, 3);
                }
                case 3 -> {
                    gc.setStroke(f.style.mutedText());
                    gc.setLineWidth(2);
                    gc.setLineDashes(6, 4);
                    gc.strokeLine(x, mid, x + seg * 0.55, mid);
                    paintLock(gc, x + seg * 0.8, mid, f.layout.smallFont * 0.75);
                }
                case 4 -> {
                    double rr = f.layout.smallFont * 0.55;
                    gc.setStroke(f.style.emptyStroke());
                    gc.setLineWidth(1.5);
                    gc.setLineDashes(4, 3);
                    gc.strokeOval(x + seg / 2 - rr, mid - rr, 2 * rr, 2 * rr);
                }
                default -> {
                    double hh = f.layout.smallFont * 0.55;
                    gc.setLineDashes();
                    gc.setStroke(f.style.neuronStroke());
                    gc.setLineWidth(1.5);
                    gc.strokeRoundRect(x + seg / 2 - hh, mid - hh, 2 * hh, 2 * hh, hh * 0.5, hh * 0.5);
                }
            }
            gc.setLineDashes();
            gc.setFill(f.style.mutedText());
            gc.fillText(item, x + seg + 6, mid);
            x += needed;
        }
    }
}
