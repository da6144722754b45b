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
    void quickRunPrintsEveryMeasurementAndAVerdict() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Bench.run(true, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(11, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).startsWith("XOR 2-4-1, online: engine "), lines.get(1));
        assertTrue(lines.get(2).startsWith("  XOR: engine ÷ plain loop "), lines.get(2));
        assertTrue(lines.get(4).startsWith("64-32-10, online: engine "), lines.get(4));
        assertTrue(lines.get(6).startsWith("8 layers × 64, online: engine "), lines.get(6));
        assertTrue(lines.get(8).startsWith("full batch, 1,000 samples of 2-16-16-1: engine "), lines.get(8));
        assertTrue(lines.get(9).startsWith("  allocation per sample: "), lines.get(9));
        // The verdict says what the XOR line says.
        boolean met = lines.get(2).contains(": met)");
        assertTrue(lines.get(10).startsWith(met ? "verdict: goal met" : "verdict: goal missed"), lines.get(10));
    }

    /** Every case's plain loop trains its network as the engine does, to the last bit, or the ratio means nothing. */
    @Test
    void plainLoopsComputeWhatTheEngineComputes() {
        for (BenchCase c : BenchCase.all()) {
            Trainer trainer = c.trainer();
            PlainLoop plain = c.plainLoop();
            double engineLoss = trainer.trainEpoch();
            plain.train(c.data().size());
            assertEquals(0.0, BenchCase.largestDifference(trainer.network(), plain), c.name());
            assertTrue(Double.isFinite(engineLoss));
        }
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
    }
}
