package org.backpropfx.ui.tinker;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;

import org.backpropfx.ui.FxTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File › Worksheets…: a seed typed wrong is marked as it is typed, naming the field, like every typed field. */
@ExtendWith(ApplicationExtension.class)
class WorksheetDialogTest {
    private WorksheetDialog form;

    @Start
    void start(Stage stage) {
        form = new WorksheetDialog();
        form.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(form::close);
    }

    @Test
    void aSeedThatIsNotAWholeNumberIsMarkedAsItIsTypedAndTheMarkGoesWhenItIs(FxRobot robot) {
        assertThat(FxTest.onFx(form::seedDecoration)).as("the shipped seed 1").isEmpty();
        robot.interact(() -> form.seed.setText("1.5"));
        FxTest.waitUntil("the seed is marked, naming it",
                () -> form.seedDecoration().equals("Seed: “1.5” is not a whole number."));
        robot.interact(() -> form.seed.setText("2026"));
        FxTest.waitUntil("the mark is gone", () -> form.seedDecoration().isEmpty());
    }

    @Test
    void aCountOfStudentsTypedWrongIsMarkedAndRefusedAndKeptForCorrection(FxRobot robot) {
        robot.interact(() -> form.students.getEditor().setText("2o"));
        FxTest.waitUntil("the count is marked, naming it",
                () -> form.studentsDecoration().equals("Students: “2o” is not a whole number."));
        robot.interact(() -> form.students.commitValue());
        assertThat(FxTest.onFx(() -> form.students.getValue())).as("the count before").isEqualTo(20);
        robot.interact(() -> form.students.getEditor().setText("99999999999"));
        FxTest.waitUntil("a whole number too large for any count is out of range, not 'not whole'",
                () -> form.studentsDecoration().equals("Students: “99999999999” is outside the range 1 to 500."));
        robot.interact(() -> form.students.getEditor().setText("2o"));
        assertThat(FxTest.onFx(() -> form.students.getEditor().getText())).isEqualTo("2o");
        robot.interact(() -> {
            form.students.getEditor().setText("30");
            form.students.commitValue();
        });
        assertThat(FxTest.onFx(() -> form.students.getValue())).isEqualTo(30);
        FxTest.waitUntil("the mark is gone", () -> form.studentsDecoration().isEmpty());
    }
}
