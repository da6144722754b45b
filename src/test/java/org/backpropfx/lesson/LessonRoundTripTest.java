package org.backpropfx.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Layer;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.notation.Notation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What is written reads back equal, down to the last bit of every double. */
class LessonRoundTripTest {

    static List<String> shippedNames() { return LessonFiles.shippedNames(); }

    @ParameterizedTest @MethodSource("shippedNames")
    void everyShippedLessonRoundTripsThroughAFile(String name, @TempDir Path dir) throws Exception {
        Lesson lesson = LessonFiles.loadShipped(name);
        Path file = dir.resolve(name + ".json");
        LessonFiles.write(lesson, file);
        Lesson back = LessonFiles.read(file);
        assertThat(back).isEqualTo(lesson);
        assertThat(LessonFiles.toJson(back)).isEqualTo(LessonFiles.toJson(lesson));
    }

    @ParameterizedTest @MethodSource("shippedNames")
    void everyShippedFileIsInTheFormTheWriterProduces(String name) throws Exception {
        // So that saving a shipped lesson unchanged gives the same bytes, and the files stay tidy.
        String text = Files.readString(Path.of("assets/lessons", name + ".json"));
        assertThat(LessonFiles.toJson(LessonFiles.parse(text))).isEqualTo(text);
    }

    /** Doubles chosen to trip a lossy writer: subnormals, signed zero, values needing 17 digits. */
    private static final double[] AWKWARD = {
        -0.0, 0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL),
        0.1, 0.1 + 0.2, 1.0 / 3.0, -2.0 / 3.0, 1e6, -1e6, Math.nextDown(1e6), 1e-300, 5e-324 * 3,
        Math.PI, Math.E, 123456.78901234567, 2.0E-8, 1.0E-5, 1.0E-3, 1e5 + 0.5
    };

    @Test void randomAndAwkwardDoublesRoundTripBitExactly() throws Exception {
        SplittableRandom random = new SplittableRandom(20240601);
        for (int trial = 0; trial < 20; trial++) {
            Lesson lesson = randomLesson(random, trial);
            Lesson back = LessonFiles.parse(LessonFiles.toJson(lesson));
            assertThat(back).isEqualTo(lesson);
            assertBitsEqual(back.network(), lesson.network());
            for (int s = 0; s < lesson.data().size(); s++) {
                assertBitsEqual(back.data().input(s), lesson.data().input(s));
                assertBitsEqual(back.data().target(s), lesson.data().target(s));
            }
            assertThat(Double.doubleToRawLongBits(back.settings().learningRate()))
                    .isEqualTo(Double.doubleToRawLongBits(lesson.settings().learningRate()));
        }
    }

    @Test void negativeZeroStaysNegative() throws Exception {
        Network network = Network.of(Activation.IDENTITY, BiasMode.TRAINABLE, 1, 1);
        network.layer(1).setWeight(0, 0, -0.0);
        network.layer(1).setBias(0, -0.0);
        Lesson lesson = lesson(network, new DataSet(new double[][]{{-0.0}}, new double[][]{{0.0}}));
        Lesson back = LessonFiles.parse(LessonFiles.toJson(lesson));
        assertThat(Double.doubleToRawLongBits(back.network().layer(1).weight(0, 0))).isEqualTo(Long.MIN_VALUE);
        assertThat(Double.doubleToRawLongBits(back.network().layer(1).bias(0))).isEqualTo(Long.MIN_VALUE);
        assertThat(Double.doubleToRawLongBits(back.data().input(0)[0])).isEqualTo(Long.MIN_VALUE);
        assertThat(Double.doubleToRawLongBits(back.data().target(0)[0])).isEqualTo(0L);
    }

    @Test void locksSettingsNotationAndTestSamplesRoundTrip() throws Exception {
        Network network = Network.of(Activation.TANH, BiasMode.LOCKED, 3, 2, 2);
        network.layer(2).setActivation(Activation.RELU);
        Initializer.initialize(network, InitMethod.HE, 1.0, 99);
        network.layer(1).setWeightLocked(1, 2, true);
        network.layer(2).setWeightLocked(0, 0, true);
        network.layer(2).setBiasLocked(1, true);
        DataSet data = new DataSet(new double[][]{{1, 2, 3}, {4, 5, 6}}, new double[][]{{1, 0}, {0, 1}});
        DataSet test = new DataSet(new double[][]{{7, 8, 9}}, new double[][]{{0.5, 0.5}});
        Lesson lesson = new Lesson("Locks", "line one\nline two \"quoted\" \\ é ✓", Notation.GRADIENT, network, data, test,
                new TrainingSettings(0.03, 0.9, BatchMode.MINI_BATCH, 7, Loss.MSE), InitMethod.HE, 0.25, -42L);
        Lesson back = LessonFiles.parse(LessonFiles.toJson(lesson));
        assertThat(back).isEqualTo(lesson);
        assertThat(back.network().layer(1).isWeightLocked(1, 2)).isTrue();
        assertThat(back.network().layer(1).isWeightLocked(0, 2)).isFalse();
        assertThat(back.network().layer(2).isBiasLocked(1)).isTrue();
        assertThat(back.testData()).isEqualTo(test);
        assertThat(back.note()).isEqualTo("line one\nline two \"quoted\" \\ é ✓");
        assertThat(back.seed()).isEqualTo(-42L);
    }

    @Test void biasLocksSurviveEvenWithoutBiases() throws Exception {
        Network network = Network.of(Activation.SIGMOID, BiasMode.NONE, 2, 2, 1);
        network.layer(1).setWeight(1, 0, 0.75);
        network.layer(1).setBiasLocked(1, true);
        Lesson lesson = lesson(network, new DataSet(new double[][]{{1, 0}}, new double[][]{{1}}));
        String json = LessonFiles.toJson(lesson);
        assertThat(json).doesNotContain("\"biases\"");
        assertThat(LessonFiles.parse(json)).isEqualTo(lesson);
    }

    @Test void aLessonWithoutWeightsIsInitialisedFromItsSeed() throws Exception {
        String json = """
                {"format": "backpropfx-lesson", "version": 1, "title": "Seeded",
                 "network": {"inputs": 2, "layers": [{"neurons": 3}, {"neurons": 1}]},
                 "init": {"method": "uniform", "range": 0.7, "seed": 12345},
                 "samples": [{"input": [0, 1], "target": [1]}]}
                """;
        Network expected = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 3, 1);
        Initializer.initialize(expected, InitMethod.UNIFORM, 0.7, 12345L);
        Lesson lesson = LessonFiles.parse(json);
        assertThat(lesson.network()).isEqualTo(expected);
        assertThat(lesson.network().layer(1).weight(0, 0)).isNotEqualTo(0.0);
    }

    @Test void omittedFieldsTakeTheDocumentedDefaults() throws Exception {
        String json = """
                {"format": "backpropfx-lesson", "version": 1, "title": "Minimal",
                 "network": {"inputs": 1, "layers": [{"neurons": 1, "weights": [[0.25]]}]},
                 "samples": [{"input": [1], "target": [0]}]}
                """;
        Lesson lesson = LessonFiles.parse(json);
        assertThat(lesson.note()).isEmpty();
        assertThat(lesson.notation()).isEqualTo(Notation.MIT);
        assertThat(lesson.network().biasMode()).isEqualTo(BiasMode.TRAINABLE);
        assertThat(lesson.network().layer(1).activation()).isEqualTo(Activation.SIGMOID);
        assertThat(lesson.network().layer(1).bias(0)).isEqualTo(0.0);
        assertThat(lesson.settings()).isEqualTo(new TrainingSettings(0.5, 0.0, BatchMode.ONLINE, 1, Loss.HALF_SSE));
        assertThat(lesson.initMethod()).isEqualTo(InitMethod.UNIFORM);
        assertThat(lesson.initRange()).isEqualTo(0.5);
        assertThat(lesson.seed()).isEqualTo(1L);
        assertThat(lesson.testData()).isNull();

        String miniBatch = json.replace("\"samples\"", "\"training\": {\"batchMode\": \"mini-batch\"}, \"samples\"");
        assertThat(LessonFiles.parse(miniBatch).settings().batchSize()).isEqualTo(4);
    }

    @Test void wholeNumbersAndIntegersAreAcceptedWhereverNumbersAre() throws Exception {
        String json = """
                {"format": "backpropfx-lesson", "version": 1.0, "title": "Ints",
                 "network": {"inputs": 2.0, "layers": [{"neurons": 1, "weights": [[1, -2]], "biases": [3]}]},
                 "training": {"learningRate": 1},
                 "samples": [{"input": [0, 1e2], "target": [1]}]}
                """;
        Lesson lesson = LessonFiles.parse(json);
        assertThat(lesson.network().layer(1).weight(0, 1)).isEqualTo(-2.0);
        assertThat(lesson.network().layer(1).bias(0)).isEqualTo(3.0);
        assertThat(lesson.data().input(0)[1]).isEqualTo(100.0);
        assertThat(lesson.settings().learningRate()).isEqualTo(1.0);
    }

    // ---- helpers

    private static Lesson lesson(Network network, DataSet data) {
        return new Lesson("T", "", Notation.MIT, network, data, null, TrainingSettings.plain(0.5),
                InitMethod.UNIFORM, 0.5, 1L);
    }

    private static double randomValue(SplittableRandom random) {
        if (random.nextInt(3) == 0) return AWKWARD[random.nextInt(AWKWARD.length)];
        while (true) {
            // Random bit patterns cover every exponent, subnormals included.
            double v = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(v) && Math.abs(v) <= LessonFiles.MAX_ABS_VALUE) return v;
        }
    }

    private static Lesson randomLesson(SplittableRandom random, int trial) {
        int inputs = 1 + random.nextInt(4);
        int hidden = 1 + random.nextInt(5);
        int outputs = 1 + random.nextInt(3);
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, inputs, hidden, outputs);
        for (Layer layer : network.layers()) {
            for (int j = 0; j < layer.outputs(); j++) {
                layer.setBias(j, randomValue(random));
                for (int i = 0; i < layer.inputs(); i++) layer.setWeight(j, i, randomValue(random));
            }
        }
        int samples = 1 + random.nextInt(6);
        double[][] in = new double[samples][inputs];
        double[][] out = new double[samples][outputs];
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < inputs; i++) in[s][i] = randomValue(random);
            for (int k = 0; k < outputs; k++) out[s][k] = randomValue(random);
        }
        double rate = Math.abs(randomValue(random)) % 100.0;
        if (!(rate > 0.0)) rate = Double.MIN_VALUE;
        return new Lesson("Random " + trial, "", Notation.MIT, network, new DataSet(in, out), null,
                TrainingSettings.plain(rate), InitMethod.UNIFORM, 0.5, random.nextLong());
    }

    private static void assertBitsEqual(Network a, Network b) {
        for (int l = 1; l <= a.layerCount(); l++) {
            assertBitsEqual(a.layer(l).weightsCopy(), b.layer(l).weightsCopy());
            assertBitsEqual(a.layer(l).biasesCopy(), b.layer(l).biasesCopy());
        }
    }

    private static void assertBitsEqual(double[] a, double[] b) {
        assertThat(a).hasSameSizeAs(b);
        for (int k = 0; k < a.length; k++) {
            assertThat(Double.doubleToRawLongBits(a[k])).as("value %d: %s vs %s", k, a[k], b[k])
                    .isEqualTo(Double.doubleToRawLongBits(b[k]));
        }
    }
}
