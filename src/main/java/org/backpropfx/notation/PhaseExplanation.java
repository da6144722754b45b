package org.backpropfx.notation;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.Loss;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.Snapshot;

/**
 * A few plain sentences for each phase: what is being computed and why, in the notation on screen.
 */
public final class PhaseExplanation {
    private PhaseExplanation() {}

    public static String explain(Snapshot snapshot, Notation n) {
        Phase phase = snapshot.phase();
        int layers = snapshot.layerCount();
        if (phase == null) {
            return "Sample " + (snapshot.sample() + 1) + " is about to enter the network. Step forward to push it "
                    + "through one layer at a time.";
        }
        return switch (phase.kind()) {
            case FORWARD -> forward(snapshot, n, phase.layer(), layers);
            case ERROR -> error(snapshot, n);
            case BACKWARD -> phase.layer() == layers ? outputDelta(snapshot, n) : hiddenDelta(snapshot, n, phase.layer());
            case UPDATE -> update(snapshot, n);
        };
    }

    private static String forward(Snapshot s, Notation n, int layer, int layers) {
        String where = layer == layers ? "The output layer" : "Hidden layer " + layer;
        String bias = n == Notation.MIT
                ? "plus the bias weight " + n.biasSymbol() + " times the constant input −1"
                : "plus its bias " + n.biasSymbol();
        return where + " listens to the layer before it. Each neuron multiplies every incoming value by the weight "
                + "on that edge and adds the products up, " + bias + ". That sum is the net input "
                + n.netSymbol() + ". " + squash(s.activation(layer), n);
    }

    private static String squash(Activation f, Notation n) {
        String in = n.netSymbol();
        String out = n.outSymbol();
        return switch (f) {
            case SIGMOID -> "The sigmoid then squeezes " + in + " into an output " + out
                    + " between 0 and 1: large positive sums give nearly 1, large negative ones nearly 0.";
            case TANH -> "tanh then squeezes " + in + " into an output " + out + " between −1 and 1.";
            case RELU -> "ReLU passes " + in + " through when it is positive and outputs 0 otherwise.";
            case IDENTITY -> "This layer has no squashing function: the output " + out + " is " + in + " itself.";
            case SOFTMAX -> "Softmax then turns the layer's net inputs into shares that are all positive and add up to 1: "
                    + out + "ⱼ = e^" + in + "ⱼ / Σₖ e^" + in + "ₖ, so the largest net input gets the largest share. "
                    + "Each output depends on every net input of the layer, not on its own alone.";
        };
    }

    private static String error(Snapshot s, Notation n) {
        String lossText = switch (s.settings().loss()) {
            case HALF_SSE -> "½ Σ (" + n.targetSymbol() + " − " + n.outputSymbol() + ")²";
            case SSE -> "Σ (" + n.targetSymbol() + " − " + n.outputSymbol() + ")²";
            case MSE -> "the mean of (" + n.targetSymbol() + " − " + n.outputSymbol() + ")² over the outputs";
            case CROSS_ENTROPY -> "−Σ " + n.targetSymbol() + " ln " + n.outputSymbol()
                    + " (the cross-entropy: minus the log of the share given to the right class)";
            case BINARY_CROSS_ENTROPY -> "−Σ [" + n.targetSymbol() + " ln " + n.outputSymbol() + " + (1 − "
                    + n.targetSymbol() + ") ln(1 − " + n.outputSymbol() + ")] (the binary cross-entropy)";
        };
        if (s.settings().isRegularised()) {
            lossText += "; the regularisation penalty on the weights is added beside it";
        }
        if (n == Notation.MIT) {
            return "The network's output " + n.outputSymbol() + " is compared with the desired output "
                    + n.targetSymbol() + ". The performance P is minus " + lossText
                    + ": it is 0 when the output is perfect and negative otherwise, and training climbs towards 0.";
        }
        return "The network's output " + n.outputSymbol() + " is compared with the target " + n.targetSymbol()
                + ". The error E = " + lossText + " is 0 for a perfect output; training walks downhill on it.";
    }

    private static String outputDelta(Snapshot s, Notation n) {
        Activation f = s.activation(s.layerCount());
        Loss loss = s.settings().loss();
        String difference = n == Notation.MIT ? n.targetSymbol() + " − " + n.outputSymbol()
                : n.outputSymbol() + " − " + n.targetSymbol();
        if (loss.cancelsWith(f)) {
            String cancelled = f == Activation.SOFTMAX
                    ? "the cross-entropy's slope −" + n.targetSymbol() + "/" + n.outputSymbol()
                    + " meets softmax's Jacobian, every " + n.outputSymbol() + " in a denominator cancels, and since the "
                    + "targets add up to 1 what is left is"
                    : "the binary cross-entropy's slope has " + n.outputSymbol() + "(1 − " + n.outputSymbol()
                    + ") in its denominator, the sigmoid's derivative is that same product, they cancel, and what is left is";
            return "Backpropagation starts at the output. The delta " + n.deltaSymbol() + " says how strongly the error "
                    + "reacts to a change in this neuron's net input " + n.netSymbol() + ". By the chain rule, "
                    + cancelled + " simply " + n.deltaSymbol() + " = " + difference + ".";
        }
        if (f == Activation.SOFTMAX) {
            return "Backpropagation starts at the output. With softmax every output depends on every net input, so the "
                    + "delta " + n.deltaSymbol() + "ⱼ sums the error's slope at each output k times how that output moves "
                    + "with this net input: " + n.outSymbol() + "ₖ([k = j] − " + n.outSymbol() + "ⱼ), softmax's Jacobian.";
        }
        String slope = slope(f, n);
        String lossSlope = s.settings().loss() == Loss.HALF_SSE
                ? "(" + n.outputSymbol() + " − " + n.targetSymbol() + ")"
                : s.settings().loss() == Loss.SSE ? "2(" + n.outputSymbol() + " − " + n.targetSymbol() + ")"
                : "2(" + n.outputSymbol() + " − " + n.targetSymbol() + ")/k";
        String sign = n == Notation.MIT
                ? " The MIT notation's γ is the same product with the sign turned round, because it measures how much the performance P grows, not how much the error falls."
                : "";
        return "Backpropagation starts at the output. The delta " + n.deltaSymbol() + " says how strongly the error "
                + "reacts to a change in this neuron's net input " + n.netSymbol() + ". By the chain rule it is "
                + "(how the error changes with the output) × (how the output changes with the net input) = "
                + lossSlope + " × " + slope + "." + sign;
    }

    private static String hiddenDelta(Snapshot s, Notation n, int layer) {
        return "A hidden neuron has no target of its own, so its blame is borrowed: each neuron of the next layer "
                + "passes its delta back along the edge that joins them, scaled by that edge's weight. The neuron "
                + "adds these up and multiplies the sum by its own slope, " + slope(s.activation(layer), n)
                + ". That is the chain rule once more, one layer further back.";
    }

    private static String slope(Activation f, Notation n) {
        String out = n.outSymbol();
        return switch (f) {
            case SIGMOID -> out + "(1 − " + out + "), the sigmoid's derivative written with its own output — "
                    + "which is why the forward pass already holds everything the backward pass needs";
            case TANH -> "1 − " + out + "², tanh's derivative written with its own output";
            case RELU -> "1 where the net input was positive and 0 where it was not (ReLU's derivative)";
            case IDENTITY -> "1, since the identity's slope is 1 everywhere";
            case SOFTMAX -> out + "(1 − " + out + "), the diagonal of softmax's Jacobian";
        };
    }

    private static String update(Snapshot s, Notation n) {
        String rate = n.rateSymbol();
        String momentum = s.settings().momentum() > 0
                ? " With momentum, each change also keeps a share μ of the weight's previous change, so steady slopes speed up."
                : "";
        String batch = s.batchPosition() > 0
                ? " The gradients of all " + (s.batchPosition() + 1) + " samples of this batch were summed first."
                : "";
        if (n == Notation.MIT) {
            return "Every weight now moves by Δw = " + rate + " × (the value entering the edge) × (γ of the neuron it "
                    + "feeds). The bias weight w₀ moves the same way with the constant −1 as its input." + batch
                    + momentum;
        }
        return "Every weight takes a step downhill: w ← w − " + rate + " × ∂E/∂w, where ∂E/∂w is the value entering the "
                + "edge times δ of the neuron it feeds; a bias moves by −" + rate + " × δ." + batch + momentum;
    }
}
