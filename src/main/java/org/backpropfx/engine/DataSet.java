package org.backpropfx.engine;

import java.util.Arrays;

/**
 * Training samples: an input vector and a target vector each. Immutable; the arrays are copied in
 * and never handed out for writing.
 */
public final class DataSet {
    private final double[][] inputs;
    private final double[][] targets;
    /** The largest |value| of any input or target: lesson limits are checked against it without a pass over the data. */
    private final double largestMagnitude;

    public DataSet(double[][] inputs, double[][] targets) {
        if (inputs.length == 0) throw new IllegalArgumentException("a data set needs at least one sample");
        if (inputs.length != targets.length) {
            throw new IllegalArgumentException(inputs.length + " inputs but " + targets.length + " targets");
        }
        this.inputs = new double[inputs.length][];
        this.targets = new double[targets.length][];
        double largest = 0.0;
        for (int s = 0; s < inputs.length; s++) {
            if (inputs[s].length != inputs[0].length) {
                throw new IllegalArgumentException("sample " + s + " has " + inputs[s].length + " inputs, expected " + inputs[0].length);
            }
            if (targets[s].length != targets[0].length) {
                throw new IllegalArgumentException("sample " + s + " has " + targets[s].length + " targets, expected " + targets[0].length);
            }
            for (double v : inputs[s]) largest = Math.max(largest, Math.abs(requireFinite(v, s)));
            for (double v : targets[s]) largest = Math.max(largest, Math.abs(requireFinite(v, s)));
            this.inputs[s] = inputs[s].clone();
            this.targets[s] = targets[s].clone();
        }
        largestMagnitude = largest;
    }

    private static double requireFinite(double v, int sample) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("sample " + sample + " holds " + v);
        return v;
    }

    /** The largest size |v| of any input or target value. */
    public double largestMagnitude() { return largestMagnitude; }

    public int size() { return inputs.length; }

    public int inputSize() { return inputs[0].length; }

    public int targetSize() { return targets[0].length; }

    /** The input of sample s. Do not modify the returned array: it is shared for speed. */
    public double[] input(int s) { return inputs[s]; }

    /** The target of sample s. Do not modify the returned array: it is shared for speed. */
    public double[] target(int s) { return targets[s]; }

    public double[][] inputsCopy() {
        double[][] copy = new double[inputs.length][];
        for (int s = 0; s < inputs.length; s++) copy[s] = inputs[s].clone();
        return copy;
    }

    public double[][] targetsCopy() {
        double[][] copy = new double[targets.length][];
        for (int s = 0; s < targets.length; s++) copy[s] = targets[s].clone();
        return copy;
    }

    @Override public boolean equals(Object o) {
        if (o == this) return true;
        return o instanceof DataSet other && Arrays.deepEquals(inputs, other.inputs)
                && Arrays.deepEquals(targets, other.targets);
    }

    @Override public int hashCode() { return Arrays.deepHashCode(inputs); }
}
