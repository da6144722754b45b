package org.backpropfx.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.Classification;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Regularisation;
import org.backpropfx.engine.Trainer;
import org.junit.jupiter.api.Test;
import java.util.regex.Pattern;

/** Softmax, the cross-entropies and L1/L2 in lesson files: read, written back, refused with their place. */
class ClassificationLessonsTest {
    private static final String THREE = """
            {
              "format": "backpropfx-lesson", "version": 1, "title": "Three",
              "network": {"inputs": 2, "layers": [
                {"neurons": 3, "activation": "tanh"},
                {"neurons": 3, "activation": "softmax"}]},
              "loss": "cross-entropy",
              "training": {"learningRate": 0.2, "l1": 0.001, "l2": 0.02},
              "samples": [
                {"input": [0, 0], "target": [1, 0, 0]},
                {"input": [0, 1], "target": [0, 1, 0]},
                {"input": [1, 0], "target": [0, 0, 1]}
              ]
            }
            """;

    private static String messageOf(String json) {
        try {
            LessonFiles.parse(json);
        } catch (LessonFormatException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted a broken lesson: " + json);
    }

    @Test void softmaxCrossEntropyAndPenaltiesAreReadAndWrittenBack() throws Exception {
        Lesson lesson = LessonFiles.parse(THREE);
        assertThat(lesson.network().layer(2).activation()).isEqualTo(Activation.SOFTMAX);
        assertThat(lesson.settings().loss()).isEqualTo(Loss.CROSS_ENTROPY);
        assertThat(lesson.settings().l1()).isEqualTo(0.001);
        assertThat(lesson.settings().l2()).isEqualTo(0.02);
        assertThat(LessonFiles.parse(LessonFiles.toJson(lesson))).isEqualTo(lesson);
    }

    @Test void aFileWithoutTheNewFieldsHasNoPenalty() throws Exception {
        Lesson xor = LessonFiles.loadShipped("xor");
        assertThat(xor.settings().l1()).isZero();
        assertThat(xor.settings().l2()).isZero();
        assertThat(xor.settings().isRegularised()).isFalse();
    }

    @Test void softmaxOnAHiddenLayerIsRefusedAtItsPlace() {
        String json = THREE.replace("\"activation\": \"tanh\"", "\"activation\": \"softmax\"");
        assertPlaced(messageOf(json), "network.layers[0].activation", "softmax is allowed on the output layer only, not on hidden layer 1");
    }

    @Test void softmaxWithOneNeuronIsRefused() {
        String json = THREE.replace("{\"neurons\": 3, \"activation\": \"softmax\"}",
                        "{\"neurons\": 1, \"activation\": \"softmax\"}")
                .replace("\"loss\": \"cross-entropy\",", "")
                .replace("[1, 0, 0]", "[1]").replace("[0, 1, 0]", "[0]").replace("[0, 0, 1]", "[1]");
        assertPlaced(messageOf(json), "network.layers[1].neurons", "softmax needs at least 2 output neurons "
                + "(it shares 1 among them), not 1");
    }

    @Test void crossEntropyWithoutSoftmaxIsRefusedAtTheLoss() {
        String json = THREE.replace("\"activation\": \"softmax\"", "\"activation\": \"sigmoid\"");
        assertPlaced(messageOf(json), "loss", "cross-entropy needs a softmax output layer, not sigmoid "
                + "(use binary-cross-entropy with sigmoid outputs)");
        String binary = THREE.replace("\"cross-entropy\"", "\"binary-cross-entropy\"");
        assertPlaced(messageOf(binary), "loss", "binary-cross-entropy needs sigmoid outputs, not softmax "
                + "(use cross-entropy with softmax)");
    }

    @Test void targetsThatDoNotAddUpToOneAreRefusedAtTheirSample() {
        String json = THREE.replace("[0, 1, 0]", "[0, 1, 1]");
        assertPlaced(messageOf(json), "samples[1].target", "the targets add up to 2: cross-entropy needs them "
                + "to add up to 1 (one-hot, such as [0, 1, 0])");
        String outside = THREE.replace("\"cross-entropy\"", "\"binary-cross-entropy\"")
                .replace("\"softmax\"", "\"sigmoid\"").replace("[0, 0, 1]", "[0, 0, 1.5]");
        assertPlaced(messageOf(outside), "samples[2].target", "target 3 is 1.5: binary-cross-entropy needs "
                + "targets from 0 to 1");
    }

    @Test void aNegativePenaltyIsRefused() {
        assertPlaced(messageOf(THREE.replace("\"l2\": 0.02", "\"l2\": -1")), "training.l2", "must be at least 0 and at most 10, not -1");
    }

    @Test void aLessonBuiltInCodeIsHeldToTheSameRules() throws Exception {
        Lesson lesson = LessonFiles.parse(THREE);
        assertThatThrownBy(() -> lesson.withSettings(lesson.settings().withLoss(Loss.BINARY_CROSS_ENTROPY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("binary-cross-entropy needs sigmoid");
    }

    @Test void threeClassesLearnsItsBlobs() {
        Lesson lesson = LessonFiles.loadShipped("three-classes");
        assertThat(lesson.network().outputSize()).isEqualTo(3);
        assertThat(lesson.settings().loss()).isEqualTo(Loss.CROSS_ENTROPY);
        Trainer trainer = lesson.newTrainer();
        double before = Classification.confusion(trainer.network(), lesson.data()).accuracy();
        for (int epoch = 0; epoch < 300; epoch++) trainer.trainEpoch();
        assertThat(Classification.confusion(trainer.network(), lesson.data()).accuracy()).isGreaterThan(0.9)
                .isGreaterThan(before);
        assertThat(Classification.confusion(trainer.network(), lesson.testData()).accuracy()).isGreaterThan(0.8);
        assertThat(trainer.lastEpochAccuracy()).isGreaterThan(0.9);
    }

    @Test void weightDecayKeepsTheWeightsSmallerThanWithoutIt() {
        Lesson lesson = LessonFiles.loadShipped("weight-decay");
        assertThat(lesson.settings().l2()).isPositive();
        Trainer decayed = lesson.newTrainer();
        Trainer plain = lesson.withSettings(lesson.settings().withRegularisation(0, 0)).newTrainer();
        for (int epoch = 0; epoch < 300; epoch++) {
            decayed.trainEpoch();
            plain.trainEpoch();
        }
        double squaresDecayed = Regularisation.penalty(decayed.network(), 0, 2);
        double squaresPlain = Regularisation.penalty(plain.network(), 0, 2);
        assertThat(squaresDecayed).isLessThan(0.8 * squaresPlain);
    }

    /** The message names the field, then its line and column in the file, then the problem. */
    private static void assertPlaced(String message, String field, String problem) {
        assertThat(message).matches(Pattern.quote(field) + " \\(line [1-9][0-9]*, column [1-9][0-9]*\\): "
                + Pattern.quote(problem));
    }
}
