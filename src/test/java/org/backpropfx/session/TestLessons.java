package org.backpropfx.session;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Layer;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.Notation;
import java.util.SplittableRandom;

/** Small lessons built in code, so session and window tests do not depend on lesson files. */
public final class TestLessons {
    private TestLessons() {
    }

    /** A 2-2-1 sigmoid network on XOR, with fixed, asymmetric weights and rate 0.5. */
    public static Lesson xor() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 2, 1);
        Layer hidden = network.layer(1);
        hidden.setWeights(new double[] {0.15, 0.20, 0.25, 0.30});
        hidden.setBiases(new double[] {0.35, -0.35});
        Layer output = network.layer(2);
        output.setWeights(new double[] {0.40, -0.45});
        output.setBiases(new double[] {0.60});
        DataSet xor = new DataSet(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}},
                new double[][] {{0.1}, {0.9}, {0.9}, {0.1}});
        return new Lesson("XOR test", "", Notation.MIT, network, xor, null, TrainingSettings.plain(0.5),
                InitMethod.UNIFORM, 0.5, 1L);
    }

    /** The XOR lesson with its four samples repeated {@code copies} times: a long epoch. */
    public static Lesson xorRepeated(int copies) {
        Lesson xor = xor();
        double[][] inputs = new double[4 * copies][];
        double[][] targets = new double[4 * copies][];
        for (int s = 0; s < inputs.length; s++) {
            inputs[s] = xor.data().input(s % 4);
            targets[s] = xor.data().target(s % 4);
        }
        return new Lesson("Long XOR test", "", xor.notation(), xor.network(), new DataSet(inputs, targets), null,
                xor.settings(), xor.initMethod(), xor.initRange(), xor.seed());
    }

    /**
     * Eight sigmoid layers of 64 neurons after 64 inputs (33,280 weights and biases), on {@code samples} fixed
     * pseudo-random samples: the largest network the app allows.
     */
    public static Lesson eightBySixtyFour(int samples) {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 64, 64, 64, 64, 64, 64, 64, 64, 64);
        Initializer.initialize(network, InitMethod.XAVIER, 1.0, 5L);
        SplittableRandom random = new SplittableRandom(17);
        double[][] inputs = new double[samples][64];
        double[][] targets = new double[samples][64];
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < 64; i++) {
                inputs[s][i] = random.nextDouble(-1, 1);
                targets[s][i] = random.nextDouble();
            }
        }
        return new Lesson("8 × 64 test", "", Notation.GRADIENT, network, new DataSet(inputs, targets), null,
                TrainingSettings.plain(0.1), InitMethod.XAVIER, 1.0, 5L);
    }

    /**
     * A 1-1 identity network whose rate of 1.5 makes every update overshoot twofold (the error goes from e
     * to −2e), so a weight would pass {@link Network#MAX_MAGNITUDE} after about two dozen samples.
     */
    public static Lesson divergent() {
        Network network = Network.of(Activation.IDENTITY, BiasMode.TRAINABLE, 1, 1);
        network.layer(1).setWeights(new double[] {0.5});
        network.layer(1).setBiases(new double[] {0.1});
        DataSet data = new DataSet(new double[][] {{1}, {-1}}, new double[][] {{0.5}, {0.2}});
        return new Lesson("Divergent test", "", Notation.GRADIENT, network, data, null,
                TrainingSettings.plain(1.5), InitMethod.UNIFORM, 0.5, 1L);
    }
}
