package org.backpropfx.ui.matrix;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

import org.backpropfx.notation.MatrixEquation;

/**
 * Where everything of the matrix view goes, in content coordinates (before scrolling): each line's topic,
 * each block's name, cells, brackets and shape, and the operators between blocks. Computed once per
 * phase, notation, digits or text size; drawing and hit testing only read it.
 */
final class MatrixSheet {
    /** A piece of text at a baseline position. */
    record Text(String text, double x, double baseline, Kind kind) {}

    enum Kind { TOPIC, NAME, OPERATOR, SHAPE }

    /** A cell's box (the number is centred in it). */
    record PlacedCell(MatrixEquation.Cell cell, Bounds box) {}

    /** The tall bracket on one side of a block's body. */
    record Bracket(double x, double top, double bottom, boolean left) {}

    final List<Text> texts = new ArrayList<>();
    final List<PlacedCell> cells = new ArrayList<>();
    final List<Bracket> brackets = new ArrayList<>();
    final double width;
    final double height;
    final double font;

    /** Widths of text in the view's fonts. */
    interface Widths {
        double of(String text, Kind kind);

        double cell(String text);
    }

    MatrixSheet(List<MatrixEquation> lines, double font, Widths widths) {
        this.font = font;
        double pad = font * 0.8;
        double cellHeight = font * 1.5;
        double cellPad = font * 0.7;
        double bracketGap = font * 0.35;
        double nameHeight = font * 1.35;
        double shapeHeight = font * 1.25;
        double y = pad;
        double right = 0;
        for (MatrixEquation line : lines) {
            texts.add(new Text(capitalised(line.topic()) + "   " + line.shapes(), pad, y + font, Kind.TOPIC));
            right = Math.max(right, pad + widths.of(capitalised(line.topic()) + "   " + line.shapes(), Kind.TOPIC));
            y += font * 1.6;
            int tallest = 1;
            for (MatrixEquation.Block b : line.blocks()) tallest = Math.max(tallest, b.rows());
            double bodyTop = y + nameHeight;
            double axis = bodyTop + tallest * cellHeight / 2;
            double x = pad;
            for (MatrixEquation.Term term : line.terms()) {
                if (term instanceof MatrixEquation.Operator op) {
                    double w = widths.of(op.text(), Kind.OPERATOR);
                    texts.add(new Text(op.text(), x + font * 0.4, axis + font * 0.35, Kind.OPERATOR));
                    x += w + font * 0.8;
                    continue;
                }
                MatrixEquation.Block b = (MatrixEquation.Block) term;
                double[] columnWidths = new double[b.cols()];
                for (int c = 0; c < b.cols(); c++) {
                    double w = font * 1.6;
                    for (int r = 0; r < b.rows(); r++) w = Math.max(w, widths.cell(b.cell(r, c).text()));
                    columnWidths[c] = w + cellPad;
                }
                double bodyWidth = 0;
                for (double w : columnWidths) bodyWidth += w;
                double top = axis - b.rows() * cellHeight / 2;
                double bottom = top + b.rows() * cellHeight;
                double blockWidth = Math.max(bodyWidth + 2 * bracketGap,
                        Math.max(widths.of(b.name(), Kind.NAME), widths.of(b.shape(), Kind.SHAPE)));
                double bodyLeft = x + (blockWidth - bodyWidth) / 2;
                texts.add(new Text(b.name(), x + (blockWidth - widths.of(b.name(), Kind.NAME)) / 2, top - font * 0.4,
                        Kind.NAME));
                texts.add(new Text(b.shape(), x + (blockWidth - widths.of(b.shape(), Kind.SHAPE)) / 2,
                        bottom + font * 1.05, Kind.SHAPE));
                brackets.add(new Bracket(bodyLeft - bracketGap * 0.6, top, bottom, true));
                brackets.add(new Bracket(bodyLeft + bodyWidth + bracketGap * 0.6, top, bottom, false));
                for (int r = 0; r < b.rows(); r++) {
                    double cx = bodyLeft;
                    for (int c = 0; c < b.cols(); c++) {
                        cells.add(new PlacedCell(b.cell(r, c),
                                new BoundingBox(cx, top + r * cellHeight, columnWidths[c], cellHeight)));
                        cx += columnWidths[c];
                    }
                }
                x += blockWidth + font * 0.3;
            }
            right = Math.max(right, x);
            y = bodyTop + tallest * cellHeight + shapeHeight + font * 0.9;
        }
        width = right + pad;
        height = y + pad;
    }

    /** The cell under a point in content coordinates, or null. */
    PlacedCell cellAt(double x, double y) {
        for (PlacedCell c : cells) {
            if (c.box().contains(x, y)) return c;
        }
        return null;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
