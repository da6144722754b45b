package org.backpropfx.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.stepper.SnapshotValues.assertSame;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.notation.Notation;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;

class EditSessionTest {
    private final ManualUiThread ui = new ManualUiThread();
    private final Lesson lesson = TestLessons.xor();
    private final LessonSession session = new LessonSession(lesson, ui);

    private double[] outputsAfterForwardPass() {
        while (!session.getSnapshot().hasForward(session.getSnapshot().layerCount())) session.stepForward();
        Snapshot s = session.getSnapshot();
        int last = s.layerCount();
        double[] out = new double[s.size(last)];
        for (int j = 0; j < out.length; j++) out[j] = s.out(last, j);
        return out;
    }

    @Test
    void aTypedWeightGivesTheOutputTheEngineComputesAndUndoPutsItBack() {
        Snapshot original = session.getSnapshot();
        assertThat(session.apply(Edits.setWeight(2, 0, 1, 0.5))).isTrue();

        Network expected = lesson.network();
        expected.layer(2).setWeight(0, 1, 0.5);
        assertThat(outputsAfterForwardPass()).containsExactly(expected.predict(lesson.data().input(0)));
        assertThat(session.history().undoLabelProperty().get()).isEqualTo("Set w(2: 1←2) to 0.5");
        assertThat(session.history().isModified()).isTrue();

        assertThat(session.undo()).isTrue();
        assertSame(session.getSnapshot(), original);
        assertThat(session.currentLesson().network()).isEqualTo(lesson.network());
        assertThat(session.history().isModified()).isFalse();

        assertThat(session.redo()).isTrue();
        assertThat(session.currentLesson().network().layer(2).weight(0, 1)).isEqualTo(0.5);
    }

    @Test
    void anEditKeepsThePhaseAndTheTrainingProgress() {
        session.runEpoch();
        session.stepForward();
        session.stepForward();
        Snapshot before = session.getSnapshot();
        session.apply(Edits.setWeight(1, 1, 0, -2.0));
        Snapshot after = session.getSnapshot();
        assertThat(after.epoch()).isEqualTo(before.epoch()).isEqualTo(1);
        assertThat(after.sample()).isEqualTo(before.sample());
        assertThat(after.phaseIndex()).isEqualTo(before.phaseIndex());
        assertThat(after.weightBefore(1, 1, 0)).isEqualTo(-2.0);
    }

    @Test
    void inTheMitNotationATypedBiasIsW0AndTheEnginesBiasItsNegative() {
        session.apply(Edits.setBias(1, 1, 0.25, Notation.MIT));
        assertThat(session.currentLesson().network().layer(1).bias(1)).isEqualTo(-0.25);
        session.apply(Edits.setValue(new NetworkElement.Neuron(2, 0), 0.75, Notation.GRADIENT));
        assertThat(session.currentLesson().network().layer(2).bias(0)).isEqualTo(0.75);
        assertThat(session.history().undoLabelProperty().get()).isEqualTo("Set b(2: 1) to 0.75");
    }

    @Test
    void aLockedWeightHoldsThroughTraining() {
        NetworkElement.Weight w = new NetworkElement.Weight(1, 0, 1);
        session.apply(Edits.setLocked(w, true, Notation.MIT));
        assertThat(Edits.isLocked(w, session.getSnapshot())).isTrue();
        for (int e = 0; e < 5; e++) session.runEpoch();
        Network trained = session.currentLesson().network();
        assertThat(trained.layer(1).weight(0, 1)).isEqualTo(lesson.network().layer(1).weight(0, 1));
        assertThat(trained.layer(1).weight(0, 0)).isNotEqualTo(lesson.network().layer(1).weight(0, 0));
        assertThat(trained.layer(1).isWeightLocked(0, 1)).isTrue();

        session.apply(Edits.toggleLock(w, session.getSnapshot(), Notation.MIT));
        assertThat(Edits.isLocked(w, session.getSnapshot())).isFalse();
    }

    @Test
    void successiveNudgesOfOneWeightAreUndoneTogether() {
        NetworkElement.Weight w = new NetworkElement.Weight(2, 0, 0);
        double start = lesson.network().layer(2).weight(0, 0);
        for (int k = 0; k < 3; k++) session.apply(Edits.nudge(w, 0.1, Notation.MIT));
        assertThat(session.currentLesson().network().layer(2).weight(0, 0)).isEqualTo(start + 0.1 + 0.1 + 0.1);
        assertThat(session.history().undoCount()).isEqualTo(1);
        session.undo();
        assertThat(session.currentLesson().network().layer(2).weight(0, 0)).isEqualTo(start);
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void aNudgeBeyondTheBoundIsRefusedAndChangesNothing() {
        session.apply(Edits.setWeight(1, 0, 0, 999_999.5));
        Network before = session.currentLesson().network();
        assertThat(session.apply(Edits.nudge(new NetworkElement.Weight(1, 0, 0), 1.0, Notation.MIT))).isFalse();
        assertThat(session.getStatus()).contains("Nudge w(1: 1←1)").contains("at most 1000000");
        assertThat(session.currentLesson().network()).isEqualTo(before);
        assertThat(session.history().undoCount()).isEqualTo(1);
    }

    @Test
    void aBiasEditWithoutBiasesIsRefusedWithAMessage() {
        session.apply(Edits.setBiasMode(BiasMode.NONE));
        Network before = session.currentLesson().network();
        assertThat(session.apply(Edits.setBias(1, 0, 1.0, Notation.MIT))).isFalse();
        assertThat(session.getStatus()).contains("no biases");
        assertThat(session.currentLesson().network()).isEqualTo(before);
    }

    @Test
    void aHiddenLayerCanBeAddedAndTrained() {
        session.apply(Edits.addHiddenLayer(2, 3, Activation.TANH));
        Snapshot s = session.getSnapshot();
        assertThat(s.layerCount()).isEqualTo(3);
        assertThat(s.activation(2)).isEqualTo(Activation.TANH);
        assertThat(s.size(2)).isEqualTo(3);
        assertThat(session.getLesson().network().sizes()).containsExactly(2, 2, 3, 1);
        double first = session.currentLesson().network().meanLoss(lesson.data(), lesson.settings().loss());
        for (int e = 0; e < 200; e++) session.runEpoch();
        double later = session.currentLesson().network().meanLoss(lesson.data(), lesson.settings().loss());
        assertThat(later).isLessThan(first);
        double[] shown = outputsAfterForwardPass();
        assertThat(shown).containsExactly(session.currentLesson().network().predict(session.getSnapshot().input()));

        session.undo();
        assertThat(session.getSnapshot().layerCount()).isEqualTo(2);
    }

    @Test
    void removingALayerDropsASelectionInsideIt() {
        session.apply(Edits.addHiddenLayer(2, 3, Activation.SIGMOID));
        session.selectionProperty().set(new NetworkElement.Neuron(2, 2));
        session.apply(Edits.removeHiddenLayer(2));
        assertThat(session.selectionProperty().get()).isNull();
        assertThat(session.apply(Edits.removeHiddenLayer(1))).isTrue();
        assertThat(session.apply(Edits.removeHiddenLayer(1))).as("no hidden layer is left").isFalse();
        assertThat(session.getStatus()).contains("hidden layers are 1 to 0");
    }

    @Test
    void newSettingsKeepTheWeightsAndTheProgress() {
        session.runEpoch();
        session.stepForward();
        Network before = session.currentLesson().network();
        TrainingSettings faster = lesson.settings().withLearningRate(2.0).withMomentum(0.5);
        session.apply(Edits.setSettings(faster));
        assertThat(session.getSnapshot().settings()).isEqualTo(faster);
        assertThat(session.getLesson().settings()).isEqualTo(faster);
        assertThat(session.currentLesson().network()).isEqualTo(before);
        assertThat(session.getSnapshot().epoch()).isEqualTo(1);
        session.undo();
        assertThat(session.getSnapshot().settings()).isEqualTo(lesson.settings());
    }

    @Test
    void resetToTheLessonsValuesUndoesTypedWeights() {
        session.apply(Edits.setWeight(1, 0, 0, 3.0));
        session.apply(Edits.setWeight(2, 0, 0, 4.0));
        session.apply(Edits.resetToLesson(new NetworkElement.Weight(1, 0, 0), Notation.MIT));
        assertThat(session.currentLesson().network().layer(1).weight(0, 0)).isEqualTo(0.15);
        assertThat(session.currentLesson().network().layer(2).weight(0, 0)).isEqualTo(4.0);
        session.apply(Edits.resetLayerToLesson(2, 2));
        assertThat(session.currentLesson().network()).isEqualTo(lesson.network());
        session.apply(Edits.setWeight(2, 0, 1, 9.0));
        session.apply(Edits.resetAllToLesson());
        assertThat(session.currentLesson().network()).isEqualTo(lesson.network());
    }

    @Test
    void resetToTheStartAfterEditsCanBeUndone() {
        session.apply(Edits.setWeight(1, 0, 0, 3.0));
        session.runEpoch();
        session.reset();
        assertThat(session.currentLesson().network()).isEqualTo(lesson.network());
        assertThat(session.getSnapshot().epoch()).isZero();
        session.undo();
        assertThat(session.getSnapshot().epoch()).isEqualTo(0);
        assertThat(session.getSnapshot().sample()).isEqualTo(3);
        assertThat(session.currentLesson().network().layer(1).weight(0, 0)).isNotEqualTo(0.15);
    }

    @Test
    void reRandomisingStartsAgainFromTheSeedsWeightsKeepingLockedOnes() {
        session.apply(Edits.setLocked(new NetworkElement.Weight(2, 0, 0), true, Notation.MIT));
        session.runEpoch();
        session.apply(Edits.randomise(InitMethod.UNIFORM, 1.0, 42));
        Network expected = lesson.network();
        expected.layer(2).setWeightLocked(0, 0, true);
        Initializer.initialize(expected, InitMethod.UNIFORM, 1.0, 42);
        assertThat(session.currentLesson().network()).isEqualTo(expected);
        assertThat(session.getLesson().network()).isEqualTo(expected);
        assertThat(session.getLesson().seed()).isEqualTo(42);
        assertThat(session.getSnapshot().epoch()).isZero();
        assertThat(expected.layer(2).weight(0, 0)).isEqualTo(0.40);
    }

    @Test
    void samplesCanBeAddedEditedAndDeleted() {
        DataSet data = session.getLesson().data();
        session.apply(Edits.addSample(data, new double[] {0.5, 0.5}, new double[] {0.7}));
        assertThat(session.getLesson().data().size()).isEqualTo(5);
        assertThat(session.getSnapshot().sampleCount()).isEqualTo(5);
        session.apply(Edits.setSample(session.getLesson().data(), 4, new double[] {0.25, 0.5}, new double[] {0.3}));
        assertThat(session.getLesson().data().input(4)).containsExactly(0.25, 0.5);
        session.apply(Edits.deleteSample(session.getLesson().data(), 0));
        assertThat(session.getLesson().data().size()).isEqualTo(4);
        assertThat(session.getLesson().data().input(0)).containsExactly(0, 1);
        session.undo();
        session.undo();
        session.undo();
        assertThat(session.getLesson().data()).isEqualTo(lesson.data());
    }

    @Test
    void samplesWithMoreInputsResizeTheInputLayer() {
        DataSet three = new DataSet(new double[][] {{0, 0, 1}, {1, 1, 0}}, new double[][] {{0, 1}, {1, 0}});
        session.apply(Edits.setData(three, "Import samples"));
        assertThat(session.getSnapshot().size(0)).isEqualTo(3);
        assertThat(session.getSnapshot().size(2)).isEqualTo(2);
        assertThat(session.currentLesson().network().layer(1).weight(1, 1)).as("kept").isEqualTo(0.30);
    }

    @Test
    void savingWritesTheCurrentWeightsAndSettingsBitExactly() throws Exception {
        session.apply(Edits.setWeight(1, 0, 0, 0.1 + 0.2));
        session.runEpoch();
        session.stepForward();
        session.stepForward();
        Lesson saved = session.currentLesson();
        Lesson reopened = LessonFiles.parse(LessonFiles.toJson(saved));
        assertThat(reopened.network()).isEqualTo(saved.network());
        assertThat(reopened.settings()).isEqualTo(saved.settings());
        assertThat(reopened.data()).isEqualTo(saved.data());

        // Training from the reopened lesson goes on exactly as from the current sample's start.
        LessonSession again = new LessonSession(reopened, ui);
        again.selectSample(session.getSnapshot().sample());
        again.finishSample();
        session.finishSample();
        assertThat(again.currentLesson().network()).isEqualTo(session.currentLesson().network());
    }

    @Test
    void unsavedEditsAreTrackedUntilSavedAndAnUndoAfterSavingCountsAsAChange() {
        Path file = Path.of("lesson.json");
        assertThat(session.history().isModified()).isFalse();
        session.apply(Edits.setWeight(1, 0, 0, 1.0));
        assertThat(session.history().isModified()).isTrue();
        session.markSaved(file);
        assertThat(session.history().isModified()).isFalse();
        assertThat(session.getFile()).isEqualTo(file);
        session.stepForward();
        assertThat(session.history().isModified()).as("stepping is not an edit").isFalse();
        session.undo();
        assertThat(session.history().isModified()).isTrue();
        session.redo();
        assertThat(session.history().isModified()).isFalse();
        session.load(TestLessons.divergent());
        assertThat(session.history().isModified()).isFalse();
        assertThat(session.history().canUndo()).isFalse();
        assertThat(session.getFile()).isNull();
    }

    @Test
    void theHistoryKeepsTheNewestTwoHundredEdits() {
        for (int k = 0; k < EditHistory.MAX_EDITS + 5; k++) session.apply(Edits.setWeight(1, 0, 0, k));
        assertThat(session.history().undoCount()).isEqualTo(EditHistory.MAX_EDITS);
        while (session.history().canUndo()) session.undo();
        assertThat(session.currentLesson().network().layer(1).weight(0, 0)).isEqualTo(4.0);
        assertThat(session.history().isModified()).isTrue();
    }

    @Test
    void aNewEditClearsWhatCouldBeRedone() {
        session.apply(Edits.setWeight(1, 0, 0, 1.0));
        session.undo();
        assertThat(session.history().canRedo()).isTrue();
        assertThat(session.history().redoLabelProperty().get()).isEqualTo("Set w(1: 1←1) to 1");
        session.apply(Edits.setWeight(1, 0, 0, 2.0));
        assertThat(session.history().canRedo()).isFalse();
        assertThat(session.redo()).isFalse();
        assertThat(session.getStatus()).isEqualTo("Nothing to redo.");
    }
}
