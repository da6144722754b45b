package org.backpropfx.ui.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

import org.backpropfx.notation.MatrixEquation;
import org.backpropfx.stepper.NetworkElement;

/**
 * Where everything of the matrix view goes, in content coordinates (before scrolling): each line's topic,
 * each block's name, brackets and shape, the operators between blocks, and each block's grid of cells.
 * Computed once per phase, notation, digits or text size, off the JavaFX thread when the phase is large;
 * drawing and hit testing only read it.
 *
 * <p>A cell is not an object here: a block keeps its rows' height and its columns' edges, so finding the
 * cell under the pointer or the cells in sight costs a search in one block, however many cells there are.
 */
final class MatrixSheet {
    /** A piece of text at a baseline position. */
    record Text(String text, double x, double baseline, Kind kind) {}

    enum Kind { TOPIC, NAME, OPERATOR, SHAPE }

    /** A cell's box (the number is centred in it). */
    record PlacedCell(MatrixEquation.Cell cell, Bounds box) {}

    /** The tall bracket on one side of a block's body. */
    record Bracket(double x, double top, double bottom, boolean left) {}

    /**
     * A block's grid: row r spans {@code top + r·rowHeight} to the next row, column c spans
     * {@code columnEdges[c]} to {@code columnEdges[c + 1]}.
     */
    record Grid(MatrixEquation.Block block, double top, double rowHeight, double[] columnEdges) {
        double left() { return columnEdges[0]; }

        double right() { return columnEdges[columnEdges.length - 1]; }

        double bottom() { return top + block.rows() * rowHeight; }

        int rows() { return block.rows(); }

        int cols() { return block.cols(); }

        Bounds box(int row, int col) {
            return new BoundingBox(columnEdges[col], top + row * rowHeight, columnEdges[col + 1] - columnEdges[col],
                    rowHeight);
        }

        PlacedCell placed(int row, int col) { return new PlacedCell(block.cell(row, col), box(row, col)); }

        /** The row containing y, clamped to the grid. */
        int rowAt(double y) { return clamp((int) Math.floor((y - top) / rowHeight), rows()); }

        /** The column containing x, clamped to the grid. */
        int columnAt(double x) {
            int k = Arrays.binarySearch(columnEdges, x);
            int col = k >= 0 ? k : -k - 2;
            return clamp(col, cols());
        }

        boolean contains(double x, double y) { return x >= left() && x < right() && y >= top && y < bottom(); }

        private static int clamp(int k, int n) { return Math.max(0, Math.min(n - 1, k)); }
    }

    /** Where a cell is: grid, row and column. */
    record CellRef(int grid, int row, int col) {}

    final List<Text> texts = new ArrayList<>();
    final List<Grid> grids = new ArrayList<>();
    final List<Bracket> brackets = new ArrayList<>();
    /** The first cell of each element, to scroll a selection made elsewhere into sight. */
    private final Map<NetworkElement, CellRef> firstCells = new HashMap<>();
    final double width;
    final double height;
    final double font;
    final int cellCount;

    /** Widths of text in the view's fonts. */
    interface Widths {
        double of(String text, Kind kind);

        double cell(String text);
    }

    /** Laid out on one row per line, however wide (see the other constructor). */
    MatrixSheet(List<MatrixEquation> lines, double font, Widths widths) {
        this(lines, font, widths, Double.POSITIVE_INFINITY);
    }

    /**
     * Lays the lines out one below the other. A line wider than {@code wrapWidth} continues on the next
     * row, broken before an operator the way a long formula is written over two lines, so that
     * "new W = W + ΔW" of a small layer is read whole in a narrow panel instead of scrolled; a single
     * block wider than the panel (a 64-wide layer) still needs the scroll bar.
     */
    MatrixSheet(List<MatrixEquation> lines, double font, Widths widths, double wrapWidth) {
        this.font = font;
        double pad = font * 0.8;
        double cellHeight = font * 1.5;
        double cellPad = font * 0.7;
        double bracketGap = font * 0.35;
        double nameHeight = font * 1.35;
        double shapeHeight = font * 1.25;
        double indent = pad + font * 2;
        double y = pad;
        double right = 0;
        int count = 0;
        for (MatrixEquation line : lines) {
            String heading = capitalised(line.topic()) + "   " + line.shapes();
            if (pad + widths.of(heading, Kind.TOPIC) > wrapWidth - pad) {
                // Too wide for the panel: the shapes go on a line of their own below the topic.
                texts.add(new Text(capitalised(line.topic()), pad, y + font, Kind.TOPIC));
                right = Math.max(right, pad + widths.of(capitalised(line.topic()), Kind.TOPIC));
                y += font * 1.3;
                heading = line.shapes();
            }
            texts.add(new Text(heading, pad, y + font, Kind.TOPIC));
            right = Math.max(right, pad + widths.of(heading, Kind.TOPIC));
            y += font * 1.6;
            int tallest = 1;
            for (MatrixEquation.Block b : line.blocks()) tallest = Math.max(tallest, b.rows());
            double rowHeight = nameHeight + tallest * cellHeight + shapeHeight + font * 0.9;
            List<MatrixEquation.Term> terms = line.terms();
            double[] advance = new double[terms.size()];
            double[][] columns = new double[terms.size()][];
            for (int k = 0; k < terms.size(); k++) {
                if (terms.get(k) instanceof MatrixEquation.Operator op) {
                    advance[k] = widths.of(op.text(), Kind.OPERATOR) + font * 0.8;
                } else {
                    MatrixEquation.Block b = (MatrixEquation.Block) terms.get(k);
                    columns[k] = columnWidths(b, font, cellPad, widths);
                    advance[k] = blockWidth(b, columns[k], bracketGap, widths) + font * 0.3;
                }
            }
            double rowTop = y;
            double x = pad;
            boolean rowHasTerm = false;
            double limit = wrapWidth - pad;
            for (int k = 0; k < terms.size(); k++) {
                MatrixEquation.Term term = terms.get(k);
                boolean operator = term instanceof MatrixEquation.Operator;
                // An operator and the block after it go together where they fit on a row; where they do not
                // even on a row of their own, the operator may end a row and the block start the next.
                double together = advance[k] + (operator && k + 1 < terms.size() ? advance[k + 1] : 0);
                boolean breakHere = rowHasTerm && x + (operator ? together : advance[k]) > limit
                        && (!operator || indent + together <= limit || x + advance[k] > limit);
                if (breakHere) {
                    right = Math.max(right, x);
                    rowTop += rowHeight;
                    // A continued row is indented, less so where a long operator and its block need the room.
                    x = Math.max(pad, Math.min(indent, limit - together));
                }
                rowHasTerm = true;
                double axis = rowTop + nameHeight + tallest * cellHeight / 2;
                if (term instanceof MatrixEquation.Operator op) {
                    texts.add(new Text(op.text(), x + font * 0.4, axis + font * 0.35, Kind.OPERATOR));
                    x += advance[k];
                    continue;
                }
                MatrixEquation.Block b = (MatrixEquation.Block) term;
                double[] columnWidths = columns[k];
                double bodyWidth = 0;
                for (double w : columnWidths) bodyWidth += w;
                double top = axis - b.rows() * cellHeight / 2;
                double bottom = top + b.rows() * cellHeight;
                double blockWidth = blockWidth(b, columnWidths, bracketGap, widths);
                double bodyLeft = x + (blockWidth - bodyWidth) / 2;
                texts.add(new Text(b.name(), x + (blockWidth - widths.of(b.name(), Kind.NAME)) / 2, top - font * 0.4,
                        Kind.NAME));
                texts.add(new Text(b.shape(), x + (blockWidth - widths.of(b.shape(), Kind.SHAPE)) / 2,
                        bottom + font * 1.05, Kind.SHAPE));
                brackets.add(new Bracket(bodyLeft - bracketGap * 0.6, top, bottom, true));
                brackets.add(new Bracket(bodyLeft + bodyWidth + bracketGap * 0.6, top, bottom, false));
                double[] edges = new double[b.cols() + 1];
                edges[0] = bodyLeft;
                for (int c = 0; c < b.cols(); c++) edges[c + 1] = edges[c] + columnWidths[c];
                int index = grids.size();
                grids.add(new Grid(b, top, cellHeight, edges));
                for (int r = 0; r < b.rows(); r++) {
                    for (int c = 0; c < b.cols(); c++) {
                        NetworkElement e = b.cell(r, c).element();
                        if (e != null) firstCells.putIfAbsent(e, new CellRef(index, r, c));
                    }
                }
                count += b.rows() * b.cols();
                x += advance[k];
            }
            right = Math.max(right, x);
            y = rowTop + rowHeight;
        }
        width = right + pad;
        height = y + pad;
        cellCount = count;
    }

    /** Each column as wide as its widest number, and at least a short one, plus padding. */
    private static double[] columnWidths(MatrixEquation.Block b, double font, double cellPad, Widths widths) {
        double[] columnWidths = new double[b.cols()];
        for (int c = 0; c < b.cols(); c++) {
            double w = font * 1.6;
            for (int r = 0; r < b.rows(); r++) w = Math.max(w, widths.cell(b.cell(r, c).text()));
            columnWidths[c] = w + cellPad;
        }
        return columnWidths;
    }

    /** The body with its brackets, or the name or the shape if either is wider. */
    private static double blockWidth(MatrixEquation.Block b, double[] columnWidths, double bracketGap, Widths widths) {
        double bodyWidth = 0;
        for (double w : columnWidths) bodyWidth += w;
        return Math.max(bodyWidth + 2 * bracketGap, Math.max(widths.of(b.name(), Kind.NAME), widths.of(b.shape(), Kind.SHAPE)));
    }

    /** The cell under a point in content coordinates, or null: a look at each block, then a search in one. */
    PlacedCell cellAt(double x, double y) {
        for (Grid g : grids) {
            if (g.contains(x, y)) return g.placed(g.rowAt(y), g.columnAt(x));
        }
        return null;
    }

    /** The first cell of the element, or null if the phase shows none. */
    PlacedCell firstCellOf(NetworkElement element) {
        CellRef ref = element == null ? null : firstCells.get(element);
        return ref == null ? null : grids.get(ref.grid()).placed(ref.row(), ref.col());
    }

    /** Every cell, in order (builds one object per cell: for tests and exports, not for drawing). */
    List<PlacedCell> allCells() {
        List<PlacedCell> all = new ArrayList<>(cellCount);
        for (Grid g : grids) {
            for (int r = 0; r < g.rows(); r++) {
                for (int c = 0; c < g.cols(); c++) all.add(g.placed(r, c));
            }
        }
        return all;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
