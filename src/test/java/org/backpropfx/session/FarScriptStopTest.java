package org.backpropfx.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.backpropfx.session.i18n.Texts;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.SnapshotValues;
import org.backpropfx.stepper.Stepper;
import org.junit.jupiter.api.Test;

/**
 * A lecture script's stop thousands of epochs ahead is trained on the training thread: the call returns at once,
 * steps asked for meanwhile are refused with a message, another stop asked for is taken up after, and the
 * numbers at the stop are those of training there directly.
 */
class FarScriptStopTest {
    /** XOR's 2-2-1 network: 20,000 epochs of four samples are far more than the UI thread trains in place. */
    private static final long FAR_EPOCH = 20_000;

    @Test
    void aFarStopTrainsOffTheUiThreadRefusesStepsMeanwhileAndTakesUpTheStopAskedForNext() {
        ManualUiThread ui = new ManualUiThread();
        LessonSession session = new LessonSession(TestLessons.xor(), ui);
        Snapshot start = session.getSnapshot();

        session.goTo(FAR_EPOCH, 2, new Phase(PhaseKind.FORWARD, 1));

        // returned before training: the cursor is still at the start, the training thread is at work
        assertThat(session.movingProperty().get()).isTrue();
        assertThat(session.isRunning()).isTrue();
        assertThat(session.getSnapshot()).isSameAs(start);
        session.stepForward();
        session.stepBack();
        session.playPause();
        assertThat(session.getStatus()).isEqualTo(Texts.get("status.movingWait"));
        assertThat(session.movingProperty().get()).isTrue();
        // the clicker pressed again: the next stop is queued, not started half way
        session.goTo(FAR_EPOCH, 3, new Phase(PhaseKind.ERROR, 0));

        ui.framesUntil(() -> !session.movingProperty().get() && !session.isRunning());

        Snapshot there = session.getSnapshot();
        assertThat(there.epoch()).isEqualTo(FAR_EPOCH);
        assertThat(there.sample()).isEqualTo(3);
        assertThat(there.phase()).isEqualTo(new Phase(PhaseKind.ERROR, 0));
        assertThat(session.getStatus()).isEmpty();
        // trained there directly: sample 0 is current at the start, so 4·epochs + 2 more reach the sample before
        Stepper direct = new Stepper(TestLessons.xor().newTrainer());
        direct.runSamples(FAR_EPOCH * 4 + 2);
        for (int k = 0; k < 3; k++) direct.stepForward(); // forward 1, forward 2, the error
        SnapshotValues.assertSame(there, direct.snapshot());
        // and stepping works again
        session.stepForward();
        assertThat(session.getSnapshot().phase()).isEqualTo(new Phase(PhaseKind.BACKWARD, 2));
    }

    @Test
    void aNearStopIsSteppedInPlace() {
        LessonSession session = new LessonSession(TestLessons.xor(), new ManualUiThread());
        session.goTo(3, 1, new Phase(PhaseKind.UPDATE, 0));
        assertThat(session.movingProperty().get()).isFalse();
        assertThat(session.isRunning()).isFalse();
        assertThat(session.getSnapshot().epoch()).isEqualTo(3);
        assertThat(session.getSnapshot().phase()).isEqualTo(new Phase(PhaseKind.UPDATE, 0));
    }
}
