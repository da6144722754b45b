package org.backpropfx.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.junit.jupiter.api.Test;

class BenchTest {

    @Test
    void quickRunPrintsEveryMeasurement() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Bench.run(true, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(9, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).startsWith("xor 2-4-1 sigmoid, engine (Trainer.trainSample): best "));
        assertTrue(lines.get(2).startsWith("xor 2-4-1 sigmoid, hand-written loop unrolled for 2-4-1 (baseline): best "));
        assertTrue(lines.get(3).startsWith("xor 2-4-1 sigmoid, plain nested loops over arrays: best "));
        assertTrue(lines.get(4).startsWith("64-32-10 sigmoid, engine (Trainer.trainSample): best "));
        assertTrue(lines.get(5).startsWith("engine time / baseline time (medians): "));
        assertTrue(lines.get(6).startsWith("engine time / plain-loops time (medians): "));
        assertTrue(lines.get(7).startsWith("allocation per sample, xor engine: "));
        assertTrue(lines.get(8).startsWith("allocation per sample, 64-32-10 engine: "));
    }

    /** The baseline must train the same network the same way, or the ratio means nothing. */
    @Test
    void baselineComputesWhatTheEngineComputes() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 4, 1);
        Initializer.initialize(network, InitMethod.UNIFORM, 1.0, 7);
        DataSet xor = new DataSet(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{0}, {1}, {1}, {0}});
        Trainer trainer = new Trainer(network.copy(), xor, TrainingSettings.plain(0.5));
        Bench.HandWrittenXor baseline = new Bench.HandWrittenXor(network);
        double engineLoss = 0.0;
        for (int k = 0; k < 400; k++) engineLoss += trainer.trainSample();
        double baselineLoss = baseline.train(400);
        assertEquals(engineLoss, baselineLoss, 1e-9 * engineLoss);
        assertEquals(engineLoss, new Bench.PlainLoops(network).train(400), 1e-9 * engineLoss);
    }
}
