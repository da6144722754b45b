package org.backpropfx.bench;

import java.nio.file.Path;
import java.util.SplittableRandom;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.notation.Notation;

/** The lessons the window benchmarks train: a shipped one, a file, or the largest network the app allows. */
final class BenchLessons {
    /** The name that stands for {@link #eightBySixtyFour(int)} on a benchmark's command line. */
    static final String EIGHT_BY_SIXTY_FOUR = "8x64";

    private BenchLessons() {}

    /** A lesson file, the name of a shipped lesson, or {@value #EIGHT_BY_SIXTY_FOUR}. */
    static Lesson named(String name) throws Exception {
        if (name.equals(EIGHT_BY_SIXTY_FOUR)) return eightBySixtyFour(256);
        if (name.endsWith(".json")) return LessonFiles.read(Path.of(name));
        return LessonFiles.loadShipped(name);
    }

    /**
     * Eight sigmoid layers of 64 neurons after 64 inputs (33,280 weights and biases) on {@code samples} fixed
     * pseudo-random samples.
     */
    static Lesson eightBySixtyFour(int samples) {
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
        return new Lesson("8 layers × 64", "", Notation.GRADIENT, network, new DataSet(inputs, targets), null,
                TrainingSettings.plain(0.05), InitMethod.XAVIER, 1.0, 5L);
    }
}
