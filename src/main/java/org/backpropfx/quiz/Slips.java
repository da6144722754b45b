package org.backpropfx.quiz;

import java.util.ArrayList;
import java.util.List;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.Loss;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;

/**
 * What each usual {@link Slip} gives for a question, worked out from the engine's values of the step
 * that answers it. Every value is built from numbers the snapshot holds (outputs, deltas, weights before
 * the update), changed only where the slip changes the calculation, so a student's wrong answer can be
 * matched with the mistake that produces it.
 *
 * <p>Only slips that change the value are listed: when leaving out a slope of 1 gives the right number,
 * there is no mistake to name.
 */
public final class Slips {
    private final Snapshot s;
    private final Notation n;
    private final SignificantFormat f;
    private final List<SlipCandidate> out = new ArrayList<>();

    private Slips(Snapshot revealed, Notation notation, SignificantFormat format) {
        this.s = revealed;
        this.n = notation;
        this.f = format;
    }

    /**
     * The slips that apply to {@code question}, each with the value it gives.
     *
     * @param revealed the step that computes the value asked for (the snapshot after the step)
     */
    public static List<SlipCandidate> candidates(Question question, Snapshot revealed, Notation notation,
                                                 SignificantFormat format) {
        Slips slips = new Slips(revealed, notation, format);
        slips.collect(question);
        double right = question.answer();
        return slips.out.stream().filter(c -> Double.isFinite(c.value()) && !close(c.value(), right)).toList();
    }

    /** Values this close cannot be told apart by a typed answer, which is judged within the quiz's tolerance. */
    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= Math.max(Quiz.DEFAULT_ABSOLUTE_TOLERANCE / 10, 1e-6 * Math.abs(b));
    }

    private void collect(Question q) {
        switch (q.quantity()) {
            case NET_INPUT -> netInput((NetworkElement.Neuron) q.element());
            case OUTPUT -> output((NetworkElement.Neuron) q.element());
            case ERROR -> error();
            case DELTA -> {
                NetworkElement.Neuron neuron = (NetworkElement.Neuron) q.element();
                if (neuron.layer() == s.layerCount()) outputDelta(neuron.layer(), neuron.index());
                else hiddenDelta(neuron.layer(), neuron.index());
            }
            case NEW_WEIGHT -> newWeight((NetworkElement.Weight) q.element());
        }
    }

    // --- forward ---------------------------------------------------------------------------------

    private double weightedSum(int l, int j, boolean netInputsOfPrevious) {
        double sum = 0.0;
        for (int i = 0; i < s.size(l - 1); i++) {
            double x = netInputsOfPrevious ? s.net(l - 1, i) : s.out(l - 1, i);
            sum += s.weightBefore(l, j, i) * x;
        }
        return sum;
    }

    private boolean hasBias() { return s.biasMode() != BiasMode.NONE; }

    /**
     * Whether the error is a squared one, where the ½ and the output's slope are the student's to get
     * right; with the cross-entropies the slope cancels and there is no ½.
     */
    private boolean squaredError() {
        Loss loss = s.settings().loss();
        return loss == Loss.HALF_SSE || loss == Loss.SSE || loss == Loss.MSE;
    }

    private void netInput(NetworkElement.Neuron neuron) {
        int l = neuron.layer();
        int j = neuron.index();
        String net = sym(n.netSymbol(), j);
        String outSym = sym(n.outSymbol(), j);
        double b = s.biasBefore(l, j);
        double wx = weightedSum(l, j, false);
        if (n.biasIsWeightOnMinusOne() && hasBias() && b != 0.0) {
            double w0 = n.bias(b);
            add(Slip.BIAS_INPUT_PLUS_ONE, Slip.BIAS_INPUT_PLUS_ONE.describe(n), wx - b,
                    net + " = Σ w·x + w₀ = " + fmt(wx) + " + " + factor(w0));
        }
        add(Slip.INPUT_OUTPUT_SWAPPED, "the output " + outSym + " given instead of the net input " + net,
                s.out(l, j), outSym + " = " + fmt(s.out(l, j)));
        if (l >= 2) {
            double swapped = weightedSum(l, j, true) + b;
            add(Slip.INPUT_OUTPUT_SWAPPED, "the net inputs " + n.netSymbol() + " of the layer before used instead of its outputs "
                    + n.outSymbol(), swapped, net + " = Σ w·" + n.netSymbol() + " " + biasTerm(l, j) + " = " + fmt(swapped));
        }
    }

    private void output(NetworkElement.Neuron neuron) {
        int l = neuron.layer();
        int j = neuron.index();
        Activation act = s.activation(l);
        String net = sym(n.netSymbol(), j);
        String outSym = sym(n.outSymbol(), j);
        if (act == Activation.SOFTMAX) {
            double z = s.net(l, j);
            double alone = Activation.SIGMOID.apply(z);
            add(Slip.SOFTMAX_AS_SIGMOID, Slip.SOFTMAX_AS_SIGMOID.describe(n), alone,
                    outSym + " = 1/(1 + e^(−" + net + ")) = 1/(1 + e^(" + fmt(-z) + ")) = " + fmt(alone));
            double undivided = Math.exp(z);
            add(Slip.SOFTMAX_NOT_DIVIDED, Slip.SOFTMAX_NOT_DIVIDED.describe(n), undivided,
                    outSym + " = e^" + net + " = e^(" + fmt(z) + ") = " + fmt(undivided));
        }
        add(Slip.INPUT_OUTPUT_SWAPPED, "the net input " + net + " given instead of the output " + outSym,
                s.net(l, j), net + " = " + fmt(s.net(l, j)));
        double b = s.biasBefore(l, j);
        double wx = weightedSum(l, j, false);
        if (n.biasIsWeightOnMinusOne() && hasBias() && b != 0.0) {
            double wrongNet = wx - b;
            add(Slip.BIAS_INPUT_PLUS_ONE, Slip.BIAS_INPUT_PLUS_ONE.describe(n), act.apply(wrongNet),
                    net + " = Σ w·x + w₀ = " + fmt(wrongNet) + ", so " + outSym + " = " + act.id() + "(" + fmt(wrongNet) + ")");
        }
        if (l >= 2) {
            double wrongNet = weightedSum(l, j, true) + b;
            add(Slip.INPUT_OUTPUT_SWAPPED, "the net inputs " + n.netSymbol() + " of the layer before used instead of its outputs "
                    + n.outSymbol(), act.apply(wrongNet), net + " = " + fmt(wrongNet) + ", so " + outSym + " = "
                    + act.id() + "(" + fmt(wrongNet) + ")");
        }
    }

    // --- error -----------------------------------------------------------------------------------

    private void error() {
        if (!squaredError()) {
            double e = s.loss();
            double ten = e / Math.log(10);
            add(Slip.LOG_TEN, Slip.LOG_TEN.describe(n), n.objective(ten), n.objectiveSymbol() + " = "
                    + fmt(n.objective(e)) + " / ln 10 = " + fmt(n.objective(ten)));
            return;
        }
        Loss loss = s.settings().loss();
        double e = s.loss();
        String p = n.objectiveSymbol();
        switch (loss) {
            case HALF_SSE -> add(Slip.HALF, "the ½ of the error dropped", n.objective(2 * e),
                    p + " = " + n.objectiveSign() + "Σ(" + n.targetSymbol() + " − " + n.outputSymbol()
                            + ")² = " + fmt(n.objective(2 * e)));
            default -> add(Slip.HALF, "a ½ put in front of an error that has none", n.objective(e / 2),
                    p + " = ½ × " + fmt(n.objective(e)));
        }
        int last = s.layerCount();
        double[] nets = new double[s.size(last)];
        for (int k = 0; k < nets.length; k++) nets[k] = s.net(last, k);
        double swapped = loss.sample(nets, s.target());
        add(Slip.INPUT_OUTPUT_SWAPPED, "the net input " + n.netSymbol() + " used instead of the output " + n.outSymbol(),
                n.objective(swapped), p + " computed from " + n.netSymbol() + " = " + fmt(n.objective(swapped)));
    }

    // --- backward --------------------------------------------------------------------------------

    private double slope(int l, int j) { return s.activation(l).derivative(s.net(l, j), s.out(l, j)); }

    /** The slope written from the net input where it should be written from the output: α(1−α). */
    private double swappedSlope(int l, int j) { return s.activation(l).derivative(s.net(l, j), s.net(l, j)); }

    private String slopeText(int l, int j) {
        return switch (s.activation(l)) {
            case SIGMOID, SOFTMAX -> n.sigmoidSlope();
            case TANH -> n.tanhSlope();
            case RELU -> "step(" + n.netSymbol() + ")";
            case IDENTITY -> "1";
        } + " = " + fmt(slope(l, j));
    }

    private void outputDelta(int l, int j) {
        Loss loss = s.settings().loss();
        double z = s.out(l, j);
        double d = s.target(j);
        double g = loss.outputGradient(z, d, s.size(l));
        double delta = s.delta(l, j);
        String lhs = sym(n.deltaSymbol(), j);
        if (!squaredError()) {
            add(Slip.SIGN_FLIPPED, Slip.SIGN_FLIPPED.describe(n), n.delta(-delta), lhs + " = " + fmt(n.delta(-delta))
                    + " (the right size, the wrong sign)");
            // δ = a − y already holds the slope: softmax's Jacobian (or σ′) and the slope of ln cancelled.
            double slope = z * (1 - z);
            String diff = n.deltaIsTargetMinusOutput() ? "(" + fmt(d) + " − " + factor(z) + ")" : "(" + fmt(z) + " − " + factor(d) + ")";
            String kept = n.sigmoidSlope();
            add(Slip.SLOPE_KEPT, Slip.SLOPE_KEPT.describe(n), n.delta(delta * slope), lhs + " = " + diff + " × " + kept
                    + " = " + fmt(n.delta(delta)) + " × " + factor(slope) + " = " + fmt(n.delta(delta * slope)));
            return;
        }
        String diff = n.deltaIsTargetMinusOutput() ? "(" + fmt(d) + " − " + factor(z) + ")" : "(" + fmt(z) + " − " + factor(d) + ")";
        add(Slip.SLOPE_LEFT_OUT, Slip.SLOPE_LEFT_OUT.describe(n), n.delta(g),
                lhs + " = " + (loss == Loss.HALF_SSE ? "" : loss == Loss.SSE ? "2 × " : "(2/" + s.size(l) + ") × ")
                        + diff + " without " + slopeText(l, j));
        signAndHalf(lhs, delta);
        double swapped = g * swappedSlope(l, j);
        add(Slip.INPUT_OUTPUT_SWAPPED, "the slope computed from the net input " + n.netSymbol() + " instead of the output "
                + n.outSymbol(), n.delta(swapped), lhs + " with " + swappedSlopeText(l, j));
    }

    private String swappedSlopeText(int l, int j) {
        String a = sym(n.netSymbol(), j);
        double v = swappedSlope(l, j);
        return switch (s.activation(l)) {
            case SIGMOID -> a + "(1−" + a + ") = " + fmt(v);
            case TANH -> "1−" + a + "² = " + fmt(v);
            default -> fmt(v);
        };
    }

    private void signAndHalf(String lhs, double delta) {
        add(Slip.SIGN_FLIPPED, Slip.SIGN_FLIPPED.describe(n), n.delta(-delta), lhs + " = " + fmt(n.delta(-delta))
                + " (the right size, the wrong sign)");
        if (!squaredError()) return;
        if (s.settings().loss() == Loss.HALF_SSE) {
            add(Slip.HALF, "the ½ of the error dropped, so its slope doubles", n.delta(2 * delta),
                    lhs + " = 2 × " + factor(n.delta(delta)));
        } else {
            add(Slip.HALF, "a ½ put in front of an error that has none, so its slope halves", n.delta(delta / 2),
                    lhs + " = ½ × " + factor(n.delta(delta)));
        }
    }

    private double backSum(int l, int j, double[] nextWeights) {
        double sum = 0.0;
        for (int k = 0; k < s.size(l + 1); k++) sum += nextWeights[k] * s.delta(l + 1, k);
        return sum;
    }

    private double[] oldWeightsInto(int l, int j) {
        double[] w = new double[s.size(l + 1)];
        for (int k = 0; k < w.length; k++) w[k] = s.weightBefore(l + 1, k, j);
        return w;
    }

    /** Whether the next layer's weights are updated after this very sample, by w − η·δ·x alone. */
    private boolean plainOnlineUpdate() {
        return s.settings().batchMode() == BatchMode.ONLINE && s.settings().momentum() == 0.0;
    }

    /** The next layer's weights out of neuron j as the update will leave them (plain on-line updates only). */
    private double[] newWeightsInto(int l, int j) {
        double rate = s.settings().learningRate();
        double[] w = new double[s.size(l + 1)];
        for (int k = 0; k < w.length; k++) {
            double old = s.weightBefore(l + 1, k, j);
            w[k] = s.isWeightLocked(l + 1, k, j) ? old : old - rate * s.delta(l + 1, k) * s.out(l, j);
        }
        return w;
    }

    private void hiddenDelta(int l, int j) {
        String lhs = sym(n.deltaSymbol(), j);
        double slope = slope(l, j);
        double sum = backSum(l, j, oldWeightsInto(l, j));
        double delta = s.delta(l, j);
        String sigma = "Σ w·" + n.deltaSymbol();
        add(Slip.SLOPE_LEFT_OUT, Slip.SLOPE_LEFT_OUT.describe(n), n.delta(sum),
                lhs + " = " + sigma + " = " + fmt(n.delta(sum)) + " without " + slopeText(l, j));
        signAndHalf(lhs, delta);
        if (plainOnlineUpdate()) {
            double wrong = slope * backSum(l, j, newWeightsInto(l, j));
            add(Slip.NEW_WEIGHTS_IN_BACKWARD, Slip.NEW_WEIGHTS_IN_BACKWARD.describe(n), n.delta(wrong),
                    lhs + " = " + slopeText(l, j) + " × " + sigma + " with the updated w = " + fmt(n.delta(wrong)));
        }
        if (s.size(l + 1) > 1) {
            for (int k = 0; k < s.size(l + 1); k++) {
                double term = slope * s.weightBefore(l + 1, k, j) * s.delta(l + 1, k);
                add(Slip.ONE_TERM, Slip.ONE_TERM.describe(n) + " (only neuron " + (k + 1) + " of the next layer)",
                        n.delta(term), lhs + " = " + fmt(slope) + " × " + factor(s.weightBefore(l + 1, k, j)) + " × "
                                + factor(n.delta(s.delta(l + 1, k))));
            }
        }
        double swapped = swappedSlope(l, j) * sum;
        add(Slip.INPUT_OUTPUT_SWAPPED, "the slope computed from the net input " + n.netSymbol() + " instead of the output "
                + n.outSymbol(), n.delta(swapped), lhs + " with " + swappedSlopeText(l, j));
    }

    // --- update ----------------------------------------------------------------------------------

    private void newWeight(NetworkElement.Weight w) {
        int l = w.layer();
        int j = w.to();
        int i = w.from();
        double rate = s.settings().learningRate();
        double g = s.updateGradient(l, j, i);
        double after = s.newWeight(l, j, i);
        double before = s.weightBefore(l, j, i);
        String lhs = "w" + (j + 1) + (i + 1);
        String r = n.rateSymbol();
        if (rate != 1.0) {
            add(Slip.RATE_FORGOTTEN, Slip.RATE_FORGOTTEN.describe(n), after + (rate - 1) * g,
                    lhs + " = " + fmt(before) + " + Δw with Δw computed without " + r + " = " + fmt(rate));
        }
        add(Slip.SIGN_FLIPPED, "the sign of the change flipped (" + n.errorDifference()
                + " the wrong way round, or the step taken uphill)", after + 2 * rate * g,
                lhs + " = " + fmt(before) + " − Δw = " + fmt(after + 2 * rate * g));
        boolean halfDropped = s.settings().loss() == Loss.HALF_SSE;
        double k = halfDropped ? 2.0 : 0.5;
        if (squaredError()) add(Slip.HALF, halfDropped ? "the ½ of the error dropped, so the change doubles"
                        : "a ½ put in front of an error that has none, so the change halves",
                after - rate * g * (k - 1), lhs + " = " + fmt(before) + (halfDropped ? " + 2 × Δw" : " + ½ × Δw"));
        // The slips below change one factor of δ·x, which is this sample's alone only when it is a batch of one.
        if (s.batchPosition() != 0) return;
        double delta = s.delta(l, j);
        double x = s.out(l - 1, i);
        double slope = slope(l, j);
        if (slope != 0.0 && (squaredError() || l < s.layerCount())) {
            replaceGradient(Slip.SLOPE_LEFT_OUT, Slip.SLOPE_LEFT_OUT.describe(n) + " in " + sym(n.deltaSymbol(), j),
                    lhs, before, after, g, delta / slope * x, rate);
        }
        replaceGradient(Slip.INPUT_OUTPUT_SWAPPED, "the output " + sym(n.outSymbol(), j) + " of the neuron the weight feeds"
                + " used instead of the value x entering the edge", lhs, before, after, g, delta * s.out(l, j), rate);
        if (l >= 2) {
            replaceGradient(Slip.INPUT_OUTPUT_SWAPPED, "the net input " + n.netSymbol() + " of the neuron the edge comes from"
                    + " used instead of its output " + n.outSymbol(), lhs, before, after, g, delta * s.net(l - 1, i), rate);
        }
        if (l < s.layerCount() && plainOnlineUpdate()) {
            double wrongDelta = slope * backSum(l, j, newWeightsInto(l, j));
            replaceGradient(Slip.NEW_WEIGHTS_IN_BACKWARD, Slip.NEW_WEIGHTS_IN_BACKWARD.describe(n) + " (for "
                    + sym(n.deltaSymbol(), j) + ")", lhs, before, after, g, wrongDelta * x, rate);
        }
    }

    /** The update with the engine's gradient g (∂E/∂w) replaced by a wrong one. */
    private void replaceGradient(Slip slip, String what, String lhs, double before, double after, double g,
                                 double wrongGradient, double rate) {
        double value = after - rate * (wrongGradient - g);
        double shownGradient = n.objective(wrongGradient);
        add(slip, what, value, lhs + " = " + fmt(before) + " + " + n.rateSymbol() + " × ("
                + (n.writesUpdateAsStep() ? "" : "−") + factor(n.writesUpdateAsStep() ? shownGradient : wrongGradient) + ") = "
                + fmt(value));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private String biasTerm(int l, int j) {
        if (!hasBias()) return "";
        return n.biasIsWeightOnMinusOne() ? "− w₀" : "+ b";
    }

    private void add(Slip slip, String what, double value, String working) {
        out.add(new SlipCandidate(slip, what, value, working));
    }

    private String fmt(double v) { return f.format(v); }

    private String factor(double v) {
        String t = fmt(v);
        return t.startsWith("−") || t.contains("×") ? "(" + t + ")" : t;
    }

    private static String sym(String symbol, int j) {
        return symbol + subscript(j + 1);
    }

    private static String subscript(int number) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) sb.append((char) ('₀' + (c - '0')));
        return sb.toString();
    }
}
