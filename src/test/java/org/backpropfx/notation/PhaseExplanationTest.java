package org.backpropfx.notation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.junit.jupiter.api.Test;

class PhaseExplanationTest {

    @Test
    void everyPhaseIsExplainedInTheNotationOnScreen() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 2, 1);
        network.layer(1).setActivation(Activation.TANH);
        DataSet data = new DataSet(new double[][] {{0, 1}}, new double[][] {{1}});
        Stepper stepper = new Stepper(new Trainer(network, data, TrainingSettings.plain(0.5).withMomentum(0.5)));
        String[] mustMention = {"Sample 1", "Hidden layer 1", "The output layer", "compared", "Backpropagation starts",
            "hidden neuron", "Every weight"};
        for (int k = 0; k < mustMention.length; k++) {
            Snapshot s = k == 0 ? stepper.snapshot() : stepper.stepForward();
            String mit = PhaseExplanation.explain(s, Notation.MIT);
            String gradient = PhaseExplanation.explain(s, Notation.GRADIENT);
            assertTrue(mit.contains(mustMention[k]), mit);
            if (k == 1) assertTrue(mit.contains("w₀") && mit.contains("tanh"), mit);
            if (k == 4) {
                assertTrue(mit.contains("γ") && mit.contains("β(1 − β)"), mit);
                assertTrue(gradient.contains("δ") && gradient.contains("a(1 − a)"), gradient);
                assertFalse(gradient.contains("γ"), gradient);
            }
            if (k == 6) assertTrue(mit.contains("momentum") && mit.contains("r ×"), mit);
        }
    }
}
