package org.backpropfx.engine;

import java.util.Arrays;

/**
 * Counts of samples by their target's class (row) and the class the network picked (column); the
 * diagonal holds the samples it got right. Immutable.
 */
public final class ConfusionMatrix {
    private final int[][] counts;

    public ConfusionMatrix(int[][] counts) {
        this.counts = new int[counts.length][];
        for (int k = 0; k < counts.length; k++) {
            if (counts[k].length != counts.length) throw new IllegalArgumentException("a confusion matrix is square");
            this.counts[k] = counts[k].clone();
        }
    }

    public int classes() { return counts.length; }

    /** Samples of class {@code actual} that the network put in class {@code predicted}. */
    public int count(int actual, int predicted) { return counts[actual][predicted]; }

    public int total() {
        int n = 0;
        for (int[] row : counts) for (int c : row) n += c;
        return n;
    }

    public int correct() {
        int n = 0;
        for (int k = 0; k < counts.length; k++) n += counts[k][k];
        return n;
    }

    /** The share of samples classified right (NaN for no samples). */
    public double accuracy() {
        int total = total();
        return total == 0 ? Double.NaN : (double) correct() / total;
    }

    /** Samples whose target is of class {@code actual}. */
    public int rowTotal(int actual) {
        int n = 0;
        for (int c : counts[actual]) n += c;
        return n;
    }

    @Override public boolean equals(Object o) {
        return o instanceof ConfusionMatrix other && Arrays.deepEquals(counts, other.counts);
    }

    @Override public int hashCode() { return Arrays.deepHashCode(counts); }

    @Override public String toString() { return Arrays.deepToString(counts); }
}
