package org.backpropfx.plot;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Layer;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Softmax;
import java.util.Arrays;

/**
 * One output of a two-input network over a rectangle of the input plane, on a grid of
 * {@code columns × rows} points. Grid point (c, r) is the input (x(c), y(r)): the first and last
 * columns lie on the rectangle's left and right edges, row 0 on its top edge (the larger y), so the
 * values read row by row like the pixels of an image.
 *
 * <p>The forward pass here is a dedicated loop over flat copies of the weights: evaluating the grid
 * allocates nothing per point, and each value is computed with the same operations in the same order
 * as {@link Network#predict}, so it is that method's result to the last bit.
 */
public final class DecisionMap {
    private final int columns;
    private final int rows;
    private final double[] values;

    private double xMin = -1;
    private double xMax = 1;
    private double yMin = -1;
    private double yMax = 1;

    // The network, flattened: reused while the shape stays the same.
    private int[] sizes = new int[0];
    private Activation[] activations = new Activation[0];
    private double[][] weights = new double[0][];
    private double[][] biases = new double[0][];
    private double[] bufferA = new double[0];
    private double[] bufferB = new double[0];
    private double[] columnPartials = new double[0];

    public DecisionMap(int columns, int rows) {
        if (columns < 2 || rows < 2) {
            throw new IllegalArgumentException("a decision map needs at least 2×2 points, not " + columns + "×" + rows);
        }
        this.columns = columns;
        this.rows = rows;
        this.values = new double[columns * rows];
    }

    public int columns() { return columns; }

    public int rows() { return rows; }

    /** Sets the rectangle of the input plane the grid covers. */
    public void setArea(double xMin, double xMax, double yMin, double yMax) {
        if (!(xMax > xMin) || !(yMax > yMin) || !Double.isFinite(xMin) || !Double.isFinite(xMax)
                || !Double.isFinite(yMin) || !Double.isFinite(yMax)) {
            throw new IllegalArgumentException("a decision map's area needs finite min < max, not x ∈ [" + xMin + ", "
                    + xMax + "], y ∈ [" + yMin + ", " + yMax + "]");
        }
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    /** Fits the area around the samples' inputs with {@code margin} (a fraction of each span) on every side. */
    public void fitArea(DataSet data, double margin) {
        if (data.inputSize() != 2) {
            throw new IllegalArgumentException("a decision map needs samples with 2 inputs, not " + data.inputSize());
        }
        double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < data.size(); s++) {
            double[] in = data.input(s);
            x0 = Math.min(x0, in[0]);
            x1 = Math.max(x1, in[0]);
            y0 = Math.min(y0, in[1]);
            y1 = Math.max(y1, in[1]);
        }
        double mx = Math.max(x1 - x0, 1.0) * margin;
        double my = Math.max(y1 - y0, 1.0) * margin;
        setArea(x0 - mx, x1 + mx, y0 - my, y1 + my);
    }

    public double xMin() { return xMin; }

    public double xMax() { return xMax; }

    public double yMin() { return yMin; }

    public double yMax() { return yMax; }

    /** The first input at column c. */
    public double x(int column) { return xMin + column * (xMax - xMin) / (columns - 1); }

    /** The second input at row r (row 0 is the top: y = yMax). */
    public double y(int row) { return yMax - row * (yMax - yMin) / (rows - 1); }

    /** The column whose x is nearest to {@code x}, clamped to the grid. */
    public int nearestColumn(double x) {
        long c = Math.round((x - xMin) / (xMax - xMin) * (columns - 1));
        return (int) Math.max(0, Math.min(columns - 1, c));
    }

    /** The row whose y is nearest to {@code y}, clamped to the grid. */
    public int nearestRow(double y) {
        long r = Math.round((yMax - y) / (yMax - yMin) * (rows - 1));
        return (int) Math.max(0, Math.min(rows - 1, r));
    }

    /** The value at grid point (column, row) from the last {@link #evaluate}. */
    public double value(int column, int row) {
        if (column < 0 || column >= columns || row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("grid point (" + column + ", " + row + ") of " + columns + "×" + rows);
        }
        return values[row * columns + column];
    }

    /** The values row by row (index row · columns + column). The array is reused by the next evaluation. */
    public double[] values() { return values; }

    /** Runs {@code network} at every grid point and keeps output {@code output}. */
    public void evaluate(Network network, int output) {
        if (network.inputSize() != 2) {
            throw new IllegalArgumentException("a decision map needs a network with 2 inputs, not " + network.inputSize());
        }
        if (output < 0 || output >= network.outputSize()) {
            throw new IllegalArgumentException("output " + output + " of a network with " + network.outputSize()
                    + " outputs");
        }
        flatten(network);
        int layers = sizes.length - 1;
        int first = sizes[1];
        double[] w1 = weights[1];
        double[] b1 = biases[1];
        Activation f1 = activations[1];
        // The first layer's partial sums b + w·x depend on the column only: computed once per column,
        // then each point adds w·y, the same two additions in the same order as the engine.
        double[] partial = columnPartials;
        for (int c = 0; c < columns; c++) {
            double x = x(c);
            for (int j = 0; j < first; j++) partial[c * first + j] = b1[j] + w1[2 * j] * x;
        }
        double[] a = bufferA;
        double[] b = bufferB;
        int k = 0;
        for (int r = 0; r < rows; r++) {
            double y = y(r);
            for (int c = 0, p = 0; c < columns; c++, p += first) {
                if (f1.isLayerWide()) {
                    // Softmax: every output depends on all the layer's net inputs (computed in place, as it may be).
                    for (int j = 0; j < first; j++) a[j] = partial[p + j] + w1[2 * j + 1] * y;
                    Softmax.outputs(Arrays.copyOf(a, first), a);
                } else {
                    for (int j = 0; j < first; j++) a[j] = f1.apply(partial[p + j] + w1[2 * j + 1] * y);
                }
                double[] in = a;
                double[] out = b;
                for (int l = 2; l <= layers; l++) {
                    forwardLayer(weights[l], biases[l], activations[l], sizes[l - 1], sizes[l], in, out);
                    double[] t = in;
                    in = out;
                    out = t;
                }
                values[k++] = in[output];
            }
        }
    }

    /** The same sums in the same order as the engine's forward pass: s = b, then s += w·x input by input. */
    private static void forwardLayer(double[] w, double[] bias, Activation f, int n, int m, double[] in, double[] out) {
        for (int j = 0, row = 0; j < m; j++, row += n) {
            double s = bias[j];
            for (int i = 0; i < n; i++) s += w[row + i] * in[i];
            out[j] = f.isLayerWide() ? s : f.apply(s);
        }
        // Softmax shares the layer's net inputs among its outputs: a_j = e^{z_j − max z} / Σ_k e^{z_k − max z}.
        if (f.isLayerWide()) Softmax.outputs(Arrays.copyOf(out, m), out);
    }

    private void flatten(Network network) {
        int[] shape = network.sizes();
        if (!Arrays.equals(shape, sizes)) {
            sizes = shape;
            activations = new Activation[shape.length];
            weights = new double[shape.length][];
            biases = new double[shape.length][];
            int widest = 0;
            for (int size : shape) widest = Math.max(widest, size);
            bufferA = new double[widest];
            bufferB = new double[widest];
            columnPartials = new double[columns * shape[1]];
        }
        for (int l = 1; l < shape.length; l++) {
            Layer layer = network.layer(l);
            activations[l] = layer.activation();
            weights[l] = layer.weightsCopy();
            biases[l] = layer.biasesCopy();
        }
    }

    /** Colours every grid point into {@code argb} (length ≥ columns · rows), row by row. */
    public void toArgb(DivergingColourMap map, int[] argb) {
        if (argb.length < values.length) {
            throw new IllegalArgumentException("room for " + argb.length + " colours, " + values.length + " needed");
        }
        map.argb(values, argb, values.length);
    }
}
