package org.backpropfx.ui.chart;

import static org.backpropfx.ui.FxTest.onFx;
import static org.assertj.core.api.Assertions.assertThat;


import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A plot on a tab that is not chosen does not redraw for nobody, and draws once its tab is chosen. */
@ExtendWith(ApplicationExtension.class)
class HiddenPlotTest {
    private LessonSession session;
    private DecisionMapView map;
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        session = new LessonSession(TestLessons.xor());
        map = new DecisionMapView(session.snapshotProperty(), () -> session.getLesson().data());
        tabs = new TabPane(new Tab("Other", new Label("something else")), new Tab("Decision map", map));
        stage.setScene(new Scene(tabs, 600, 400));
        stage.show();
    }

    @Test
    void aPlotOnAnotherTabWaitsUntilItsTabIsChosen(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int before = onFx(() -> map.redrawCount());
        for (int k = 0; k < 4; k++) {
            robot.interact(session::stepForward);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(onFx(() -> map.redrawCount())).as("redraws while hidden").isEqualTo(before);

        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> map.redrawCount())).as("redraws once shown").isEqualTo(before + 1);

        robot.interact(session::stepForward);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> map.redrawCount())).as("and follows again").isEqualTo(before + 2);
    }

}
