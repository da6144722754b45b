package org.backpropfx.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.Notation;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;

/**
 * Random runs of edits, undos, redos and steps: whatever happens, the numbers shown are those a fresh
 * forward pass of the current network gives, and undoing every edit brings back what was there before them.
 */
class EditPropertiesTest {

    /** One user action, drawn from a few numbers so that jqwik can shrink a failing run. */
    record Action(int kind, int a, int b, double value) {}

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Action> action = Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 7),
                Arbitraries.doubles().between(-3, 3)).as(Action::new);
        return action.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 60)
    void shownValuesAlwaysMatchAFreshForwardPass(@ForAll("actions") List<Action> actions) {
        run(actions);
    }

    /**
     * Once found by the property: an edit undone, then a step into the next sample. The step trains
     * sample 1 from the undone state, so the network then legitimately differs from the one before the
     * edit; only redoing and undoing again goes back there.
     */
    @Example
    void undoingEverythingThenSteppingOnTrainsFromTheUndoneState() {
        List<Action> actions = List.of(new Action(6, 0, 1, 0), new Action(0, 0, 0, 0.0), new Action(3, 0, 0, 0),
                new Action(6, 0, 0, 0));
        run(actions);

        LessonSession session = new LessonSession(TestLessons.xor(), new ManualUiThread());
        for (Action action : actions) perform(session, action);
        Trainer untouched = TestLessons.xor().newTrainer();
        untouched.trainSample();
        assertThat(session.history().canUndo()).isFalse();
        assertThat(session.getSnapshot().sample()).isEqualTo(1);
        assertThat(session.currentLesson().network().layer(1).weightsCopy())
                .containsExactly(untouched.network().layer(1).weightsCopy());
    }

    private static void run(List<Action> actions) {
        Lesson lesson = TestLessons.xor();
        LessonSession session = new LessonSession(lesson, new ManualUiThread());
        List<String> done = new ArrayList<>();
        // What undoing everything must bring back: the state just before the oldest edit still recorded.
        Network baseline = null;
        Lesson baselineLesson = null;
        for (Action action : actions) {
            Network before = session.currentLesson().network();
            Lesson lessonBefore = session.getLesson();
            boolean nothingToUndo = !session.history().canUndo();
            perform(session, action);
            if (nothingToUndo && isEdit(action) && session.history().canUndo()) {
                baseline = before;
                baselineLesson = lessonBefore;
            }
            done.add(action + " → " + session.getStatus());
            assertConsistent(session, done);
        }
        if (baseline == null) return;
        // Steps taken after undoing everything train on from there, and undo never goes back before them;
        // redoing first makes the oldest edit the one undone last, whose "before" is the baseline.
        while (session.history().canRedo()) session.redo();
        while (session.history().canUndo()) session.undo();
        assertThat(session.currentLesson().network()).as("after undoing all of %s", done).isEqualTo(baseline);
        assertThat(session.getLesson()).isEqualTo(baselineLesson);
    }

    private static boolean isEdit(Action action) {
        return action.kind() != 3 && action.kind() != 4 && action.kind() != 5 && action.kind() != 6;
    }

    private static void perform(LessonSession session, Action x) {
        Snapshot s = session.getSnapshot();
        int layer = 1 + Math.floorMod(x.a(), s.layerCount());
        int to = Math.floorMod(x.b(), s.size(layer));
        int from = Math.floorMod(x.a() + x.b(), s.size(layer - 1));
        NetworkElement.Weight weight = new NetworkElement.Weight(layer, to, from);
        switch (x.kind()) {
            case 0 -> session.apply(Edits.setWeight(layer, to, from, x.value()));
            case 1 -> session.apply(Edits.nudge(x.b() % 2 == 0 ? weight : new NetworkElement.Bias(layer, to),
                    x.value() / 10, Notation.MIT));
            case 2 -> session.apply(Edits.toggleLock(weight, s, Notation.MIT));
            case 3, 4 -> session.undo();
            case 5 -> session.redo();
            case 6 -> {
                if (x.b() % 2 == 0) session.stepForward();
                else session.finishSample();
            }
            case 7 -> {
                if (s.layerCount() < 4 && x.b() % 2 == 0) {
                    session.apply(Edits.addHiddenLayer(layer, 1 + x.a() % 3, Activation.TANH));
                } else if (s.layerCount() > 1) {
                    session.apply(Edits.removeHiddenLayer(1 + Math.floorMod(x.a(), s.layerCount() - 1)));
                }
            }
            case 8 -> session.apply(Edits.setActivation(layer, Activation.values()[x.b() % Activation.values().length]));
            default -> session.apply(Edits.setBias(layer, to, x.value(), Notation.MIT));
        }
    }

    private static void assertConsistent(LessonSession session, List<String> done) {
        Snapshot s = session.getSnapshot();
        Network network = session.currentLesson().network();
        assertThat(network.sizes()).as("shape after %s", done).containsExactly(sizes(s));
        assertThat(session.getLesson().network().sizes()).containsExactly(sizes(s));
        for (int l = 1; l <= s.layerCount(); l++) {
            assertThat(s.activation(l)).isEqualTo(network.layer(l).activation());
            for (int j = 0; j < s.size(l); j++) {
                for (int i = 0; i < s.size(l - 1); i++) {
                    assertThat(s.weightBefore(l, j, i)).isEqualTo(network.layer(l).weight(j, i));
                    assertThat(s.isWeightLocked(l, j, i)).isEqualTo(network.layer(l).isWeightLocked(j, i));
                }
                assertThat(s.biasBefore(l, j)).isEqualTo(network.layer(l).bias(j));
            }
        }
        // Step to the end of the forward pass (a copy of the session is not needed: stepping is not an edit).
        while (!s.hasForward(s.layerCount())) {
            session.stepForward();
            s = session.getSnapshot();
        }
        double[] expected = session.currentLesson().network().predict(s.input());
        for (int j = 0; j < expected.length; j++) {
            assertThat(s.out(s.layerCount(), j)).as("output %d after %s", j, done).isEqualTo(expected[j]);
        }
    }

    private static int[] sizes(Snapshot s) {
        int[] sizes = new int[s.layerCount() + 1];
        for (int l = 0; l < sizes.length; l++) sizes[l] = s.size(l);
        return sizes;
    }
}
