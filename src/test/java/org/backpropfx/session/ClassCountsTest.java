package org.backpropfx.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.Assertions;
import org.backpropfx.engine.ConfusionMatrix;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Layer;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.plot.SnapshotNetwork;
import org.junit.jupiter.api.Test;

/**
 * The session's accuracy and confusion matrices against counts made here, sample by sample, from an
 * independent trainer's network; and the penalty the loss log keeps beside each epoch's loss, summed here.
 */
class ClassCountsTest {
    private final ManualUiThread ui = new ManualUiThread();

    /** The counts of {@code network} on {@code data}, with the class picked by hand: the largest output, or ≥ 0.5. */
    private static int[][] countByHand(Network network, DataSet data) {
        int outputs = network.outputSize();
        int classes = outputs == 1 ? 2 : outputs;
        int[][] counts = new int[classes][classes];
        for (int s = 0; s < data.size(); s++) {
            double[] out = network.predict(data.input(s));
            double[] target = data.target(s);
            int picked;
            int actual;
            if (outputs == 1) {
                picked = out[0] >= 0.5 ? 1 : 0;
                actual = target[0] > 0.5 ? 1 : 0;
            } else {
                picked = 0;
                actual = 0;
                for (int k = 1; k < outputs; k++) {
                    if (out[k] > out[picked]) picked = k;
                    if (target[k] > target[actual]) actual = k;
                }
            }
            counts[actual][picked]++;
        }
        return counts;
    }

    private static void assertSame(ConfusionMatrix shown, int[][] expected) {
        assertThat(shown.classes()).isEqualTo(expected.length);
        int right = 0;
        int all = 0;
        for (int a = 0; a < expected.length; a++) {
            for (int p = 0; p < expected.length; p++) {
                assertThat(shown.count(a, p)).as("target %d picked %d", a, p).isEqualTo(expected[a][p]);
                all += expected[a][p];
                if (a == p) right += expected[a][p];
            }
        }
        assertThat(shown.accuracy()).isEqualTo((double) right / all);
    }

    private void awaitCountOfShownStep(LessonSession session) {
        ui.framesUntil(() -> session.classes().isCountOf(session.getSnapshot()));
    }

    @Test
    void threeClassesAreCountedAtTheStartAndAfterAnEpochOnTrainingAndTestSamples() throws Exception {
        Lesson lesson = LessonFiles.loadShipped("three-classes");
        LessonSession session = new LessonSession(lesson, ui);
        assertThat(session.classes().isClassification()).isTrue();
        awaitCountOfShownStep(session);
        ClassCounts.Counts start = session.classes().getCounts();
        assertSame(start.training(), countByHand(lesson.network(), lesson.data()));
        assertSame(start.test(), countByHand(lesson.network(), lesson.testData()));

        Trainer engine = lesson.newTrainer();
        for (int e = 0; e < 3; e++) {
            for (int s = 0; s < lesson.data().size(); s++) engine.trainSample();
            session.finishSample();
            session.runEpoch();
        }
        // The cursor ends on the last phase of the third epoch's last sample: the network is the engine's.
        assertThat(SnapshotNetwork.inForce(session.getSnapshot())).isEqualTo(engine.network());
        awaitCountOfShownStep(session);
        ClassCounts.Counts later = session.classes().getCounts();
        assertSame(later.training(), countByHand(engine.network(), lesson.data()));
        assertSame(later.test(), countByHand(engine.network(), lesson.testData()));
        assertThat(later.trainingAccuracy()).isEqualTo(later.training().accuracy());
    }

    @Test
    void oneOutputCountsTwoClassesByOutputAtLeastAHalf() {
        Lesson lesson = TestLessons.xor();
        LessonSession session = new LessonSession(lesson, ui);
        for (int k = 0; k < 40; k++) session.runEpoch();
        awaitCountOfShownStep(session);
        Network network = SnapshotNetwork.inForce(session.getSnapshot());
        ClassCounts.Counts counts = session.classes().getCounts();
        assertSame(counts.training(), countByHand(network, lesson.data()));
        assertThat(counts.test()).isNull();
        assertThat(counts.testAccuracy()).isNaN();
    }

    @Test
    void countsFollowLiveTrainingAndEndOnTheStepWherItStopped() throws Exception {
        Lesson lesson = LessonFiles.loadShipped("three-classes");
        LessonSession session = new LessonSession(lesson, ui);
        session.speedProperty().set(LessonSession.FULL_SPEED);
        awaitCountOfShownStep(session);
        ClassCounts.Counts first = session.classes().getCounts();
        session.play();
        // While it trains, newer counts keep arriving, each of a step the training passed through.
        ui.framesUntil(() -> session.classes().getCounts() != first && session.getSnapshot().epoch() > 5);
        ClassCounts.Counts during = session.classes().getCounts();
        ui.framesUntil(() -> session.classes().getCounts() != during);
        assertThat(session.isRunning()).isTrue();
        session.pause();
        awaitCountOfShownStep(session);
        Network network = SnapshotNetwork.inForce(session.getSnapshot());
        assertSame(session.classes().getCounts().training(), countByHand(network, lesson.data()));
        assertSame(session.classes().getCounts().test(), countByHand(network, lesson.testData()));
    }

    @Test
    void aLessonThatFitsValuesHasNoCounts() throws Exception {
        LessonSession session = new LessonSession(LessonFiles.loadShipped("single-weight"), ui);
        session.runEpoch();
        ui.frame();
        assertThat(session.classes().isClassification()).isFalse();
        assertThat(session.classes().getCounts()).isNull();
    }

    @Test
    void newSamplesDropTheOldCounts() throws Exception {
        Lesson lesson = LessonFiles.loadShipped("three-classes");
        LessonSession session = new LessonSession(lesson, ui);
        awaitCountOfShownStep(session);
        DataSet fewer = new DataSet(new double[][] {{0, 0}, {1, 1}}, new double[][] {{1, 0, 0}, {0, 0, 1}});
        session.load(lesson.withSamples(lesson.network(), fewer, null));
        assertThat(session.classes().getCounts()).isNull();
        awaitCountOfShownStep(session);
        assertThat(session.classes().getCounts().training().total()).isEqualTo(2);
        assertSame(session.classes().getCounts().training(), countByHand(lesson.network(), fewer));
    }

    @Test
    void theLossLogKeepsThePenaltyOfEachEpochsFinalWeightsBesideItsLoss() throws Exception {
        Lesson lesson = LessonFiles.loadShipped("weight-decay");
        double l1 = lesson.settings().l1();
        double l2 = lesson.settings().l2();
        assertThat(l1 + l2).as("the lesson regularises").isPositive();
        LessonSession session = new LessonSession(lesson, ui);
        Trainer engine = lesson.newTrainer();
        for (int e = 0; e < 4; e++) {
            session.runEpoch();
            for (int s = 0; s < lesson.data().size(); s++) engine.trainSample();
            double squares = 0;
            double absolutes = 0;
            for (Layer layer : engine.network().layers()) {
                for (int j = 0; j < layer.outputs(); j++) {
                    for (int i = 0; i < layer.inputs(); i++) {
                        double w = layer.weight(j, i);
                        squares += w * w;
                        absolutes += Math.abs(w);
                    }
                }
            }
            double expected = l2 / 2 * squares + l1 * absolutes;
            assertThat(session.losses().epochPenalties().count()).isEqualTo(e + 1);
            assertThat(session.losses().epochPenalties().last())
                    .isCloseTo(expected, Assertions.within(1e-12 * Math.max(1, expected)));
        }
        // Stepping a sample to its error records the penalty of the weights it starts from.
        session.stepForward();
        while (!session.getSnapshot().hasError()) session.stepForward();
        assertThat(session.losses().samplePenalties().count()).isEqualTo(session.losses().samples().count());
        assertThat(session.losses().samplePenalties().last()).isEqualTo(session.getSnapshot().penalty());
    }
}
