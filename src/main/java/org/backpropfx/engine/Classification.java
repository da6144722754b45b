package org.backpropfx.engine;

/**
 * Which class an output vector or a target picks: the index of the largest value when there are several
 * (the first of equal ones), and for a single output class 1 when it is at least 0.5, else class 0.
 */
public final class Classification {
    private Classification() {}

    /** The class a vector picks (output or target, by the same rule). */
    public static int classOf(double[] values) {
        if (values.length == 1) return values[0] >= 0.5 ? 1 : 0;
        int best = 0;
        for (int k = 1; k < values.length; k++) if (values[k] > values[best]) best = k;
        return best;
    }

    /** How many classes a network with this many outputs tells apart: two for a single output. */
    public static int classCount(int outputs) {
        return outputs == 1 ? 2 : outputs;
    }

    /** Whether the output picks the target's class. */
    public static boolean isCorrect(double[] output, double[] target) {
        return classOf(output) == classOf(target);
    }

    /**
     * Whether every target names one class plainly, so that accuracy and a confusion matrix mean something
     * (a lesson that fits a curve has neither): for a single output a target in [0, 1] on one side of 0.5
     * (0 and 1, or softened ones such as 0.1 and 0.9); for several outputs targets in [0, 1] with one
     * largest (one-hot, or softened). Needs at least one sample.
     */
    public static boolean isClassification(DataSet data, int outputs) {
        if (data == null || data.size() == 0) return false;
        for (int s = 0; s < data.size(); s++) {
            double[] t = data.target(s);
            if (t.length != outputs) return false;
            for (double v : t) if (!(v >= 0.0 && v <= 1.0)) return false;
            if (outputs == 1) {
                if (t[0] == 0.5) return false;
                continue;
            }
            int best = classOf(t);
            for (int k = 0; k < outputs; k++) if (k != best && t[k] == t[best]) return false;
        }
        return true;
    }

    /** The confusion matrix of a network over a data set: rows the targets' classes, columns the predicted ones. */
    public static ConfusionMatrix confusion(Network network, DataSet data) {
        int[][] counts = new int[classCount(network.outputSize())][classCount(network.outputSize())];
        for (int s = 0; s < data.size(); s++) {
            counts[classOf(data.target(s))][classOf(network.predict(data.input(s)))]++;
        }
        return new ConfusionMatrix(counts);
    }
}
