package org.backpropfx.session;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.stepper.Stepper;

/** The session as an edit sees it. Only used inside {@link LessonSession#apply(Edit)}, which undoes a failure. */
final class SessionEditTarget implements EditTarget {
    private final LessonSession session;

    SessionEditTarget(LessonSession session) {
        this.session = session;
    }

    @Override
    public Lesson lesson() { return session.getLesson(); }

    @Override
    public Network network() {
        Stepper stepper = session.stepper();
        return SessionState.networkAt(stepper.trainer().network(), stepper.stateBeforeCurrentSample());
    }

    @Override
    public int sample() { return session.stepper().snapshot().sample(); }

    @Override
    public void changeNetwork(Consumer<Network> change) {
        session.stepper().edit(change);
    }

    @Override
    public void changeSettings(TrainingSettings settings) {
        Stepper stepper = session.stepper();
        stepper.setSettings(settings);
        session.install(session.getLesson().withSettings(settings), stepper);
    }

    @Override
    public void changeLesson(Lesson lesson) {
        Lesson now = session.getLesson();
        if (!Arrays.equals(lesson.network().sizes(), now.network().sizes()) || !lesson.data().equals(now.data())) {
            throw new IllegalArgumentException("the network's shape or the samples changed; use replace");
        }
        session.install(lesson, session.stepper());
    }

    @Override
    public void replace(Lesson lesson, Network network) {
        Objects.requireNonNull(lesson, "lesson");
        if (!Arrays.equals(lesson.network().sizes(), network.sizes())) {
            throw new IllegalArgumentException("the network does not have the lesson's shape");
        }
        Trainer trainer = new Trainer(network.copy(), lesson.data(), lesson.settings());
        trainer.setNextSample(Math.min(sample(), lesson.data().size() - 1));
        session.install(lesson, new Stepper(trainer));
    }

    @Override
    public void restart(Lesson lesson) {
        session.install(lesson, new Stepper(lesson.newTrainer()));
    }
}
