package org.backpropfx.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.notation.Notation;
import org.junit.jupiter.api.Test;

/** The lessons in assets/lessons hold the numbers their notes promise. */
class ShippedLessonsTest {

    @Test void theNameListMatchesTheFilesInAssets() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("assets/lessons"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(LessonFiles.shippedNames().stream().map(n -> n + ".json").toList());
        }
    }

    @Test void theClassPathCopyIsTheAssetsFile() throws Exception {
        for (String name : LessonFiles.shippedNames()) {
            assertThat(LessonFiles.loadShipped(name)).as(name)
                    .isEqualTo(LessonFiles.read(Path.of("assets/lessons", name + ".json")));
        }
    }

    @Test void anUnknownShippedNameIsRefused() {
        assertThatThrownBy(() -> LessonFiles.loadShipped("../pom")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xor");
    }

    @Test void singleWeightGivesOnePointTwoThenZeroPointFiveNine() {
        Lesson lesson = LessonFiles.loadShipped("single-weight");
        Network network = lesson.network();
        assertThat(network.sizes()).containsExactly(1, 1);
        assertThat(network.biasMode()).isEqualTo(BiasMode.NONE);
        assertThat(network.layer(1).activation()).isEqualTo(Activation.IDENTITY);
        assertThat(lesson.settings().loss()).isEqualTo(Loss.SSE);
        assertThat(lesson.settings().learningRate()).isEqualTo(0.1);
        // a = w·i = 0.8 · 1.5
        assertThat(network.predict(new double[]{1.5})[0]).isCloseTo(1.2, within(1e-15));

        Trainer trainer = lesson.newTrainer();
        double cost = trainer.trainSample();
        assertThat(cost).isCloseTo(0.49, within(1e-12)); // (0.5 − 1.2)²
        // dC/dw = 2(a − y)·i = 2.1, so w = 0.8 − 0.1 · 2.1
        assertThat(trainer.network().layer(1).weight(0, 0)).isCloseTo(0.59, within(1e-12));
        for (int k = 0; k < 200; k++) trainer.trainSample();
        assertThat(trainer.network().layer(1).weight(0, 0)).isCloseTo(1.0 / 3.0, within(1e-9));
    }

    @Test void xorTrainsBelowOneHundredthWithOnlineLearning() {
        Lesson lesson = LessonFiles.loadShipped("xor");
        assertThat(lesson.network().sizes()).containsExactly(2, 2, 1);
        assertThat(lesson.notation()).isEqualTo(Notation.MIT);
        DataSet data = lesson.data();
        Trainer trainer = lesson.newTrainer();
        Loss loss = lesson.settings().loss();
        assertThat(trainer.network().meanLoss(data, loss)).isGreaterThan(0.1);
        for (int epoch = 0; epoch < 20_000 && trainer.network().meanLoss(data, loss) >= 0.01; epoch++) {
            trainer.trainEpoch();
        }
        assertThat(trainer.network().meanLoss(data, loss)).isLessThan(0.01);
        for (int s = 0; s < data.size(); s++) {
            double out = trainer.network().predict(data.input(s))[0];
            assertThat(out > 0.5).as("sample %d", s).isEqualTo(data.target(s)[0] > 0.5);
        }
    }

    @Test void andAndOrLearnTheirTruthTables() {
        for (String name : new String[]{"and", "or"}) {
            Lesson lesson = LessonFiles.loadShipped(name);
            assertThat(lesson.network().sizes()).as(name).containsExactly(2, 1);
            Trainer trainer = lesson.newTrainer();
            for (int epoch = 0; epoch < 2000; epoch++) trainer.trainEpoch();
            DataSet data = lesson.data();
            for (int s = 0; s < 4; s++) {
                double[] x = data.input(s);
                boolean expected = name.equals("and") ? x[0] == 1 && x[1] == 1 : x[0] == 1 || x[1] == 1;
                assertThat(data.target(s)[0]).as("%s target %d", name, s).isEqualTo(expected ? 1.0 : 0.0);
                assertThat(trainer.network().predict(x)[0] > 0.5).as("%s sample %d", name, s).isEqualTo(expected);
            }
        }
    }

    @Test void articleThreeIsAThreeThreeThreeOneSigmoidNetworkOnMajorityVotes() {
        Lesson lesson = LessonFiles.loadShipped("article-003");
        Network network = lesson.network();
        assertThat(network.sizes()).containsExactly(3, 3, 3, 1);
        for (int l = 1; l <= 3; l++) assertThat(network.layer(l).activation()).isEqualTo(Activation.SIGMOID);
        DataSet data = lesson.data();
        for (int s = 0; s < data.size(); s++) {
            double[] x = data.input(s);
            assertThat(data.target(s)[0]).isEqualTo(x[0] + x[1] + x[2] >= 2 ? 1.0 : 0.0);
        }
        // First hidden neuron on the first sample (0, 0, 1): s = 0.2·0 − 0.4·0 + 0.7·1 + 0.1 = 0.8
        double s = 0.7 + 0.1;
        double expected = 1.0 / (1.0 + Math.exp(-s));
        Trainer trainer = lesson.newTrainer();
        assertThat(network.layer(1).weight(0, 2)).isEqualTo(0.7);
        assertThat(network.layer(1).bias(0)).isEqualTo(0.1);
        double out = 1.0 / (1.0 + Math.exp(-(network.layer(3).bias(0)
                + 0.7 * hidden2(network, 0, expected, data) - 0.4 * hidden2(network, 1, expected, data)
                + 0.5 * hidden2(network, 2, expected, data))));
        assertThat(trainer.network().predict(data.input(0))[0]).isCloseTo(out, within(1e-12));
    }

    /** Output of neuron j of the second hidden layer on sample 0, computed by hand from the weights. */
    private static double hidden2(Network n, int j, double firstHidden0, DataSet data) {
        double[] x = data.input(0);
        double[] h1 = new double[3];
        for (int k = 0; k < 3; k++) {
            double s = n.layer(1).bias(k);
            for (int i = 0; i < 3; i++) s += n.layer(1).weight(k, i) * x[i];
            h1[k] = 1.0 / (1.0 + Math.exp(-s));
        }
        assertThat(h1[0]).isCloseTo(firstHidden0, within(1e-15));
        double s = n.layer(2).bias(j);
        for (int k = 0; k < 3; k++) s += n.layer(2).weight(j, k) * h1[k];
        return 1.0 / (1.0 + Math.exp(-s));
    }

    @Test void twoMoonsIsASmallTwoClassSetThatTrainsApart() {
        Lesson lesson = LessonFiles.loadShipped("two-moons");
        DataSet data = lesson.data();
        assertThat(data.size()).isBetween(40, 60);
        assertThat(lesson.testData()).isNotNull();
        assertThat(lesson.network().inputSize()).isEqualTo(2);
        long ones = IntStream.range(0, data.size()).filter(s -> data.target(s)[0] == 1.0).count();
        assertThat(ones).isEqualTo(data.size() / 2);
        Trainer trainer = lesson.newTrainer();
        for (int epoch = 0; epoch < 3000; epoch++) trainer.trainEpoch();
        for (int s = 0; s < data.size(); s++) {
            assertThat(trainer.network().predict(data.input(s))[0] > 0.5).as("sample %d", s)
                    .isEqualTo(data.target(s)[0] == 1.0);
        }
    }
}
