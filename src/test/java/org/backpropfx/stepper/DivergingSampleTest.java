package org.backpropfx.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingDivergedException;
import org.backpropfx.engine.TrainingSettings;
import org.junit.jupiter.api.Test;

/**
 * A sample whose update would pass the lesson format's limit of 10⁶ is shown up to that update, with
 * every number computed before it, and the step past it is refused. (Issue 11's lesson: one identity
 * neuron, w = 0.5, input 10⁶, target 0, rate 100.)
 */
class DivergingSampleTest {

    private static Trainer exploding() {
        Network network = Network.of(Activation.IDENTITY, BiasMode.TRAINABLE, 1, 1);
        network.layer(1).setWeight(0, 0, 0.5);
        network.layer(1).setBias(0, 0.0);
        return new Trainer(network, new DataSet(new double[][] {{1e6}}, new double[][] {{0}}), TrainingSettings.plain(100));
    }

    @Test
    void theFirstSampleIsShownUpToItsUpdateWithTheNumbersWorkedByHand() {
        Stepper stepper = new Stepper(exploding());
        Snapshot start = stepper.snapshot();
        TrainingDivergedException why = start.divergence();
        assertEquals(TrainingDivergedException.Cause.WEIGHT, why.reason());
        assertEquals(0, why.sample());
        assertEquals(0, why.epoch());
        // forward, error, backward: the update phase is the one that would pass the limit
        assertEquals(List.of(new Phase(PhaseKind.FORWARD, 1), new Phase(PhaseKind.ERROR, 0), new Phase(PhaseKind.BACKWARD, 1)),
                start.phases());

        Snapshot forward = stepper.stepForward();
        assertEquals(500_000.0, forward.net(1, 0));   // 0.5 · 10⁶ − 0 · (−1)
        assertEquals(500_000.0, forward.out(1, 0));   // identity
        Snapshot error = stepper.stepForward();
        assertEquals(1.25e11, error.loss());          // ½ (0 − 500 000)²
        Snapshot backward = stepper.stepForward();
        assertEquals(500_000.0, backward.delta(1, 0)); // (z − d) · 1
        assertTrue(backward.isLastPhase());

        // the update would be 0.5 − 100 · 500 000 · 10⁶ = −5·10¹³: refused, nothing moves
        List<Long> shown = SnapshotValues.of(stepper.snapshot());
        assertSame(why, assertThrows(TrainingDivergedException.class, stepper::stepForward));
        assertThrows(TrainingDivergedException.class, stepper::peekNext);
        assertThrows(TrainingDivergedException.class, () -> stepper.runSamples(5));
        assertThrows(TrainingDivergedException.class, stepper::finishSample);
        assertEquals(shown, SnapshotValues.of(stepper.snapshot()));
        assertEquals(0.5, stepper.stateBeforeCurrentSample().weights()[1][0]);

        // and back to the start
        while (stepper.canStepBack()) assertTrue(stepper.stepBack());
        assertEquals(-1, stepper.snapshot().phaseIndex());
    }

    @Test
    void aSmallerRateAfterwardsTrainsTheSampleInFull() {
        Stepper stepper = new Stepper(exploding());
        stepper.stepForward();
        Snapshot fixed = stepper.setSettings(TrainingSettings.plain(1e-13));
        assertNull(fixed.divergence());
        assertEquals(PhaseKind.UPDATE, fixed.phases().get(fixed.phases().size() - 1).kind());
        assertEquals(0, fixed.phaseIndex(), "the cursor keeps its phase");
        Snapshot next = stepper.finishSample();
        assertFalse(next.phases().isEmpty());
        // 0.5 − 10⁻¹³ · 500 000 · 10⁶ = 0.45
        stepper.stepForward();
        assertEquals(0.45, stepper.stateBeforeCurrentSample().weights()[1][0], 1e-15);
    }

    @Test
    void anEditThatMakesTheSampleDivergeIsKeptAndShownUpToTheUpdate() {
        Network network = Network.of(Activation.IDENTITY, BiasMode.TRAINABLE, 1, 1);
        network.layer(1).setWeight(0, 0, 1e-9);
        Trainer trainer = new Trainer(network, new DataSet(new double[][] {{1e6}}, new double[][] {{0}}),
                TrainingSettings.plain(100));
        Stepper stepper = new Stepper(trainer);
        assertNull(stepper.snapshot().divergence());
        Snapshot edited = stepper.edit(n -> n.layer(1).setWeight(0, 0, 0.5));
        assertEquals(TrainingDivergedException.Cause.WEIGHT, edited.divergence().reason());
        assertEquals(0.5, stepper.stateBeforeCurrentSample().weights()[1][0]);
        Snapshot undone = stepper.edit(n -> n.layer(1).setWeight(0, 0, 1e-9));
        assertNull(undone.divergence());
    }
}
