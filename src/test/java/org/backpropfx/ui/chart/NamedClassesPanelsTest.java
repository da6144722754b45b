package org.backpropfx.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;
import static org.backpropfx.ui.FxTest.waitUntil;

import java.util.List;

import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.session.Edits;
import org.backpropfx.session.LessonSession;
import org.backpropfx.ui.MainWindow;
import org.backpropfx.ui.MainWindowFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A lesson whose classes have names writes them in the confusion matrix and on the decision map's class buttons. */
@ExtendWith(ApplicationExtension.class)
class NamedClassesPanelsTest {
    private static final List<String> NAMES = List.of("north", "a rather long name for the east", "west");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Lesson three = LessonFiles.loadShipped("three-classes").withClassNames(NAMES);
        window = MainWindowFixture.show(stage, three).window();
    }

    @Test
    void namesLabelTheMatrixAndTheButtonsAndFollowTheLesson(FxRobot robot) {
        ConfusionMatrixView matrix = window.plots().confusionMatrix();
        assertThat(onFx(() -> matrix.labelOf(0, 3, false))).isEqualTo("north");
        assertThat(onFx(() -> matrix.labelOf(2, 3, false))).isEqualTo("west");
        assertThat(robot.lookup("#mapClass1").queryAs(ToggleButton.class).getText()).isEqualTo("north");
        assertThat(robot.lookup("#mapClass2").queryAs(ToggleButton.class).getText()).isEqualTo(NAMES.get(1));
        // A long name is cut to the room it has, and says so.
        String cut = onFx(() -> ConfusionMatrixView.fitted(NAMES.get(1), PlotStyle.LABEL, 60));
        assertThat(cut).endsWith("…").hasSizeLessThan(NAMES.get(1).length());
        assertThat(onFx(() -> TextWidth.of(cut, PlotStyle.LABEL))).isLessThanOrEqualTo(60.0);
        assertThat(onFx(() -> ConfusionMatrixView.fitted("west", PlotStyle.LABEL, 60))).isEqualTo("west");

        LessonSession session = window.session();
        onFx(() -> session.apply(Edits.setData(session.getLesson().data(), List.of(), "Forget the names")));
        waitUntil("numbered buttons", () -> "1".equals(robot.lookup("#mapClass1").queryAs(ToggleButton.class).getText()));
        assertThat(onFx(() -> matrix.labelOf(0, 3, false))).isEqualTo("1");
        assertThat(onFx(() -> matrix.labelOf(1, 2, true))).as("one output: 0 and 1").isEqualTo("1");
    }
}
