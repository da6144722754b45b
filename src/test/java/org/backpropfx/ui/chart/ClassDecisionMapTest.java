package org.backpropfx.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;
import static org.backpropfx.ui.FxTest.waitUntil;

import java.util.Arrays;

import javafx.geometry.Point2D;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

import org.assertj.core.api.Assertions;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Network;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.plot.SnapshotNetwork;
import org.backpropfx.session.LessonSession;
import org.backpropfx.ui.MainWindow;
import org.backpropfx.ui.MainWindowFixture;
import org.backpropfx.ui.FxThreadErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The decision map of a three-class lesson: each point in the colour of the class picked there, and clicks adding a chosen class. */
@ExtendWith(ApplicationExtension.class)
class ClassDecisionMapTest {
    /** The Okabe–Ito blue, orange and bluish green of classes 1, 2 and 3. */
    private static final int[] CLASS_RGB = {0x0072B2, 0xE69F00, 0x009E73};

    private final FxThreadErrors errors = new FxThreadErrors();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        errors.collectOnThisThread();
        window = MainWindowFixture.show(stage, LessonFiles.loadShipped("three-classes")).window();
    }

    @AfterEach
    void noErrorsOnTheFxThread() {
        errors.assertNone();
    }

    @Test
    void everyPointTakesTheColourOfTheLargestOutputFadedByHowSureItIs() {
        LessonSession session = window.session();
        DecisionMapView view = window.plots().decisionMap();
        int drawn = onFx(() -> {
            for (int k = 0; k < 20; k++) session.runEpoch();
            window.plots().tabs().getSelectionModel().select(1);
            return view.redrawCount();
        });
        // The map may have been drawn at the start already: wait for a drawing of the trained network.
        waitUntil("a class map of the step shown", () -> view.redrawCount() > drawn && view.classAt(0, 0) >= 0);
        Network network = onFx(() -> SnapshotNetwork.inForce(session.getSnapshot()));
        int background = onFx(() -> {
            var c = view.ink().background();
            return (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                    | (int) Math.round(c.getBlue() * 255);
        });
        int[] seen = new int[3];
        for (int row = 0; row < DecisionMapView.RESOLUTION; row += 9) {
            for (int col = 0; col < DecisionMapView.RESOLUTION; col += 9) {
                int c = col, r = row;
                double[] out = network.predict(new double[] {onFx(() -> view.map().x(c)), onFx(() -> view.map().y(r))});
                int best = 0;
                for (int k = 1; k < 3; k++) if (out[k] > out[best]) best = k;
                assertThat(onFx(() -> view.classAt(c, r))).as("class at (%d, %d)", col, row).isEqualTo(best);
                seen[best]++;
                // Full colour at an output of 1, 18 % of it at 1/3, linear between.
                double share = 0.18 + 0.82 * (out[best] - 1.0 / 3) / (1 - 1.0 / 3);
                int argb = onFx(() -> view.colours()[r * DecisionMapView.RESOLUTION + c]);
                for (int shift : new int[] {16, 8, 0}) {
                    double expected = (background >> shift & 0xFF) + ((CLASS_RGB[best] >> shift & 0xFF) - (background >> shift & 0xFF)) * share;
                    assertThat((double) (argb >> shift & 0xFF)).isCloseTo(expected, Assertions.within(0.51));
                }
            }
        }
        assertThat(Arrays.stream(seen).min().getAsInt()).as("after 20 epochs every class has its region").isPositive();
    }

    @Test
    void clickingAddsASampleOfTheChosenOneOfThreeClasses(FxRobot robot) {
        LessonSession session = window.session();
        onFx(() -> {
            window.plots().tabs().getSelectionModel().select(1);
            return null;
        });
        DecisionMapView view = window.plots().decisionMap();
        waitUntil("the map is drawn", () -> view.gridStep() != null);
        assertThat(robot.lookup("#mapClassZero").query().isVisible()).isFalse();
        ToggleButton third = robot.lookup("#mapClass3").queryAs(ToggleButton.class);
        assertThat(third.isVisible()).isTrue();
        DataSet before = session.getLesson().data();
        onFx(() -> {
            third.fire();
            return null;
        });
        // The robot clicks whole pixels: on a small map one pixel is more than a grid step, so the sample is
        // compared with what the clicked pixel stands for.
        Point2D exact = onFx(() -> view.localToScreen(view.pointAt(0.2, -0.3)));
        Point2D screen = new Point2D(Math.round(exact.getX()), Math.round(exact.getY()));
        robot.moveTo(screen);
        robot.clickOn(screen);
        double clickedX = onFx(() -> {
            Point2D origin = view.pointAt(0, 0);
            double unit = view.pointAt(1, 1).getX() - origin.getX();
            return (view.screenToLocal(screen).getX() - origin.getX()) / unit;
        });
        waitUntil("a sample added", () -> session.getLesson().data().size() == before.size() + 1);
        DataSet after = session.getLesson().data();
        assertThat(after.target(after.size() - 1)).containsExactly(0.0, 0.0, 1.0);
        assertThat(after.input(after.size() - 1)[0]).isCloseTo(clickedX, Assertions.within(onFx(view::gridStep).getX()));
    }
}
