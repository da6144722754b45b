package org.backpropfx.ui.tinker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.TrainingSettings;
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
class SettingsDialogTest {
    private final Lesson lesson = TestLessons.xor();
    private LessonSession session;
    private SettingsDialog form;

    @Start
    void start(Stage stage) {
        session = new LessonSession(lesson);
        form = new SettingsDialog(session);
        stage.setScene(new Scene(form));
        stage.show();
    }

    @Test
    void aBadTypedValueMarksTheFieldWithAMessageNamingItAsItIsTyped(FxRobot robot) {
        robot.interact(() -> form.momentum.setText(""));
        robot.clickOn(form.momentum).write("1");
        FxTest.waitUntil("the field is marked", () -> form.momentum.getStyleClass().contains("field-problem"));
        assertThat(FxTest.onFx(() -> form.decoration(form.momentum)))
                .isEqualTo("Momentum: The momentum must be below 1.");
        assertThat(form.problem(1)).as("the same words beside the field, before OK").isEqualTo("The momentum must be below 1.");
        assertThat(FxTest.onFx(() -> form.decoration(form.rate))).as("a good field is not marked").isEmpty();

        robot.write(".");
        robot.type(KeyCode.BACK_SPACE, KeyCode.BACK_SPACE).write("0.5");
        FxTest.waitUntil("the mark goes once the value is good",
                () -> !form.momentum.getStyleClass().contains("field-problem"));
        assertThat(FxTest.onFx(() -> form.decoration(form.momentum))).isEmpty();
        assertThat(form.problem(1)).isEmpty();
        assertThat(session.getSnapshot().settings()).as("nothing applied while typing").isEqualTo(lesson.settings());
    }

    @Test
    void theDialogGrowsWithAMessageSoThatNoLabelAndNoMessageIsCut(FxRobot robot) {
        var opened = new AtomicReference<SettingsDialog>();
        Window owner = FxTest.onFx(() -> form.getScene().getWindow());
        // show() waits for the dialog to close, so it is opened in a later turn of the FX thread, as the menu does.
        Platform.runLater(() -> {
            opened.set(new SettingsDialog(session));
            opened.get().show(owner);
        });
        FxTest.waitUntil("the dialog made", () -> opened.get() != null);
        SettingsDialog shown = opened.get();
        FxTest.waitUntil("the dialog open", () -> FxTest.onFx(
                () -> shown.getScene() != null && shown.getScene().getWindow() != null && shown.getScene().getWindow().isShowing()));
        double widthBefore = FxTest.onFx(() -> shown.getScene().getWindow().getWidth());
        robot.interact(() -> shown.momentum.setText("a value nobody can read as a number"));
        FxTest.waitUntil("the message beside the field", () -> !shown.problem(1).isEmpty());
        FxTest.waitUntil("no text cut", () -> FxTest.onFx(() -> cut(shown)).isEmpty());
        assertThat(FxTest.onFx(() -> shown.getScene().getWindow().getWidth())).as("grown")
                .isGreaterThan(widthBefore);
        Node ok = FxTest.onFx(() -> shown.getScene().lookup(".button-bar"));
        assertThat(FxTest.onFx(() -> ok.localToScene(ok.getLayoutBounds()).getMaxY()))
                .as("the buttons in the window").isLessThanOrEqualTo(FxTest.onFx(() -> shown.getScene().getHeight()));
        robot.interact(() -> shown.getScene().getWindow().hide());
    }

    /** The labels of the form whose shown text is not their whole text ("Learning rat…"). */
    private static List<String> cut(Parent form) {
        List<String> shortened = new ArrayList<>();
        for (Node node : form.lookupAll(".label")) {
            if (!(node instanceof Labeled labeled) || labeled.getText() == null || labeled.getText().isEmpty()) continue;
            StringBuilder shown = new StringBuilder();
            for (Node text : labeled.lookupAll(".text")) {
                if (text instanceof Text t && t.getParent() == labeled) shown.append(t.getText());
            }
            if (!shown.toString().replaceAll("\\s+", "").equals(labeled.getText().replaceAll("\\s+", ""))) {
                shortened.add(labeled.getText() + " → " + shown);
            }
        }
        return shortened;
    }

    @Test
    void badValuesAreRefusedBesideTheirFieldsAndNothingChanges(FxRobot robot) {
        String[][] cases = {
                {"abc", "“abc” is not a number."}, {"", "Type a number."}, {"NaN", "“NaN” is not a number."},
                {"Infinity", "The value must be finite, not infinite."},
                {"1e400", "“1e400” is outside the range 0 to 100."}, {"0", "The learning rate must be above 0."}};
        for (String[] bad : cases) {
            robot.interact(() -> form.rate.setText(bad[0]));
            robot.interact(() -> assertThat(form.apply()).isFalse());
            assertThat(form.problem(0)).as(bad[0]).isEqualTo(bad[1]);
            assertThat(session.getSnapshot().settings()).isEqualTo(lesson.settings());
        }
        robot.interact(() -> {
            form.rate.setText("0.5");
            form.momentum.setText("1");
            form.batchSize.setText("2.5");
            form.seed.setText("x");
            form.apply();
        });
        assertThat(form.problem(0)).isEmpty();
        assertThat(form.problem(1)).isEqualTo("The momentum must be below 1.");
        assertThat(form.problem(3)).isEqualTo("The batch size must be a whole number.");
        assertThat(form.problem(7)).isEqualTo("“x” is not a whole number.");
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void goodValuesApplyKeepingTheNetworkAndProgress(FxRobot robot) {
        robot.interact(() -> {
            session.runEpoch();
            session.stepForward();
        });
        Network before = session.currentLesson().network();
        long epoch = session.getSnapshot().epoch();
        robot.interact(() -> {
            form.rate.setText("0.25");
            form.momentum.setText("0.9");
            form.batchMode.setValue(BatchMode.MINI_BATCH);
            form.batchSize.setText("2");
            form.seed.setText("7");
            assertThat(form.apply()).isTrue();
        });
        assertThat(session.getSnapshot().settings())
                .isEqualTo(new TrainingSettings(0.25, 0.9, BatchMode.MINI_BATCH, 2, lesson.settings().loss()));
        assertThat(session.getLesson().seed()).isEqualTo(7);
        assertThat(session.currentLesson().network()).isEqualTo(before);
        assertThat(session.getSnapshot().epoch()).isEqualTo(epoch);
    }

    @Test
    void thePenaltiesAreEditedWithoutAReset(FxRobot robot) {
        robot.interact(() -> {
            session.runEpoch();
            session.stepForward();
        });
        Network before = session.currentLesson().network();
        long epoch = session.getSnapshot().epoch();
        robot.interact(() -> {
            form.l1.setText("0.001");
            form.l2.setText("0.02");
            assertThat(form.apply()).isTrue();
        });
        assertThat(session.getSnapshot().settings().l1()).isEqualTo(0.001);
        assertThat(session.getSnapshot().settings().l2()).isEqualTo(0.02);
        assertThat(session.currentLesson().network()).isEqualTo(before);
        assertThat(session.getSnapshot().epoch()).isEqualTo(epoch);
        robot.interact(() -> {
            form.l2.setText("-1");
            assertThat(form.apply()).isFalse();
        });
        assertThat(form.problem(9)).isNotEmpty();
        assertThat(session.getSnapshot().settings().l2()).isEqualTo(0.02);
    }
}
