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
}
