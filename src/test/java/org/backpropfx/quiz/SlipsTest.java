package org.backpropfx.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.junit.jupiter.api.Test;

/**
 * Each usual slip, made on purpose by the formulas below (written in the MIT notation, as a student would),
 * is named by the quiz; a right answer never is.
 */
class SlipsTest {
    private static final SignificantFormat FORMAT = new SignificantFormat(4);

    /** A made-on-purpose wrong answer and the slip that made it. */
    private record Made(Slip slip, double value) {}

    /** A random sigmoid network in the MIT notation with 2 to 3 inputs, a hidden layer of 2 to 3 and 1 to 2 outputs. */
    private static Stepper generated(long seed, Loss loss) {
        SplittableRandom random = new SplittableRandom(seed);
        int inputs = 2 + random.nextInt(2);
        int hidden = 2 + random.nextInt(2);
        int outputs = 1 + random.nextInt(2);
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, inputs, hidden, outputs);
        Initializer.initialize(network, InitMethod.UNIFORM, 1.5, seed);
        double[] x = new double[inputs];
        for (int i = 0; i < inputs; i++) x[i] = Math.round(random.nextDouble() * 10) / 10.0;
        double[] d = new double[outputs];
        for (int k = 0; k < outputs; k++) d[k] = random.nextBoolean() ? 0.9 : 0.1;
        double rate = 0.2 + random.nextInt(12) / 10.0;
        if (rate == 1.0) rate = 0.5;
        TrainingSettings settings = TrainingSettings.plain(rate).withLoss(loss);
        return new Stepper(new Trainer(network, new DataSet(new double[][] {x}, new double[][] {d}), settings));
    }

    @Test
    void everySlipMadeOnPurposeIsNamed() {
        List<Slip> named = new ArrayList<>();
        for (long seed = 1; seed <= 40; seed++) {
            Loss loss = seed % 2 == 0 ? Loss.HALF_SSE : Loss.SSE;
            Stepper stepper = generated(seed, loss);
            Quiz quiz = new Quiz();
            while (true) {
                Snapshot next = stepper.peekNext();
                Snapshot s = stepper.stepForward();
                for (Question q : Quiz.questionsFor(next, Notation.MIT)) {
                    for (Made made : made(q, s, loss)) {
                        if (Math.abs(made.value() - q.answer()) <= Math.max(0.001, 0.01 * Math.abs(q.answer()))) continue;
                        List<Slip> slips = quiz.diagnose(q, made.value(), s, Notation.MIT, FORMAT).stream()
                                .map(SlipCandidate::slip).toList();
                        assertThat(slips).as("seed %d, %s: %s gives %s", seed, q.prompt(), made.slip(), made.value())
                                .contains(made.slip());
                        named.add(made.slip());
                    }
                }
                if (s.isLastPhase()) break;
            }
        }
        // The slips of softmax and the cross-entropies need those outputs and losses: SoftmaxSlipsTest makes them.
        assertThat(named).contains(Arrays.stream(Slip.values()).filter(x -> !SoftmaxSlipsTest.CLASSIFICATION.contains(x))
                .toArray(Slip[]::new));
    }

    @Test
    void aRightAnswerIsNeverASlip() {
        Loss[] losses = {Loss.HALF_SSE, Loss.SSE, Loss.BINARY_CROSS_ENTROPY};
        for (long seed = 1; seed <= 40; seed++) {
            Quiz quiz = new Quiz();
            for (Notation notation : Notation.values()) {
                Stepper stepper = generated(seed, losses[(int) (seed % losses.length)]);
                while (true) {
                    Snapshot next = stepper.peekNext();
                    Snapshot s = stepper.stepForward();
                    for (Question q : Quiz.questionsFor(next, notation)) {
                        double right = q.answer();
                        // Exactly right, and right to the four digits a student writes down.
                        for (double given : new double[] {right, Double.parseDouble(String.format(Locale.ROOT, "%.4g", right))}) {
                            assertThat(quiz.diagnose(q, given, s, notation, FORMAT)).as("%s %s", q.prompt(), given).isEmpty();
                        }
                    }
                    if (s.isLastPhase()) break;
                }
            }
        }
    }

    @Test
    void theSlipIsExplainedWithItsNumbers() {
        Stepper stepper = generated(3, Loss.HALF_SSE);
        Snapshot s = null;
        Question delta = null;
        while (delta == null) {
            Snapshot next = stepper.peekNext();
            s = stepper.stepForward();
            delta = Quiz.questionsFor(next, Notation.MIT).stream()
                    .filter(q -> q.quantity() == Quantity.DELTA && q.element().layer() == next.layerCount())
                    .findFirst().orElse(null);
        }
        NetworkElement.Neuron n = (NetworkElement.Neuron) delta.element();
        double d = s.target(n.index());
        double z = s.out(n.layer(), n.index());
        List<SlipCandidate> found = new Quiz().diagnose(delta, d - z, s, Notation.MIT, FORMAT);
        assertThat(found).extracting(SlipCandidate::slip).contains(Slip.SLOPE_LEFT_OUT);
        SlipCandidate c = found.stream().filter(x -> x.slip() == Slip.SLOPE_LEFT_OUT).findFirst().orElseThrow();
        assertThat(c.what()).contains("β(1−β)").contains("left out");
        assertThat(c.working()).contains(FORMAT.format(d)).contains(FORMAT.format(z).replace("−", ""));
    }

    /** Wrong answers made by hand, in the MIT notation: γ = β(1−β)(d − z), w ← w + r·x·γ, α = Σ w x − w₀. */
    private static List<Made> made(Question q, Snapshot s, Loss loss) {
        List<Made> list = new ArrayList<>();
        int layers = s.layerCount();
        double r = s.settings().learningRate();
        double lossScale = loss == Loss.SSE ? 2 : 1;
        switch (q.quantity()) {
            case NET_INPUT -> {
                NetworkElement.Neuron n = (NetworkElement.Neuron) q.element();
                double sum = 0;
                for (int i = 0; i < s.size(n.layer() - 1); i++) sum += s.weightBefore(n.layer(), n.index(), i) * s.out(n.layer() - 1, i);
                double w0 = -s.biasBefore(n.layer(), n.index());
                list.add(new Made(Slip.BIAS_INPUT_PLUS_ONE, sum + w0 * 1));
                list.add(new Made(Slip.INPUT_OUTPUT_SWAPPED, s.out(n.layer(), n.index())));
            }
            case OUTPUT -> {
                NetworkElement.Neuron n = (NetworkElement.Neuron) q.element();
                list.add(new Made(Slip.INPUT_OUTPUT_SWAPPED, s.net(n.layer(), n.index())));
            }
            case ERROR -> {
                double squares = 0;
                for (int k = 0; k < s.size(layers); k++) squares += Math.pow(s.target(k) - s.out(layers, k), 2);
                list.add(new Made(Slip.HALF, loss == Loss.HALF_SSE ? -squares : -squares / 2));
            }
            case DELTA -> {
                NetworkElement.Neuron n = (NetworkElement.Neuron) q.element();
                int l = n.layer();
                int j = n.index();
                double beta = s.out(l, j);
                double alpha = s.net(l, j);
                double gamma = -s.delta(l, j);
                if (l == layers) {
                    double diff = lossScale * (s.target(j) - beta);
                    list.add(new Made(Slip.SLOPE_LEFT_OUT, diff));
                    list.add(new Made(Slip.SIGN_FLIPPED, beta * (1 - beta) * -diff));
                    list.add(new Made(Slip.HALF, loss == Loss.HALF_SSE ? 2 * beta * (1 - beta) * diff : beta * (1 - beta) * diff / 2));
                    list.add(new Made(Slip.INPUT_OUTPUT_SWAPPED, alpha * (1 - alpha) * diff));
                } else {
                    double sum = 0;
                    double sumNew = 0;
                    for (int k = 0; k < s.size(l + 1); k++) {
                        double gk = -s.delta(l + 1, k);
                        double w = s.weightBefore(l + 1, k, j);
                        sum += w * gk;
                        sumNew += (w + r * beta * gk) * gk;
                        if (s.size(l + 1) > 1) list.add(new Made(Slip.ONE_TERM, beta * (1 - beta) * w * gk));
                    }
                    list.add(new Made(Slip.SLOPE_LEFT_OUT, sum));
                    list.add(new Made(Slip.SIGN_FLIPPED, -gamma));
                    list.add(new Made(Slip.NEW_WEIGHTS_IN_BACKWARD, beta * (1 - beta) * sumNew));
                    list.add(new Made(Slip.INPUT_OUTPUT_SWAPPED, alpha * (1 - alpha) * sum));
                }
            }
            case NEW_WEIGHT -> {
                NetworkElement.Weight w = (NetworkElement.Weight) q.element();
                int l = w.layer();
                double old = s.weightBefore(l, w.to(), w.from());
                double x = s.out(l - 1, w.from());
                double beta = s.out(l, w.to());
                double gamma = -s.delta(l, w.to());
                list.add(new Made(Slip.RATE_FORGOTTEN, old + x * gamma));
                list.add(new Made(Slip.SIGN_FLIPPED, old - r * x * gamma));
                list.add(new Made(Slip.HALF, old + (loss == Loss.HALF_SSE ? 2 : 0.5) * r * x * gamma));
                list.add(new Made(Slip.SLOPE_LEFT_OUT, old + r * x * gamma / (beta * (1 - beta))));
                list.add(new Made(Slip.INPUT_OUTPUT_SWAPPED, old + r * beta * gamma));
                if (l < layers) {
                    double sumNew = 0;
                    for (int k = 0; k < s.size(l + 1); k++) {
                        double gk = -s.delta(l + 1, k);
                        sumNew += (s.weightBefore(l + 1, k, w.to()) + r * beta * gk) * gk;
                    }
                    list.add(new Made(Slip.NEW_WEIGHTS_IN_BACKWARD, old + r * x * beta * (1 - beta) * sumNew));
                }
            }
        }
        return list;
    }
}
