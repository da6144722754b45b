package org.backpropfx.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
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
 * The slips of softmax with cross-entropy, on a step worked out by hand: input x = (1, 0) into three softmax
 * outputs whose first weights are 1, 2 and 0.5 (second weights and biases 0), so z = (1, 2, 0.5); target y = (0, 1, 0).
 *
 * <pre>
 *   e^z = (2.718282, 7.389056, 1.648721), Σ = 11.756059
 *   a   = e^z / Σ = (0.231224, 0.628532, 0.140244)
 *   E   = −ln a₂ = ln Σ − z₂ = ln 11.756059 − 2 = 2.464369 − 2 = 0.464369
 *   δ   = a − y = (0.231224, −0.371468, 0.140244)
 * </pre>
 */
class SoftmaxSlipsTest {
    /** The slips only softmax and the cross-entropies can show. */
    static final Set<Slip> CLASSIFICATION = Set.of(Slip.SLOPE_KEPT, Slip.SOFTMAX_AS_SIGMOID, Slip.SOFTMAX_NOT_DIVIDED,
            Slip.LOG_TEN);
    private static final SignificantFormat FORMAT = new SignificantFormat(4);

    private static Stepper threeOutputs() {
        Network network = new Network(new int[] {2, 3}, new Activation[] {Activation.SOFTMAX}, BiasMode.TRAINABLE);
        network.layer(1).setWeights(new double[] {1, 0, 2, 0, 0.5, 0});
        TrainingSettings settings = new TrainingSettings(0.1, 0.0, BatchMode.ONLINE, 1, Loss.CROSS_ENTROPY);
        return new Stepper(new Trainer(network, new DataSet(new double[][] {{1, 0}}, new double[][] {{0, 1, 0}}), settings));
    }

    /** The question about {@code quantity} of output neuron 2 (or the error), and the step that reveals it. */
    private record Asked(Question question, Snapshot revealed) {}

    private static Asked ask(Quantity quantity, Notation notation) {
        Stepper stepper = threeOutputs();
        while (true) {
            Snapshot next = stepper.peekNext();
            Snapshot s = stepper.stepForward();
            for (Question q : Quiz.questionsFor(next, notation)) {
                if (q.quantity() == quantity && (q.element() == null || ((NetworkElement.Neuron) q.element()).index() == 1)) {
                    return new Asked(q, s);
                }
            }
            if (s.isLastPhase()) throw new AssertionError("no question about " + quantity);
        }
    }

    private static List<SlipCandidate> diagnose(Asked a, double given, Notation notation) {
        return new Quiz().diagnose(a.question(), given, a.revealed(), notation, FORMAT);
    }

    @Test
    void theRightValuesAreTheHandWorkedOnes() {
        assertThat(ask(Quantity.OUTPUT, Notation.GRADIENT).question().answer()).isCloseTo(0.628532, within(1e-6));
        assertThat(ask(Quantity.ERROR, Notation.GRADIENT).question().answer()).isCloseTo(0.464369, within(1e-6));
        assertThat(ask(Quantity.DELTA, Notation.GRADIENT).question().answer()).isCloseTo(-0.371468, within(1e-6));
        assertThat(ask(Quantity.DELTA, Notation.MIT).question().answer()).as("γ = −δ").isCloseTo(0.371468, within(1e-6));
    }

    @Test
    void aSoftmaxOutputSquashedAloneOrLeftUndividedIsNamed() {
        Asked a = ask(Quantity.OUTPUT, Notation.GRADIENT);
        // σ(2) = 1/(1 + e^−2) = 1/1.135335 = 0.880797
        List<SlipCandidate> alone = diagnose(a, 0.8808, Notation.GRADIENT);
        assertThat(alone).extracting(SlipCandidate::slip).containsExactly(Slip.SOFTMAX_AS_SIGMOID);
        assertThat(alone.get(0).value()).isCloseTo(0.880797, within(1e-6));
        assertThat(alone.get(0).working()).isEqualTo("a₂ = 1/(1 + e^(−z₂)) = 1/(1 + e^(−2)) = 0.8808");
        // e^2 = 7.389056
        List<SlipCandidate> undivided = diagnose(a, 7.389, Notation.GRADIENT);
        assertThat(undivided).extracting(SlipCandidate::slip).containsExactly(Slip.SOFTMAX_NOT_DIVIDED);
        assertThat(undivided.get(0).what()).isEqualTo("e^z not divided by the sum Σₖ e^zₖ of the outputs");
    }

    @Test
    void aLogToBaseTenIsNamed() {
        // 0.464369 / ln 10 = 0.464369 / 2.302585 = 0.201673
        Asked a = ask(Quantity.ERROR, Notation.GRADIENT);
        List<SlipCandidate> found = diagnose(a, 0.2017, Notation.GRADIENT);
        assertThat(found).extracting(SlipCandidate::slip).containsExactly(Slip.LOG_TEN);
        assertThat(found.get(0).value()).isCloseTo(0.201673, within(1e-6));
        // In the MIT notation P = −E, and so is the slip: −0.201673.
        assertThat(diagnose(ask(Quantity.ERROR, Notation.MIT), -0.2017, Notation.MIT))
                .extracting(SlipCandidate::slip).containsExactly(Slip.LOG_TEN);
    }

    @Test
    void theSlopeKeptWhereItCancelsIsNamedWithItsNumbers() {
        // a₂(1 − a₂) = 0.628532 × 0.371468 = 0.233479; (a₂ − y₂) × that = −0.371468 × 0.233479 = −0.086730
        Asked a = ask(Quantity.DELTA, Notation.GRADIENT);
        List<SlipCandidate> found = diagnose(a, -0.08673, Notation.GRADIENT);
        assertThat(found).extracting(SlipCandidate::slip).containsExactly(Slip.SLOPE_KEPT);
        assertThat(found.get(0).value()).isCloseTo(-0.086730, within(1e-6));
        assertThat(found.get(0).what()).isEqualTo("the slope a(1−a) kept, though with cross-entropy it cancels and the delta is δ = a − y");
        assertThat(found.get(0).working()).isEqualTo("δ₂ = (0.6285 − 1) × a(1−a) = −0.3715 × 0.2335 = −0.08673");
        // The MIT notation asks for γ = −δ = 0.371468; keeping β(1−β) gives 0.086730.
        List<SlipCandidate> mit = diagnose(ask(Quantity.DELTA, Notation.MIT), 0.08673, Notation.MIT);
        assertThat(mit).extracting(SlipCandidate::slip).containsExactly(Slip.SLOPE_KEPT);
        assertThat(mit.get(0).what()).contains("β(1−β)").contains("γ = y − β");
    }

    @Test
    void rightAnswersAreNoSlip() {
        for (Notation n : Notation.values()) {
            for (Quantity q : List.of(Quantity.OUTPUT, Quantity.ERROR, Quantity.DELTA)) {
                Asked a = ask(q, n);
                assertThat(diagnose(a, a.question().answer(), n)).isEmpty();
            }
        }
    }
}
