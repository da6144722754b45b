package org.backpropfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.Preferences;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.session.LessonSession;
import org.backpropfx.ui.prefs.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Dividers dragged in the normal layout come back when the window is built again (a restart), per layout:
 * with the matrix view open they are kept apart from without it; presenter mode's own dividers are never kept.
 * The positions are kept in a preferences node of the test's own, removed afterwards.
 */
@ExtendWith(ApplicationExtension.class)
class DividerMemoryTest {
    private static final String[] SPLITS = {"#networkSplit", "#dataSplit", "#plotStrip", "#formulaSplit"};
    private final Preferences node = Preferences.userRoot().node("org/backpropfx/test-dividers-" + System.nanoTime());
    private final SettingsStore store = SettingsStore.of(node);
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void draggedDividersComeBackWhenTheWindowIsBuiltAgain(FxRobot robot) {
        MainWindow first = open();
        double[] defaults = positions(first, "#plotStrip");
        drag(robot, first, "#networkSplit", -120, 0);
        drag(robot, first, "#dataSplit", 0, 40);
        drag(robot, first, "#plotStrip", 60, 0);
        drag(robot, first, "#formulaSplit", 0, -30);
        List<Object> moved = layout(first);
        assertThat(positions(first, "#plotStrip")[0]).as("the drag moved it").isGreaterThan(defaults[0] + 0.05);

        MainWindow again = open();
        assertThat(layout(again)).isEqualTo(moved);
    }

    @Test
    void withTheMatrixViewOpenTheDividersAreKeptApartFromTheLayoutWithout(FxRobot robot) {
        MainWindow window = open();
        double[] closed = positions(window, "#formulaSplit");
        robot.interact(() -> window.matrixViewShownProperty().set(true));
        drag(robot, window, "#formulaSplit", 0, 40);
        double[] open = positions(window, "#formulaSplit");
        assertThat(open).hasSize(2);

        robot.interact(() -> window.matrixViewShownProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertWithinPixels(window, "#formulaSplit", closed, 3);

        MainWindow again = open();
        assertWithinPixels(again, "#formulaSplit", closed, 3);
        robot.interact(() -> again.matrixViewShownProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rounded(positions(again, "#formulaSplit"))).as("with: as dragged").isEqualTo(rounded(open));
    }

    @Test
    void presenterModesDividersAreNotKeptAndLeavingRestoresTheLayout(FxRobot robot) {
        MainWindow window = open();
        drag(robot, window, "#plotStrip", 50, 0);
        double[][] beforePositions = new double[SPLITS.length][];
        for (int k = 0; k < SPLITS.length; k++) beforePositions[k] = positions(window, SPLITS[k]);
        List<String> storedBefore = stored();

        robot.type(KeyCode.F5);
        assertThat(onFx(() -> window.lecture().presenter().isActive())).isTrue();
        drag(robot, window, "#networkSplit", -80, 0);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        // Exactly as before presenting: every divider on the pixel it stood on.
        for (int k = 0; k < SPLITS.length; k++) assertWithinPixels(window, SPLITS[k], beforePositions[k], 0.5);
        assertThat(stored()).isEqualTo(storedBefore);
        // Built again, the window has the layout of before presenting, not presenter mode's.
        double[][] positions = new double[SPLITS.length][];
        for (int k = 0; k < SPLITS.length; k++) positions[k] = positions(window, SPLITS[k]);
        MainWindow again = open();
        for (int k = 0; k < SPLITS.length; k++) assertWithinPixels(again, SPLITS[k], positions[k], 0.5);
    }

    @Test
    void leavingPresenterModePutsEveryDraggedDividerBackOnItsPixel(FxRobot robot) {
        MainWindow window = open();
        // Zoomed, the top bars are taller and take longer to settle when they come back.
        robot.interact(() -> window.lecture().zoom().set(1.5));
        WaitForAsyncUtils.waitForFxEvents();
        drag(robot, window, "#networkSplit", -120, 0);
        drag(robot, window, "#dataSplit", 0, 40);
        drag(robot, window, "#plotStrip", 60, 0);
        drag(robot, window, "#formulaSplit", 0, -30);
        List<Double> before = dividerPixels(window);

        for (int round = 0; round < 2; round++) {
            robot.type(KeyCode.F5);
            assertThat(onFx(() -> window.lecture().presenter().isActive())).isTrue();
            // What full screen does to the window on a desktop (the headless platform has no screen to fill).
            robot.interact(() -> stage.setWidth(1920));
            robot.interact(() -> stage.setHeight(1080));
            robot.type(KeyCode.F5);
            robot.interact(() -> stage.setHeight(720));
            robot.interact(() -> stage.setWidth(1280));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(dividerPixels(window)).as("round " + (round + 1)).isEqualTo(before);
        }
    }

    @Test
    void aWindowMadeSmallAndLargeAgainHasItsDividersWhereTheyWere(FxRobot robot) {
        MainWindow window = open();
        drag(robot, window, "#plotStrip", 60, 0);
        double[][] before = new double[SPLITS.length][];
        for (int k = 0; k < SPLITS.length; k++) before[k] = positions(window, SPLITS[k]);
        // What GTK does to a new window for a moment: 200 px wide, far below the panels' minimum sizes.
        robot.interact(() -> {
            stage.setMinWidth(0);
            stage.setWidth(200);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.setWidth(1280));
        WaitForAsyncUtils.waitForFxEvents();
        for (int k = 0; k < SPLITS.length; k++) assertWithinPixels(window, SPLITS[k], before[k], 0.5);
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** Where each split pane's dividers were laid out, in scene pixels, as the user sees them. */
    private static List<Double> dividerPixels(MainWindow window) {
        return onFx(() -> {
            List<Double> all = new ArrayList<>();
            for (String id : SPLITS) {
                SplitPane pane = (SplitPane) window.lookup(id);
                boolean horizontal = pane.getOrientation() == javafx.geometry.Orientation.HORIZONTAL;
                for (Node n : pane.getChildrenUnmodifiable()) {
                    if (!n.getStyleClass().contains("split-pane-divider")) continue;
                    Bounds b = n.localToScene(n.getLayoutBounds());
                    all.add(horizontal ? b.getMinX() : b.getMinY());
                }
            }
            return all;
        });
    }

    /** The window as the app builds it: its dividers read from and kept in the store, then shown at 1280×720. */
    private MainWindow open() {
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(new LessonSession(LessonFiles.loadShipped("two-moons")));
            // Before showing, as the app does.
            w.rememberDividers(store);
            BackpropFxApp.show(stage, w);
            return w;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    private static void drag(FxRobot robot, MainWindow window, String split, double dx, double dy) {
        Node divider = onFx(() -> {
            SplitPane pane = (SplitPane) window.lookup(split);
            return pane.lookupAll(".split-pane-divider").stream().filter(n -> n.getParent() == pane).findFirst()
                    .orElseThrow();
        });
        Bounds b = onFx(() -> divider.localToScreen(divider.getLayoutBounds()));
        robot.moveTo(b.getCenterX(), b.getCenterY()).press(MouseButton.PRIMARY)
                .moveBy(dx / 2, dy / 2).moveBy(dx / 2, dy / 2).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The split pane's dividers within a few pixels of the given positions: a split pane set to the same
     * fractions in a later layout pass may round them to a neighbouring pixel.
     */
    private static void assertWithinPixels(MainWindow window, String split, double[] expected, double pixels) {
        SplitPane pane = onFx(() -> (SplitPane) window.lookup(split));
        double size = onFx(() -> pane.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                ? pane.getWidth() : pane.getHeight());
        double[] actual = positions(window, split);
        assertThat(actual).as(split).hasSameSizeAs(expected);
        for (int k = 0; k < expected.length; k++) {
            assertThat(actual[k] * size).as(split + " divider " + k + " in px")
                    .isCloseTo(expected[k] * size, org.assertj.core.data.Offset.offset(pixels));
        }
    }

    private static double[] positions(MainWindow window, String split) {
        return onFx(() -> ((SplitPane) window.lookup(split)).getDividerPositions());
    }

    /** Each split pane's items (by id) and divider positions, to three decimals (the store keeps four). */
    private static List<Object> layout(MainWindow window) {
        List<Object> all = new ArrayList<>();
        for (String id : SPLITS) {
            SplitPane split = onFx(() -> (SplitPane) window.lookup(id));
            all.add(id);
            all.addAll(onFx(() -> split.getItems().stream().map(Node::getId).toList()));
            all.addAll(rounded(positions(window, id)));
        }
        return all;
    }

    private static List<Double> rounded(double[] positions) {
        return Arrays.stream(positions).map(p -> Math.round(p * 1000) / 1000.0).boxed().toList();
    }

    private List<String> stored() {
        try {
            List<String> all = new ArrayList<>();
            for (String key : node.keys()) all.add(key + "=" + node.get(key, null));
            all.sort(null);
            return all;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
