package org.backpropfx.engine;

/**
 * Which outputs and targets go with which loss: softmax only as the output layer and with at least two
 * neurons, cross-entropy only on a softmax output, binary cross-entropy only on sigmoid outputs, and for
 * both cross-entropies targets in [0, 1] (adding up to 1 for cross-entropy, whose δ = a − y needs it).
 * The lesson reader and the editing commands ask here, so a file and an edit are held to the same rules.
 */
public final class OutputRules {
    /** How far from 1 a cross-entropy target's sum may be: the rounding of decimals written in a file. */
    public static final double SUM_TOLERANCE = 1e-9;

    private OutputRules() {}

    /** Why an activation cannot be used on weight layer {@code layer} of {@code layers}, or null if it can. */
    public static String activationProblem(Activation activation, int layer, int layers, int neurons) {
        if (activation != Activation.SOFTMAX) return null;
        if (layer != layers) return "softmax is allowed on the output layer only, not on hidden layer " + layer;
        if (neurons < 2) return "softmax needs at least 2 output neurons (it shares 1 among them), not " + neurons;
        return null;
    }

    /** Why the loss cannot be used with this output activation, or null if it can. */
    public static String lossProblem(Loss loss, Activation output) {
        if (loss == Loss.CROSS_ENTROPY && output != Activation.SOFTMAX) {
            return "cross-entropy needs a softmax output layer, not " + output.id()
                    + " (use binary-cross-entropy with sigmoid outputs)";
        }
        if (loss == Loss.BINARY_CROSS_ENTROPY && output != Activation.SIGMOID) {
            return "binary-cross-entropy needs sigmoid outputs, not " + output.id()
                    + (output == Activation.SOFTMAX ? " (use cross-entropy with softmax)" : "");
        }
        return null;
    }

    /** The first problem of a network with a loss: an activation in the wrong place or a loss on the wrong output. */
    public static String networkProblem(Network network, Loss loss) {
        int layers = network.layerCount();
        for (int l = 1; l <= layers; l++) {
            String problem = activationProblem(network.layer(l).activation(), l, layers, network.size(l));
            if (problem != null) return problem;
        }
        return lossProblem(loss, network.layer(layers).activation());
    }

    /** Why a target cannot be used with the loss, or null if it can. */
    public static String targetProblem(Loss loss, double[] target) {
        if (!loss.isCrossEntropy()) return null;
        double sum = 0.0;
        for (int k = 0; k < target.length; k++) {
            if (!(target[k] >= 0.0 && target[k] <= 1.0)) {
                return "target " + (k + 1) + " is " + plain(target[k]) + ": " + loss.id() + " needs targets from 0 to 1";
            }
            sum += target[k];
        }
        if (loss == Loss.CROSS_ENTROPY && Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            return "the targets add up to " + plain(sum) + ": cross-entropy needs them to add up to 1 (one-hot, such as [0, 1, 0])";
        }
        return null;
    }

    /** The first sample of a data set whose target the loss cannot use, or −1. */
    public static int firstBadTarget(Loss loss, DataSet data) {
        if (!loss.isCrossEntropy()) return -1;
        for (int s = 0; s < data.size(); s++) if (targetProblem(loss, data.target(s)) != null) return s;
        return -1;
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
