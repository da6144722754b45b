package org.backpropfx.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingDivergedException;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.plot.EditMarks;
import org.backpropfx.plot.LossHistory;
import org.backpropfx.stepper.Snapshot;
import org.junit.jupiter.api.Test;

/** The session's loss record against losses computed by an independent trainer. */
class LossLogTest {
    private final ManualUiThread ui = new ManualUiThread();

    @Test
    void steppingRecordsEachSampleOnceAndTheEpochWhenItsLastPhaseIsShown() {
        Lesson lesson = TestLessons.xor();
        LessonSession session = new LessonSession(lesson, ui);
        Trainer engine = lesson.newTrainer();
        double[] sampleLosses = new double[4];
        for (int s = 0; s < 4; s++) sampleLosses[s] = engine.trainSample();
        LossLog log = session.losses();

        int phases = session.getSnapshot().phases().size();
        for (int s = 0; s < 4; s++) {
            for (int p = 0; p < phases; p++) {
                session.stepForward();
                Snapshot at = session.getSnapshot();
                int expectedSamples = at.hasError() ? s + 1 : s;
                assertThat(log.samples().size()).as("sample %d phase %d", s, p).isEqualTo(expectedSamples);
                boolean epochShown = s == 3 && at.isLastPhase();
                assertThat(log.epochs().size()).as("sample %d phase %d", s, p).isEqualTo(epochShown ? 1 : 0);
            }
            assertThat(log.samples().last()).isEqualTo(sampleLosses[s]);
        }
        assertThat(log.epochs().last()).isEqualTo(engine.lastEpochLoss());

        // Back into the epoch and forward again: nothing is recorded twice.
        for (int k = 0; k < phases + 2; k++) session.stepBack();
        for (int k = 0; k < phases + 5; k++) session.stepForward();
        assertThat(session.getSnapshot().hasError()).as("at the fifth sample's error").isTrue();
        assertThat(log.samples().size()).as("the fifth sample's error is new").isEqualTo(5);
        assertThat(log.epochs().size()).isEqualTo(1);
        assertThat(log.samples().last()).isEqualTo(engine.trainSample());
    }

    @Test
    void runEpochRecordsEveryEpochItCompletesEvenFromTheLastSample() {
        Lesson lesson = TestLessons.xor();
        LessonSession session = new LessonSession(lesson, ui);
        Trainer engine = lesson.newTrainer();

        // Into the last sample, before its end: "run epoch" completes this epoch and the whole next one.
        for (int k = 0; k < 3; k++) session.finishSample();
        session.stepForward();
        assertThat(session.getSnapshot().sample()).isEqualTo(3);
        session.runEpoch();
        assertThat(session.losses().epochs().size()).isEqualTo(2);
        assertThat(session.losses().epochs().get(0)).isEqualTo(engine.trainEpoch());
        assertThat(session.losses().epochs().get(1)).isEqualTo(engine.trainEpoch());
    }

    @Test
    void fullSpeedTrainingRecordsEveryEpochAsAnIndependentTrainerComputesIt() {
        Lesson lesson = TestLessons.xor();
        LessonSession session = new LessonSession(lesson, ui);
        session.speedProperty().set(LessonSession.FULL_SPEED);
        session.play();
        ui.framesUntil(() -> session.losses().epochs().size() >= 2_000);
        session.pause();

        Snapshot paused = session.getSnapshot();
        long completed = paused.epoch() + (paused.isLastPhase() && paused.sample() == 3 ? 1 : 0);
        LossHistory epochs = session.losses().epochs();
        assertThat((long) epochs.size()).isEqualTo(completed);
        assertThat(values(epochs)).containsExactlyElementsOf(epochLosses(lesson.newTrainer(), epochs.size()));
        assertThat(session.losses().samples().isEmpty()).as("no sample was stepped through").isTrue();
    }

    @Test
    void aLongEpochOnTheTrainingThreadIsRecordedToo() {
        Lesson lesson = TestLessons.eightBySixtyFour(100);
        LessonSession session = new LessonSession(lesson, ui);
        session.runEpoch();
        assertThat(session.isRunning()).as("100 samples of 33,280 weights go to the training thread").isTrue();
        ui.framesUntil(() -> !session.isRunning());
        assertThat(values(session.losses().epochs())).containsExactly(lesson.newTrainer().trainEpoch());
    }

    @Test
    void divergingMidChunkRecordsEachEpochBeforeItOnce() {
        Lesson lesson = TestLessons.divergent();
        LessonSession session = new LessonSession(lesson, ui);
        session.speedProperty().set(LessonSession.FULL_SPEED);
        session.play();
        ui.framesUntil(() -> !session.isRunning());
        assertThat(session.getStatus()).startsWith("Training paused:");

        Trainer engine = lesson.newTrainer();
        List<Double> expected = new ArrayList<>();
        try {
            while (true) expected.add(engine.trainEpoch());
        } catch (TrainingDivergedException e) {
            // The epoch it happened in is incomplete and has no loss.
        }
        assertThat(expected).hasSizeGreaterThan(5).allMatch(Double::isFinite);
        assertThat(values(session.losses().epochs())).containsExactlyElementsOf(expected);
    }

    @Test
    void theTestLossIsTheMeanOverTheTestSamplesEveryFewEpochs() {
        Lesson xor = TestLessons.xor();
        DataSet test = new DataSet(new double[][] {{0.1, 0.1}, {0.1, 0.9}, {0.9, 0.1}, {0.9, 0.9}},
                new double[][] {{0.1}, {0.9}, {0.9}, {0.1}});
        Lesson lesson = new Lesson(xor.title(), xor.note(), xor.notation(), xor.network(), xor.data(), test,
                xor.settings(), xor.initMethod(), xor.initRange(), xor.seed());
        LessonSession session = new LessonSession(lesson, ui);
        LossLog log = session.losses();
        assertThat(log.hasTest()).isTrue();
        int every = log.testEvery();
        assertThat(every).as("4 test samples cost 4/3 training samples' worth: every 4th epoch stays under 10%")
                .isEqualTo(4);

        for (int k = 0; k < 10; k++) session.runEpoch();
        Trainer engine = lesson.newTrainer();
        List<Double> expected = new ArrayList<>();
        for (int epoch = 1; epoch <= 10; epoch++) {
            engine.trainEpoch();
            if (epoch % every == 0) expected.add(engine.network().meanLoss(test, lesson.settings().loss()));
        }
        assertThat(values(log.test())).containsExactlyElementsOf(expected);

        // The same figures when the epochs run on the training thread.
        session.reset();
        assertThat(log.test().isEmpty()).isTrue();
        session.speedProperty().set(LessonSession.FULL_SPEED);
        session.play();
        ui.framesUntil(() -> log.epochs().size() >= 10);
        session.pause();
        assertThat(values(log.test()).subList(0, 2)).containsExactlyElementsOf(expected);
    }

    @Test
    void resetAndLoadClearTheRecord() {
        LessonSession session = new LessonSession(TestLessons.xor(), ui);
        session.stepForward();
        session.stepForward();
        session.stepForward();
        session.runEpoch();
        assertThat(session.losses().samples().isEmpty()).isFalse();
        assertThat(session.losses().epochs().isEmpty()).isFalse();

        session.reset();
        assertThat(session.losses().samples().isEmpty()).isTrue();
        assertThat(session.losses().epochs().isEmpty()).isTrue();

        session.runEpoch();
        session.load(TestLessons.divergent());
        assertThat(session.losses().epochs().isEmpty()).isTrue();
        assertThat(session.losses().hasTest()).isFalse();
    }

    private static List<Double> epochLosses(Trainer trainer, int epochs) {
        List<Double> losses = new ArrayList<>(epochs);
        for (int k = 0; k < epochs; k++) losses.add(trainer.trainEpoch());
        return losses;
    }

    private static List<Double> values(LossHistory history) {
        List<Double> values = new ArrayList<>(history.size());
        for (int k = 0; k < history.size(); k++) values.add(history.get(k));
        return values;
    }

    @Test
    void aHandEditThatChangesTheLossAddsAMarkedPointWithTheEnginesLoss() {
        Lesson lesson = TestLessons.xor();
        LessonSession session = new LessonSession(lesson, ui);
        LossLog log = session.losses();
        for (int k = 0; k < 4; k++) session.finishSample();
        session.stepForward();
        session.stepForward();
        assertThat(log.epochs().count()).isEqualTo(1);
        long samplesBefore = log.samples().count();

        assertThat(session.apply(Edits.setWeight(2, 0, 1, 1.75))).isTrue();

        // The engine's losses of the edited network, computed here from the weights after epoch 1.
        Trainer engine = lesson.newTrainer();
        engine.trainEpoch();
        engine.network().layer(2).setWeight(0, 1, 1.75);
        double epochLoss = engine.network().meanLoss(lesson.data(), lesson.settings().loss());
        double sampleLoss = engine.network().loss(lesson.data().input(0), lesson.data().target(0), lesson.settings().loss());
        assertThat(log.epochEdits().marks()).containsExactly(new EditMarks.Mark(2, epochLoss));
        assertThat(log.sampleEdits().marks()).containsExactly(
                new EditMarks.Mark(samplesBefore + 1, sampleLoss));
        // The curves themselves keep one value per epoch and per sample stepped.
        assertThat(log.epochs().count()).isEqualTo(1);
        assertThat(log.samples().count()).isEqualTo(samplesBefore);

        // Setting the weight to what it already is changes no loss: no mark.
        assertThat(session.apply(Edits.setWeight(2, 0, 1, 1.75))).isTrue();
        assertThat(log.epochEdits().marks()).hasSize(1);
        // A restart is a new run: its curves and marks start empty.
        session.reset();
        assertThat(log.epochEdits().marks()).isEmpty();
        assertThat(log.sampleEdits().marks()).isEmpty();
    }

    @Test
    void onALargeNetworkTheEditMarkOfTheMeanLossArrivesFromTheBackground() {
        // 100 samples of 33,280 weights: the mean loss costs more than a frame, so it is worked out elsewhere.
        Lesson lesson = TestLessons.eightBySixtyFour(100);
        LessonSession session = new LessonSession(lesson, ui);
        LossLog log = session.losses();
        session.stepForward();
        long samplesBefore = log.samples().count();

        assertThat(session.apply(Edits.setWeight(8, 3, 5, 2.5))).isTrue();

        Trainer engine = lesson.newTrainer();
        engine.network().layer(8).setWeight(3, 5, 2.5);
        double epochLoss = engine.network().meanLoss(lesson.data(), lesson.settings().loss());
        double sampleLoss = engine.network().loss(lesson.data().input(0), lesson.data().target(0), lesson.settings().loss());
        // The sample's own loss is one forward pass: marked at once.
        assertThat(log.sampleEdits().marks()).containsExactly(
                new EditMarks.Mark(samplesBefore + 1, sampleLoss));
        ui.framesUntil(() -> !log.epochEdits().marks().isEmpty());
        assertThat(log.epochEdits().marks()).containsExactly(new EditMarks.Mark(1, epochLoss));

        // A restart before the background is done: the old run's mark never reaches the new run's curves.
        assertThat(session.apply(Edits.setWeight(8, 3, 5, -2.5))).isTrue();
        session.reset();
        assertThat(session.apply(Edits.setWeight(8, 3, 5, 1.5))).isTrue();
        ui.framesUntil(() -> !log.epochEdits().marks().isEmpty());
        engine = lesson.newTrainer();
        engine.network().layer(8).setWeight(3, 5, 1.5);
        assertThat(log.epochEdits().marks()).containsExactly(new EditMarks.Mark(1,
                engine.network().meanLoss(lesson.data(), lesson.settings().loss())));
    }
}
