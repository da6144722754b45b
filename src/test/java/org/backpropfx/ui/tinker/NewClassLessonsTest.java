package org.backpropfx.ui.tinker;

import static org.assertj.core.api.Assertions.assertThat;

import org.backpropfx.data.DataPresets.Preset;
import org.backpropfx.engine.Activation;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.session.NewLessons;
import org.junit.jupiter.api.Test;

/** A new lesson from a three-class preset has a softmax output with cross-entropy, and learns its classes. */
class NewClassLessonsTest {
    private static int right(Network network, DataSet data) {
        int right = 0;
        for (int s = 0; s < data.size(); s++) {
            double[] out = network.predict(data.input(s));
            int picked = 0;
            int actual = 0;
            for (int k = 1; k < out.length; k++) {
                if (out[k] > out[picked]) picked = k;
                if (data.target(s)[k] > data.target(s)[actual]) actual = k;
            }
            if (picked == actual) right++;
        }
        return right;
    }

    @Test
    void irisLearnsItsSpeciesAndKeepsEveryFifthFlowerForTesting() {
        Lesson iris = NewLessons.fromPreset(Preset.IRIS);
        assertThat(iris.data().size()).isEqualTo(120);
        assertThat(iris.testData().size()).isEqualTo(30);
        assertThat(iris.network().layer(2).activation()).isEqualTo(Activation.SOFTMAX);
        assertThat(iris.settings().loss()).isEqualTo(Loss.CROSS_ENTROPY);
        Trainer trainer = iris.newTrainer();
        for (int k = 0; k < 300 * iris.data().size(); k++) trainer.trainSample();
        assertThat(right(trainer.network(), iris.data())).as("training flowers right of 120").isGreaterThanOrEqualTo(110);
        assertThat(right(trainer.network(), iris.testData())).as("test flowers right of 30").isGreaterThanOrEqualTo(27);
    }

    @Test
    void threeBlobsAreLearnt() {
        Lesson blobs = NewLessons.fromPreset(Preset.THREE_BLOBS);
        assertThat(blobs.network().outputSize()).isEqualTo(3);
        Trainer trainer = blobs.newTrainer();
        for (int k = 0; k < 50 * blobs.data().size(); k++) trainer.trainSample();
        assertThat(right(trainer.network(), blobs.data())).isGreaterThanOrEqualTo(190);
    }
}
