package org.backpropfx.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.backpropfx.lesson.Lesson;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.junit.jupiter.api.Test;

/** The hooks quiz mode uses: a look at the next step without taking it, and a guard that can hold a step. */
class ForwardGuardTest {
    private final Lesson lesson = TestLessons.xor();
    private final LessonSession session = new LessonSession(lesson, new ManualUiThread());

    @Test
    void peekNextShowsExactlyWhatTheStepWillShowWithoutTakingIt() {
        Stepper engine = new Stepper(lesson.newTrainer());
        int phases = engine.snapshot().phases().size();
        for (int k = 0; k < phases + 2; k++) {
            Snapshot peeked = session.peekNext();
            assertThat(session.getSnapshot().phaseIndex()).isEqualTo(engine.snapshot().phaseIndex());
            engine.stepForward();
            assertThat(peeked.describePhase()).isEqualTo(engine.snapshot().describePhase());
            assertThat(peeked.sample()).isEqualTo(engine.snapshot().sample());
            if (peeked.hasForward(2)) assertThat(peeked.out(2, 0)).isEqualTo(engine.snapshot().out(2, 0));
            session.stepForward();
            assertThat(session.getSnapshot().describePhase()).isEqualTo(engine.snapshot().describePhase());
        }
    }

    @Test
    void aGuardThatSaysNoHoldsTheStepAndTheUnguardedStepGoesThrough() {
        List<Integer> asked = new ArrayList<>();
        session.setForwardGuard(() -> {
            asked.add(session.getSnapshot().phaseIndex());
            return false;
        });
        session.stepForward();
        session.stepForward();
        assertThat(session.getSnapshot().phaseIndex()).isEqualTo(-1);
        assertThat(asked).containsExactly(-1, -1);

        session.stepForwardUnguarded();
        assertThat(session.getSnapshot().phaseIndex()).isZero();
        assertThat(asked).hasSize(2);

        session.finishSample();
        assertThat(session.getSnapshot().isLastPhase()).as("only single steps are guarded").isTrue();

        session.setForwardGuard(null);
        session.stepForward();
        assertThat(session.getSnapshot().sample()).isEqualTo(1);
    }

    @Test
    void nothingIsPeekedWhileTrainingRuns() {
        session.play();
        try {
            assertThat(session.peekNext()).isNull();
        } finally {
            session.pause();
        }
        assertThat(session.peekNext()).isNotNull();
    }
}
