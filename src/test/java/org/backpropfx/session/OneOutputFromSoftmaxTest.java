package org.backpropfx.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.notation.Notation;
import org.junit.jupiter.api.Test;

/** Samples with one target on a softmax lesson: the output becomes one sigmoid neuron with a loss that fits. */
class OneOutputFromSoftmaxTest {
    private static final DataSet XOR = new DataSet(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}},
            new double[][] {{0}, {1}, {1}, {0}});

    private static Lesson threeClasses(Loss loss) {
        Network network = new Network(new int[] {2, 3, 3}, new Activation[] {Activation.TANH, Activation.SOFTMAX},
                BiasMode.TRAINABLE);
        Initializer.initialize(network, InitMethod.XAVIER, 1.0, 3L);
        DataSet data = new DataSet(new double[][] {{0, 0}, {1, 0}, {0, 1}},
                new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        TrainingSettings settings = new TrainingSettings(0.1, 0.0, BatchMode.ONLINE, 1, loss);
        return new Lesson("Three", "", Notation.GRADIENT, network, data, null, settings, InitMethod.XAVIER, 1.0, 3L);
    }

    @Test
    void xorOnASoftmaxLessonGetsASigmoidOutputAndBinaryCrossEntropy() throws Exception {
        LessonSession session = new LessonSession(threeClasses(Loss.CROSS_ENTROPY), new ManualUiThread());
        assertThat(session.apply(Edits.setData(XOR, "Load XOR"))).isTrue();

        Lesson now = session.currentLesson();
        assertThat(now.network().sizes()).containsExactly(2, 3, 1);
        assertThat(now.network().layer(2).activation()).isEqualTo(Activation.SIGMOID);
        assertThat(now.network().layer(1).activation()).as("hidden layer untouched").isEqualTo(Activation.TANH);
        assertThat(now.settings().loss()).isEqualTo(Loss.BINARY_CROSS_ENTROPY);
        assertThat(now.settings().learningRate()).isEqualTo(0.1);
        assertThat(session.getSnapshot().layerCount()).isEqualTo(2);
        assertThat(session.history().undoLabelProperty().get())
                .isEqualTo("Load XOR (one output: sigmoid instead of softmax, binary-cross-entropy instead of cross-entropy)");
        // The adapted lesson is a lesson like any other: it saves and reopens.
        assertThat(LessonFiles.parse(LessonFiles.toJson(now)).settings().loss()).isEqualTo(Loss.BINARY_CROSS_ENTROPY);

        assertThat(session.undo()).isTrue();
        assertThat(session.currentLesson().network().layer(2).activation()).isEqualTo(Activation.SOFTMAX);
        assertThat(session.currentLesson().settings().loss()).isEqualTo(Loss.CROSS_ENTROPY);
    }

    @Test
    void targetsOutsideZeroToOneFallBackToHalfSse() {
        LessonSession session = new LessonSession(threeClasses(Loss.CROSS_ENTROPY), new ManualUiThread());
        DataSet line = new DataSet(new double[][] {{0, 0}, {1, 2}}, new double[][] {{-1.5}, {3.0}});
        assertThat(session.apply(Edits.setData(line, "Import 2 samples"))).isTrue();
        assertThat(session.currentLesson().settings().loss()).isEqualTo(Loss.HALF_SSE);
        assertThat(session.currentLesson().network().layer(2).activation()).isEqualTo(Activation.SIGMOID);
    }

    @Test
    void anotherLossStaysAndOnlyTheActivationChanges() {
        LessonSession session = new LessonSession(threeClasses(Loss.MSE), new ManualUiThread());
        assertThat(session.apply(Edits.setData(XOR, "Load XOR"))).isTrue();
        assertThat(session.currentLesson().settings().loss()).isEqualTo(Loss.MSE);
        assertThat(session.currentLesson().network().layer(2).activation()).isEqualTo(Activation.SIGMOID);
        assertThat(session.history().undoLabelProperty().get()).isEqualTo("Load XOR (one output: sigmoid instead of softmax)");
    }

    @Test
    void twoClassesKeepSoftmax() {
        LessonSession session = new LessonSession(threeClasses(Loss.CROSS_ENTROPY), new ManualUiThread());
        DataSet two = new DataSet(new double[][] {{0, 0}, {1, 1}}, new double[][] {{1, 0}, {0, 1}});
        assertThat(session.apply(Edits.setData(two, "Import 2 samples"))).isTrue();
        assertThat(session.currentLesson().network().layer(2).activation()).isEqualTo(Activation.SOFTMAX);
        assertThat(session.history().undoLabelProperty().get()).isEqualTo("Import 2 samples");
    }
}
