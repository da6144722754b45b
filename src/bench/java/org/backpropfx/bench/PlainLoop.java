package org.backpropfx.bench;

import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Network;

/**
 * The yardstick: any sigmoid network trained on ½Σ(d−z)² by gradient descent without momentum, online or
 * full batch, as plain nested loops over arrays — no locks, momentum, notations, checks or undo. Its numbers
 * are the engine's (the same sums in the same order), which the benchmarks check.
 */
final class PlainLoop {
    private final int layers;
    private final double[][] w;
    private final double[][] b;
    private final double[][] a;
    private final double[][] delta;
    private final double[][] sumW;
    private final double[][] sumB;
    private final DataSet data;
    private final double rate;
    private final boolean fullBatch;
    private int next;

    PlainLoop(Network start, DataSet data, double rate, boolean fullBatch) {
        this.data = data;
        this.rate = rate;
        this.fullBatch = fullBatch;
        layers = start.layerCount();
        w = new double[layers + 1][];
        b = new double[layers + 1][];
        a = new double[layers + 1][];
        delta = new double[layers + 1][];
        sumW = new double[layers + 1][];
        sumB = new double[layers + 1][];
        for (int l = 1; l <= layers; l++) {
            w[l] = start.layer(l).weightsCopy();
            b[l] = start.layer(l).biasesCopy();
            a[l] = new double[b[l].length];
            delta[l] = new double[b[l].length];
            sumW[l] = new double[w[l].length];
            sumB[l] = new double[b[l].length];
        }
    }

    double weight(int l, int k) { return w[l][k]; }

    double bias(int l, int j) { return b[l][j]; }

    double train(int samples) {
        double sum = 0.0;
        for (int k = 0; k < samples; k++) {
            a[0] = data.input(next);
            double[] d = data.target(next);
            next++;
            boolean update = !fullBatch || next == data.size();
            if (next == data.size()) next = 0;
            for (int l = 1; l <= layers; l++) {
                int n = a[l - 1].length;
                for (int j = 0; j < a[l].length; j++) {
                    double s = b[l][j];
                    for (int i = 0; i < n; i++) s += w[l][j * n + i] * a[l - 1][i];
                    a[l][j] = 1.0 / (1.0 + Math.exp(-s));
                }
            }
            double[] z = a[layers];
            for (int j = 0; j < z.length; j++) {
                double e = d[j] - z[j];
                sum += 0.5 * e * e;
                delta[layers][j] = z[j] * (1.0 - z[j]) * (z[j] - d[j]);
            }
            for (int l = layers - 1; l >= 1; l--) {
                int n = a[l].length;
                for (int i = 0; i < n; i++) {
                    double s = 0.0;
                    for (int j = 0; j < a[l + 1].length; j++) s += w[l + 1][j * n + i] * delta[l + 1][j];
                    delta[l][i] = a[l][i] * (1.0 - a[l][i]) * s;
                }
            }
            if (!fullBatch) {
                for (int l = 1; l <= layers; l++) {
                    int n = a[l - 1].length;
                    for (int j = 0; j < a[l].length; j++) {
                        for (int i = 0; i < n; i++) w[l][j * n + i] -= rate * (delta[l][j] * a[l - 1][i]);
                        b[l][j] -= rate * delta[l][j];
                    }
                }
                continue;
            }
            for (int l = 1; l <= layers; l++) {
                int n = a[l - 1].length;
                for (int j = 0; j < a[l].length; j++) {
                    for (int i = 0; i < n; i++) sumW[l][j * n + i] += delta[l][j] * a[l - 1][i];
                    sumB[l][j] += delta[l][j];
                }
            }
            if (update) {
                for (int l = 1; l <= layers; l++) {
                    for (int k2 = 0; k2 < w[l].length; k2++) {
                        w[l][k2] -= rate * sumW[l][k2];
                        sumW[l][k2] = 0.0;
                    }
                    for (int j = 0; j < b[l].length; j++) {
                        b[l][j] -= rate * sumB[l][j];
                        sumB[l][j] = 0.0;
                    }
                }
            }
        }
        return sum;
    }
}
