package org.backpropfx.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.stepper.SnapshotValues.assertSame;


import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingDivergedException;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.notation.Notation;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.junit.jupiter.api.Test;

class LessonSessionTest {
    private final ManualUiThread ui = new ManualUiThread();

    @Test
    void stepsThroughASampleAndBackExactlyAsTheStepperDoes() {
        Lesson lesson = TestLessons.xor();
        LessonSession session = new LessonSession(lesson, ui);
        Stepper expected = new Stepper(lesson.newTrainer());
        int phases = session.getSnapshot().phases().size();
        assertThat(phases).as("2 forward, error, 2 backward, update").isEqualTo(6);
        assertSame(session.getSnapshot(), expected.snapshot());
        assertThat(session.canStepBackProperty().get()).isFalse();

        Snapshot[] seen = new Snapshot[phases + 2];
        seen[0] = session.getSnapshot();
        for (int step = 1; step <= phases + 1; step++) {
            session.stepForward();
            expected.stepForward();
            assertSame(session.getSnapshot(), expected.snapshot());
            seen[step] = session.getSnapshot();
        }
        assertThat(session.getSnapshot().sample()).as("one step into the second sample").isEqualTo(1);
        assertThat(session.canStepBackProperty().get()).isTrue();

        for (int step = phases; step >= 0; step--) {
            session.stepBack();
            assertSame(session.getSnapshot(), seen[step]);
        }
        assertThat(session.canStepBackProperty().get()).isFalse();
        session.stepBack();
        assertThat(session.getStatus()).isNotEmpty();
        assertSame(session.getSnapshot(), seen[0]);
    }

    @Test
    void finishSampleAndRunEpochFollowTheStepper() {
        Lesson lesson = TestLessons.xor();
        LessonSession session = new LessonSession(lesson, ui);
        Stepper expected = new Stepper(lesson.newTrainer());

        session.stepForward();
        expected.stepForward();
        session.finishSample();
        expected.finishSample();
        assertSame(session.getSnapshot(), expected.snapshot());

        session.runEpoch();
        expected.finishEpoch();
        assertSame(session.getSnapshot(), expected.snapshot());
        assertThat(session.epochLossProperty().get()).isNaN();
        session.stepForward();
        expected.stepForward();
        assertThat(session.epochProperty().get()).isEqualTo(1);
        assertThat(session.epochLossProperty().get()).isEqualTo(expected.trainer().lastEpochLoss()).isFinite();
    }

    @Test
    void aLongEpochRunsOnTheTrainingThreadAndEndsWhereTheStepperWould() {
        Lesson lesson = TestLessons.eightBySixtyFour(100);
        LessonSession session = new LessonSession(lesson, ui);
        Stepper expected = new Stepper(lesson.newTrainer());

        session.runEpoch();
        assertThat(session.isRunning()).as("100 samples of 33,280 weights are trained off the UI thread").isTrue();
        ui.framesUntil(() -> !session.isRunning());

        expected.finishEpoch();
        assertSame(session.getSnapshot(), expected.snapshot());
        assertThat(session.getStatus()).isEmpty();
    }

    @Test
    void anEpochOfManySamplesOfASmallNetworkIsTrainedAtOnce() {
        Lesson lesson = TestLessons.xorRepeated(1_000);
        LessonSession session = new LessonSession(lesson, ui);
        Stepper expected = new Stepper(lesson.newTrainer());

        session.runEpoch();
        assertThat(session.isRunning()).as("4000 samples of 9 weights take well under a frame").isFalse();
        expected.finishEpoch();
        assertSame(session.getSnapshot(), expected.snapshot());
    }

    @Test
    void playThenPauseTrainsAndLeavesAPhaseFromWhichSingleStepsContinue() {
        Lesson lesson = TestLessons.xor();
        LessonSession session = new LessonSession(lesson, ui);
        session.speedProperty().set(LessonSession.FULL_SPEED);

        session.playPause();
        assertThat(session.isRunning()).isTrue();
        ui.framesUntil(() -> session.getSnapshot().epoch() >= 100);
        session.playPause();

        assertThat(session.isRunning()).isFalse();
        assertThat(ui.frameCallbacks()).as("no pickup left running").isZero();
        Snapshot paused = session.getSnapshot();
        assertThat(paused.isLastPhase()).isTrue();
        assertThat(paused.weight(1, 0, 0)).isNotEqualTo(lesson.network().layer(1).weight(0, 0));

        Stepper expected = new Stepper(lesson.newTrainer());
        long trained = paused.epoch() * paused.sampleCount() + paused.sample() + 1;
        expected.runSamples(trained - 1);
        assertSame(paused, expected.snapshot());

        session.stepForward();
        expected.stepForward();
        assertSame(session.getSnapshot(), expected.snapshot());
        assertThat(session.getSnapshot().phaseIndex()).isZero();
    }

    @Test
    void slowPlayStepsPhaseByPhaseAndStopsWhereSingleStepsContinue() {
        Lesson lesson = TestLessons.xor();
        LessonSession session = new LessonSession(lesson, ui);
        session.speedProperty().set(TrainingWorker.PHASE_BY_PHASE_LIMIT);

        session.play();
        ui.framesUntil(() -> session.getSnapshot().phaseIndex() >= 1);
        session.pause();

        Snapshot paused = session.getSnapshot();
        int phases = paused.phases().size();
        long stepsTaken = (paused.epoch() * paused.sampleCount() + paused.sample()) * phases + paused.phaseIndex() + 1;
        Stepper expected = new Stepper(lesson.newTrainer());
        for (long k = 0; k < stepsTaken; k++) expected.stepForward();
        assertSame(paused, expected.snapshot());

        session.stepForward();
        expected.stepForward();
        assertSame(session.getSnapshot(), expected.snapshot());
    }

    @Test
    void stepActionsPauseFirst() {
        LessonSession session = new LessonSession(TestLessons.xor(), ui);
        session.speedProperty().set(LessonSession.FULL_SPEED);
        session.play();
        ui.framesUntil(() -> session.getSnapshot().epoch() >= 10);
        session.stepBack();
        assertThat(session.isRunning()).isFalse();
        assertThat(session.getSnapshot().phaseIndex()).as("one phase before the last").isEqualTo(4);
    }

    @Test
    void divergenceStopsTrainingWithAMessageAndKeepsTheLastGoodWeights() {
        Lesson lesson = TestLessons.divergent();
        LessonSession session = new LessonSession(lesson, ui);
        session.speedProperty().set(LessonSession.FULL_SPEED);

        session.play();
        ui.framesUntil(() -> !session.isRunning());

        assertThat(session.getStatus()).startsWith("Training paused: a weight or bias would have grown beyond")
                .contains("try a smaller learning rate");
        Snapshot stopped = session.getSnapshot();
        long trained = stopped.epoch() * stopped.sampleCount() + stopped.sample() + 1;
        Trainer reference = lesson.newTrainer();
        for (long k = 0; k < trained; k++) reference.trainSample();
        Network good = reference.network().copy();
        assertThat(stopped.weight(1, 0, 0)).isEqualTo(good.layer(1).weight(0, 0)).isFinite();
        assertThat(stopped.bias(1, 0)).isEqualTo(good.layer(1).bias(0)).isFinite();
        boolean nextDiverges = false;
        try {
            reference.trainSample();
        } catch (TrainingDivergedException e) {
            nextDiverges = true;
        }
        assertThat(nextDiverges).as("training stopped at the last sample that did not diverge").isTrue();

        // The sample that diverges can be stepped through up to its update, with the reason on show.
        session.stepForward();
        assertThat(session.getStatus()).startsWith("Training paused:");
        Snapshot diverging = session.getSnapshot();
        assertThat(diverging.divergence()).isNotNull();
        assertThat(diverging.phaseIndex()).isZero();
        assertThat(diverging.phases()).extracting(p -> p.kind()).doesNotContain(PhaseKind.UPDATE);
        while (!session.getSnapshot().isLastPhase()) session.stepForward();
        Snapshot last = session.getSnapshot();
        assertThat(last.delta(1, 0)).isFinite();
        session.stepForward();
        assertThat(session.getStatus()).startsWith("Training paused:");
        assertSame(last, session.getSnapshot());
        session.play();
        assertThat(session.isRunning()).as("training cannot start past a sample that diverges").isFalse();
        assertSame(last, session.getSnapshot());
        while (session.getSnapshot().sample() != stopped.sample() || session.getSnapshot().epoch() != stopped.epoch()) {
            session.stepBack();
        }
        assertThat(session.getStatus()).isEmpty();
        assertThat(session.getSnapshot().phaseIndex()).isEqualTo(stopped.phaseIndex());
        session.stepBack();
        assertThat(session.getSnapshot().phaseIndex()).isEqualTo(stopped.phaseIndex() - 1);
    }

    /** Issue 11's lesson: its first update would pass the limit of 10⁶, yet it opens, shows its numbers and saves. */
    @Test
    void aLessonWhoseFirstUpdateWouldPassTheLimitOpensWithItsNumbersUpToThatUpdate() throws Exception {
        Lesson lesson = LessonFiles.parse("{\"format\":\"backpropfx-lesson\",\"version\":1,"
                + "\"title\":\"t\",\"training\":{\"learningRate\":100},\"network\":{\"inputs\":1,\"layers\":"
                + "[{\"neurons\":1,\"activation\":\"identity\",\"weights\":[[0.5]],\"biases\":[0]}]},"
                + "\"samples\":[{\"input\":[1000000],\"target\":[0]}]}");
        LessonSession session = new LessonSession(lesson, ui);
        assertThat(session.getStatus()).isEqualTo("Training paused: a weight or bias would have grown beyond ±1,000,000"
                + " (the largest a lesson holds) at sample 1 of epoch 1 — try a smaller learning rate."
                + " The last good state is kept.");
        session.stepForward();
        session.stepForward();
        assertThat(session.getSnapshot().loss()).isEqualTo(1.25e11);
        session.stepForward();
        assertThat(session.getSnapshot().isLastPhase()).isTrue();
        // the one sample's loss is on the curve; its epoch never ended, so no epoch point (none at 1.8×10³⁰⁸)
        assertThat(session.losses().samples().size()).isEqualTo(1);
        assertThat(session.losses().samples().get(0)).isEqualTo(1.25e11);
        assertThat(session.losses().epochs().size()).isZero();
        assertThat(LessonFiles.parse(LessonFiles.toJson(session.currentLesson())))
                .isEqualTo(session.currentLesson());
        assertThat(session.apply(Edits.setSettings(TrainingSettings.plain(1e-13)))).isTrue();
        assertThat(session.getStatus()).isEmpty();
        session.finishSample();
        assertThat(session.getSnapshot().isLastPhase()).isTrue();
        assertThat(session.getSnapshot().phase().kind()).isEqualTo(PhaseKind.UPDATE);
    }

    @Test
    void resetRestoresTheLessonsWeightsAndStart() {
        Lesson lesson = TestLessons.xor();
        LessonSession session = new LessonSession(lesson, ui);
        session.runEpoch();
        session.runEpoch();
        session.stepForward();
        assertThat(session.getSnapshot().weight(2, 0, 1)).isNotEqualTo(lesson.network().layer(2).weight(0, 1));
        session.selectionProperty().set(new NetworkElement.Neuron(1, 0));

        session.reset();

        Snapshot start = session.getSnapshot();
        assertThat(start.phaseIndex()).isEqualTo(-1);
        assertThat(start.sample()).isZero();
        assertThat(start.epoch()).isZero();
        assertThat(session.canStepBackProperty().get()).isFalse();
        Network original = lesson.network();
        for (int l = 1; l <= 2; l++) {
            for (int j = 0; j < original.size(l); j++) {
                assertThat(start.bias(l, j)).isEqualTo(original.layer(l).bias(j));
                for (int i = 0; i < original.size(l - 1); i++) {
                    assertThat(start.weight(l, j, i)).isEqualTo(original.layer(l).weight(j, i));
                }
            }
        }
        assertThat(session.selectionProperty().get()).isEqualTo(new NetworkElement.Neuron(1, 0));
    }

    @Test
    void selectSampleMakesItTheNextSampleStepped() {
        Lesson lesson = TestLessons.xor();
        LessonSession session = new LessonSession(lesson, ui);
        session.stepForward();
        session.selectSample(2);
        assertThat(session.getSnapshot().sample()).isEqualTo(2);
        assertThat(session.getSnapshot().phaseIndex()).isEqualTo(-1);
        session.stepForward();
        assertThat(session.getSnapshot().input(0)).isEqualTo(1.0);
        assertThat(session.getSnapshot().input(1)).isEqualTo(0.0);
    }

    @Test
    void loadTakesTheLessonsNotationAndClearsTheSelection() {
        LessonSession session = new LessonSession(TestLessons.xor(), ui);
        assertThat(session.getNotation()).isEqualTo(Notation.MIT);
        session.selectionProperty().set(new NetworkElement.Weight(1, 0, 0));
        session.setNotation(Notation.GRADIENT);
        assertThat(session.getNotation()).isEqualTo(Notation.GRADIENT);

        Lesson other = TestLessons.divergent();
        session.load(other);
        assertThat(session.getLesson()).isSameAs(other);
        assertThat(session.getNotation()).isEqualTo(Notation.GRADIENT);
        assertThat(session.selectionProperty().get()).isNull();
        assertThat(session.getSnapshot().layerCount()).isEqualTo(1);
    }

    @Test
    void digitsAndSpeedStayInRange() {
        LessonSession session = new LessonSession(TestLessons.xor(), ui);
        assertThat(session.getDigits()).isEqualTo(4);
        session.setDigits(1);
        assertThat(session.getDigits()).isEqualTo(LessonSession.MIN_DIGITS);
        session.setDigits(12);
        assertThat(session.getDigits()).isEqualTo(LessonSession.MAX_DIGITS);
        session.speedProperty().set(0.1);
        assertThat(session.speedProperty().get()).isEqualTo(LessonSession.MIN_SPEED);
    }

    @Test
    void sidePanelsTakeTurnsWhileTrainingRunsFastAndFollowEveryStepOtherwise() {
        LessonSession session = new LessonSession(TestLessons.xor(), ui);
        session.stepForward();
        for (int turn = 0; turn < PanelRole.values().length; turn++) {
            assertThat(session.panelSnapshotProperty(PanelRole.values()[turn]).get()).as("stepping: turn " + turn)
                    .isSameAs(session.getSnapshot());
        }

        session.speedProperty().set(LessonSession.FULL_SPEED);
        session.play();
        int frames = 0;
        int[] updates = new int[PanelRole.values().length];
        while (frames < 8 * PanelRole.values().length) {
            Snapshot before = session.getSnapshot();
            Snapshot[] panelsBefore = new Snapshot[PanelRole.values().length];
            for (int turn = 0; turn < panelsBefore.length; turn++) panelsBefore[turn] = session.panelSnapshotProperty(PanelRole.values()[turn]).get();
            ui.framesUntil(() -> session.getSnapshot() != before);
            frames++;
            int changed = 0;
            for (int turn = 0; turn < panelsBefore.length; turn++) {
                if (session.panelSnapshotProperty(PanelRole.values()[turn]).get() != panelsBefore[turn]) {
                    changed++;
                    updates[turn]++;
                    assertThat(session.panelSnapshotProperty(PanelRole.values()[turn]).get()).isSameAs(session.getSnapshot());
                }
            }
            assertThat(changed).as("panels updated in frame " + frames).isLessThanOrEqualTo(1);
        }
        for (int turn = 0; turn < updates.length; turn++) {
            assertThat(updates[turn]).as("updates of turn " + turn + " in " + frames + " frames").isBetween(6, 10);
        }

        session.pause();
        for (int turn = 0; turn < PanelRole.values().length; turn++) {
            assertThat(session.panelSnapshotProperty(PanelRole.values()[turn]).get()).as("paused: turn " + turn)
                    .isSameAs(session.getSnapshot());
        }
    }

    @Test
    void sidePanelsFollowEveryPhaseOfSlowTraining() {
        LessonSession session = new LessonSession(TestLessons.xor(), ui);
        session.speedProperty().set(50);
        session.play();
        for (int k = 0; k < 5; k++) {
            Snapshot before = session.getSnapshot();
            ui.framesUntil(() -> session.getSnapshot() != before);
            for (int turn = 0; turn < PanelRole.values().length; turn++) {
                assertThat(session.panelSnapshotProperty(PanelRole.values()[turn]).get()).isSameAs(session.getSnapshot());
            }
        }
        session.pause();
    }
}
