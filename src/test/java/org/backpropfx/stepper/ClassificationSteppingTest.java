package org.backpropfx.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Stepping phase by phase equals the fast path bit for bit with softmax, both cross-entropies, L1 and L2. */
class ClassificationSteppingTest {
    static final DataSet THREE_CLASSES = new DataSet(
            new double[][] {{0.1, 0.9}, {0.8, 0.2}, {0.5, 0.5}, {-0.3, 0.4}, {0.9, 0.95}, {-0.7, -0.2}, {0.3, -0.8}},
            new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 0}, {0, 0, 1}, {0, 1, 0}, {0, 0, 1}});

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Activation.SOFTMAX, new TrainingSettings(0.5, 0, BatchMode.ONLINE, 1, Loss.CROSS_ENTROPY)),
                Arguments.of(Activation.SOFTMAX, new TrainingSettings(0.3, 0.9, BatchMode.ONLINE, 1, Loss.CROSS_ENTROPY,
                        0.01, 0.02)),
                Arguments.of(Activation.SOFTMAX, new TrainingSettings(0.3, 0.5, BatchMode.MINI_BATCH, 3,
                        Loss.CROSS_ENTROPY, 0, 0.05)),
                Arguments.of(Activation.SOFTMAX, new TrainingSettings(0.5, 0, BatchMode.ONLINE, 1, Loss.HALF_SSE, 0.02, 0)),
                Arguments.of(Activation.SOFTMAX, new TrainingSettings(0.5, 0, BatchMode.FULL_BATCH, 1, Loss.MSE, 0, 0.1)),
                Arguments.of(Activation.SIGMOID, new TrainingSettings(0.5, 0, BatchMode.ONLINE, 1,
                        Loss.BINARY_CROSS_ENTROPY)),
                Arguments.of(Activation.SIGMOID, new TrainingSettings(0.2, 0.8, BatchMode.MINI_BATCH, 2,
                        Loss.BINARY_CROSS_ENTROPY, 0.03, 0.03)),
                Arguments.of(Activation.SIGMOID, new TrainingSettings(0.5, 0.5, BatchMode.ONLINE, 1, Loss.SSE, 0.05, 0)));
    }

    static Network network(Activation output) {
        Network network = new Network(new int[] {2, 4, 3}, new Activation[] {Activation.TANH, output}, BiasMode.TRAINABLE);
        Initializer.initialize(network, InitMethod.UNIFORM, 1.0, 5);
        return network;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void steppedEqualsFastPathBitForBit(Activation output, TrainingSettings settings) {
        Network stepped = network(output);
        Network fast = stepped.copy();
        Stepper stepper = new Stepper(new Trainer(stepped, THREE_CLASSES, settings));
        Trainer trainer = new Trainer(fast, THREE_CLASSES, settings);
        for (int sample = 0; sample < 40; sample++) {
            stepper.stepForward();
            while (!stepper.snapshot().isLastPhase()) stepper.stepForward();
            double loss = trainer.trainSample();
            Snapshot s = stepper.snapshot();
            assertEquals(Double.doubleToRawLongBits(loss), Double.doubleToRawLongBits(s.loss()), "loss " + sample);
            for (int l = 1; l <= fast.layerCount(); l++) {
                for (int j = 0; j < fast.size(l); j++) {
                    assertEquals(Double.doubleToRawLongBits(fast.layer(l).bias(j)), Double.doubleToRawLongBits(s.bias(l, j)));
                    for (int i = 0; i < fast.size(l - 1); i++) {
                        assertEquals(Double.doubleToRawLongBits(fast.layer(l).weight(j, i)),
                                Double.doubleToRawLongBits(s.weight(l, j, i)), "sample " + sample);
                    }
                }
            }
        }
        assertEquals(Double.doubleToRawLongBits(trainer.lastEpochAccuracy()),
                Double.doubleToRawLongBits(stepper.trainer().lastEpochAccuracy()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void steppingBackRecordsTheSameBits(Activation output, TrainingSettings settings) {
        Stepper stepper = new Stepper(new Trainer(network(output), THREE_CLASSES, settings));
        List<List<Long>> forward = new ArrayList<>();
        for (int k = 0; k < 60; k++) forward.add(SnapshotValues.of(stepper.stepForward()));
        for (int k = 58; k >= 0; k--) {
            stepper.stepBack();
            assertEquals(forward.get(k), SnapshotValues.of(stepper.snapshot()), "step " + k);
        }
    }
}
