package org.backpropfx.ui.tinker;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.backpropfx.data.DataPresets;
import org.backpropfx.engine.Network;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.backpropfx.ui.FxTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DataPresetDialogTest {
    private final Lesson lesson = TestLessons.xor();
    private LessonSession session;
    private DataPresetDialog form;

    @Start
    void start(Stage stage) {
        session = new LessonSession(lesson);
        form = new DataPresetDialog(session);
        stage.setScene(new Scene(form));
        stage.show();
    }

    @Test
    void badFieldsAreRefusedBesideThemAndNothingChanges(FxRobot robot) {
        robot.interact(() -> {
            form.preset.setValue(DataPresets.Preset.CIRCLE);
            form.size.setText("abc");
            form.noise.setText("2");
            form.seed.setText("1.5");
            assertThat(form.apply()).isFalse();
        });
        assertThat(form.problem(1)).isEqualTo("“abc” is not a number.");
        assertThat(form.problem(2)).isEqualTo("“2” is outside the range 0 to 1.");
        assertThat(form.problem(3)).isEqualTo("“1.5” is not a whole number.");
        FxTest.waitUntil("the fields are marked, naming them",
                () -> form.decoration(form.noise).equals("Noise: “2” is outside the range 0 to 1.")
                        && form.decoration(form.seed).equals("Seed: “1.5” is not a whole number.")
                        && form.decoration(form.size).equals("Size: “abc” is not a number."));
        robot.interact(() -> {
            form.size.setText("12.5");
            form.noise.setText("NaN");
            form.seed.setText("4");
            assertThat(form.apply()).isFalse();
        });
        assertThat(form.problem(1)).isEqualTo("The size must be a whole number.");
        assertThat(form.problem(2)).isEqualTo("“NaN” is not a number.");
        assertThat(form.problem(3)).isEmpty();
        robot.interact(() -> {
            form.size.setText("1");
            form.noise.setText("0");
            assertThat(form.apply()).isFalse();
        });
        assertThat(form.problem(1)).isEqualTo("“1” is outside the range 2 to 100000.");
        assertThat(session.getLesson().data()).isEqualTo(lesson.data());
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void aPresetReplacesTheSamplesAsOneEditThatUndoRestores(FxRobot robot) {
        robot.interact(() -> {
            form.preset.setValue(DataPresets.Preset.SPIRAL);
            form.size.setText("40");
            form.noise.setText("0.3");
            form.seed.setText("7");
            assertThat(form.apply()).isTrue();
        });
        assertThat(session.getLesson().data()).isEqualTo(DataPresets.create(DataPresets.Preset.SPIRAL, 40, 0.3, 7));
        assertThat(session.getSnapshot().sampleCount()).isEqualTo(40);
        assertThat(session.history().undoLabelProperty().get()).isEqualTo("Use the spiral samples (40, noise 0.3, seed 7)");
        assertThat(session.getLesson().network()).as("same shape: the weights stay").isEqualTo(lesson.network());

        robot.interact(session::undo);
        assertThat(session.getLesson().data()).isEqualTo(lesson.data());
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void theNetworksInputsAndOutputsFollowTheSamples(FxRobot robot) {
        robot.interact(() -> {
            form.preset.setValue(DataPresets.Preset.SINGLE_WEIGHT);
            form.size.setText("not used by fixed sets");
            assertThat(form.apply()).isTrue();
        });
        Network network = session.getLesson().network();
        assertThat(network.inputSize()).isEqualTo(1);
        assertThat(network.outputSize()).isEqualTo(1);
        assertThat(network.layerCount()).as("the hidden layer stays").isEqualTo(2);
        assertThat(session.getSnapshot().size(0)).isEqualTo(1);
        assertThat(session.getLesson().data().input(0)).containsExactly(1.5);

        robot.interact(session::undo);
        assertThat(session.getLesson().network()).isEqualTo(lesson.network());
        assertThat(session.getSnapshot().size(0)).isEqualTo(2);
    }
}
