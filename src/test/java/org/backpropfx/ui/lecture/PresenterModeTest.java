package org.backpropfx.ui.lecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.assertj.core.data.Offset;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.backpropfx.stepper.Stepper;
import org.backpropfx.ui.MainWindow;
import org.backpropfx.ui.MainWindowFixture;
import org.backpropfx.ui.formula.FormulaPanel;
import org.backpropfx.ui.network.NetworkView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PresenterModeTest {
    private final Lesson lesson = TestLessons.xor();
    private LessonSession session;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindowFixture opened = MainWindowFixture.show(stage, lesson);
        session = opened.session();
        window = opened.window();
    }

    @Test
    void f5HidesTheTableAndPlotsKeepsNetworkFormulasAndCaptionAndF5BringsThemBack(FxRobot robot) {
        assertThat(shown(robot, "#samples")).isTrue();
        assertThat(shown(robot, "#lossCurves")).isTrue();
        assertThat(shown(robot, "#plotTabs")).isTrue();
        double captionBefore = fontSize(robot, "#phaseCaption");

        robot.type(KeyCode.F5);

        assertThat(on(() -> window.lecture().presenter().isActive())).isTrue();
        assertThat(on(() -> window.getStyleClass().contains(PresenterMode.STYLE_CLASS))).isTrue();
        assertThat(shown(robot, "#samples")).isFalse();
        assertThat(shown(robot, "#lossCurves")).isFalse();
        assertThat(shown(robot, "#activationPlot")).isFalse();
        assertThat(shown(robot, "#plotTabs")).isFalse();
        assertThat(shown(robot, "#networkView")).isTrue();
        assertThat(shown(robot, "#formulaPanel")).isTrue();
        assertThat(shown(robot, "#phaseCaption")).isTrue();
        assertThat(shown(robot, "#explanation")).isTrue();
        // The emptied strip of plots gives its room to the network.
        assertThat(on(() -> robot.lookup("#networkView").query().getLayoutBounds().getHeight())).isGreaterThan(500);
        assertThat(fontSize(robot, "#phaseCaption")).as("readable from the back of a room")
                .isGreaterThanOrEqualTo(36).isGreaterThan(captionBefore);

        robot.type(KeyCode.F5);

        assertThat(on(() -> window.lecture().presenter().isActive())).isFalse();
        assertThat(shown(robot, "#samples")).isTrue();
        assertThat(shown(robot, "#lossCurves")).isTrue();
        assertThat(shown(robot, "#plotTabs")).isTrue();
        // The activation plot is back among the plot tabs, and shows when its tab is chosen.
        robot.interact(() -> window.plots().tabs().getSelectionModel().select(
                window.plots().tabs().getTabs().stream().filter(t -> t.getContent() == window.plots().activationPlot())
                        .findFirst().orElseThrow()));
        assertThat(shown(robot, "#activationPlot")).isTrue();
        assertThat(fontSize(robot, "#phaseCaption")).isEqualTo(captionBefore);
    }

    @Test
    void thePresentedPlotTabsOfferTheActivationPlotAmongThem(FxRobot robot) {
        robot.type(KeyCode.F5);
        robot.interact(() -> window.lecture().presenter().panel("Weight slice and decision map").presentedProperty().set(true));
        assertThat(shown(robot, "#plotTabs")).isTrue();
        robot.interact(() -> window.plots().tabs().getSelectionModel().select(
                window.plots().tabs().getTabs().stream().filter(t -> t.getContent() == window.plots().activationPlot())
                        .findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#activationPlot")).as("the activation plot while presenting").isTrue();
        robot.type(KeyCode.F5);
        assertThat(on(() -> window.lecture().presenter().isActive())).isFalse();
    }

    @Test
    void thePanelsShownWhilePresentingAreTheInstructorsChoiceAndEscLeaves(FxRobot robot) {
        robot.clickOn("#presenterToggle");
        assertThat(shown(robot, "#samples")).isFalse();

        robot.interact(() -> window.lecture().presenter().panel("Samples table").presentedProperty().set(true));
        robot.interact(() -> window.lecture().presenter().panel("Formulas").presentedProperty().set(false));
        assertThat(shown(robot, "#samples")).isTrue();
        assertThat(shown(robot, "#formulaPanel")).isFalse();

        robot.type(KeyCode.ESCAPE);
        assertThat(on(() -> window.lecture().presenter().isActive())).isFalse();
        assertThat(shown(robot, "#formulaPanel")).isTrue();
        assertThat(robot.lookup("#presenterToggle").queryAs(ToggleButton.class).isSelected())
                .isFalse();
    }

    @Test
    void theExplanationsToggleHidesTheStripInBothLayouts(FxRobot robot) {
        assertThat(shown(robot, "#explanation")).isTrue();
        robot.interact(() -> window.lecture().presenter().panel(Lecture.EXPLANATIONS).wantedProperty().set(false));
        assertThat(shown(robot, "#explanation")).isFalse();
        robot.type(KeyCode.F5);
        assertThat(shown(robot, "#explanation")).isFalse();
        robot.interact(() -> window.lecture().presenter().panel(Lecture.EXPLANATIONS).wantedProperty().set(true));
        assertThat(shown(robot, "#explanation")).isTrue();
    }

    @Test
    void clickerKeysStepForwardAndBackInPresenterMode(FxRobot robot) {
        robot.type(KeyCode.F5);
        Stepper engine = new Stepper(lesson.newTrainer());
        for (int k = 0; k < 3; k++) {
            robot.type(KeyCode.PAGE_DOWN);
            engine.stepForward();
        }
        assertThat(on(() -> session.getSnapshot().describePhase())).isEqualTo(engine.snapshot().describePhase());
        assertThat(on(() -> session.getSnapshot().loss())).isEqualTo(engine.snapshot().loss());
        assertThat(text(robot, "#phaseCaption")).isEqualTo("Error");

        robot.type(KeyCode.PAGE_UP);
        engine.stepBack();
        assertThat(on(() -> session.getSnapshot().phaseIndex())).isEqualTo(engine.snapshot().phaseIndex());
        assertThat(text(robot, "#phaseCaption")).isEqualTo(engine.snapshot().describePhase());
        assertThat(on(() -> window.lecture().presenter().isActive())).isTrue();
    }

    @Test
    void bBlanksTheScreenAndTheNextKeyOnlyRestoresIt(FxRobot robot) {
        robot.type(KeyCode.F5);
        robot.type(KeyCode.PAGE_DOWN);
        int phase = on(() -> session.getSnapshot().phaseIndex());

        robot.type(KeyCode.B);
        assertThat(on(() -> window.lecture().blankScreen().isBlanked())).isTrue();
        Node black = robot.lookup("#blankScreen").query();
        assertThat(on(() -> black.isVisible() && black.getScene() != null)).isTrue();
        assertThat(on(() -> black.getLayoutBounds().getWidth())).isEqualTo(on(() -> window.getWidth()));
        assertThat(on(() -> black.getLayoutBounds().getHeight())).isEqualTo(on(() -> window.getHeight()));
        assertThat(on(() -> window.getChildrenUnmodifiable().get(window.getChildrenUnmodifiable().size() - 1)))
                .as("on top of everything").isSameAs(black);

        robot.type(KeyCode.PAGE_DOWN);
        assertThat(on(() -> window.lecture().blankScreen().isBlanked())).isFalse();
        assertThat(on(() -> session.getSnapshot().phaseIndex())).as("the restoring key does not step").isEqualTo(phase);
        assertThat(robot.lookup("#blankScreen").tryQuery()).isEmpty();

        robot.type(KeyCode.B);
        robot.type(KeyCode.B);
        assertThat(on(() -> window.lecture().blankScreen().isBlanked())).isFalse();
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(on(() -> session.getSnapshot().phaseIndex())).isEqualTo(phase + 1);
    }

    @Test
    void ctrlPlusMinusAndZeroScaleAllTextAndTheNetwork(FxRobot robot) {
        double caption = fontSize(robot, "#phaseCaption");
        double explanation = fontSize(robot, "#explanationText");
        NetworkView network = robot.lookup("#networkView").queryAs(NetworkView.class);
        FormulaPanel formulas = robot.lookup("#formulaPanel").queryAs(FormulaPanel.class);

        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        double zoomed = on(() -> window.lecture().zoom().scale());
        assertThat(zoomed).isEqualTo(1.3);
        assertThat(fontSize(robot, "#phaseCaption")).isCloseTo(caption * 1.3, Offset.offset(0.05));
        assertThat(fontSize(robot, "#explanationText")).isCloseTo(explanation * 1.3,
                Offset.offset(0.05));
        assertThat(on(() -> network.fontScaleProperty().get())).isEqualTo(1.3);
        assertThat(on(() -> formulas.fontScaleProperty().get())).isEqualTo(1.3);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertThat(fontSize(robot, "#phaseCaption")).isEqualTo(caption);
        assertThat(on(() -> network.fontScaleProperty().get())).isEqualTo(1.0);

        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        assertThat(fontSize(robot, "#phaseCaption")).isCloseTo(caption * 0.9, Offset.offset(0.05));
        assertThat(fontSize(robot, "#explanationText")).isLessThan(explanation);
        assertThat(on(() -> formulas.fontScaleProperty().get())).isEqualTo(0.9);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertThat(fontSize(robot, "#phaseCaption")).isEqualTo(caption);
        assertThat(fontSize(robot, "#explanationText")).isEqualTo(explanation);
    }

    @Test
    void theNetworkTakesOverHalfTheScreenWithLargeTextAt1280x720And1920x1080(FxRobot robot) {
        for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
            AtomicBoolean noticeClear = new AtomicBoolean();
            robot.interact(() -> {
                window.getScene().setRoot(new Pane());
                stage.setScene(new Scene(window, size[0], size[1]));
                stage.sizeToScene();
                window.lecture().presenter().activeProperty().set(true);
                // The first forward phase has the longest explanation: four lines or more.
                session.stepForward();
                // Read at once, before the notice fades: it is in the phase bar's rows, above the network.
                window.applyCss();
                window.layout();
                Node notice = robot.lookup("#presenterNotice").query();
                Node net = robot.lookup("#networkView").query();
                noticeClear.set(notice.isVisible() && notice.getLayoutBounds().getWidth() > 0
                        && notice.localToScene(notice.getLayoutBounds()).getMaxY()
                        <= net.localToScene(net.getLayoutBounds()).getMinY());
            });
            assertThat(noticeClear.get()).as("the notice covers nothing").isTrue();
            WaitForAsyncUtils.waitForFxEvents();
            double share = on(() -> {
                window.layout();
                Bounds b = robot.lookup("#networkView").query().getLayoutBounds();
                return b.getWidth() * b.getHeight() / (size[0] * (double) size[1]);
            });
            assertThat(share).as("network's share of " + size[0] + "×" + size[1]).isGreaterThanOrEqualTo(0.55);
            assertThat(shown(robot, ".menu-bar")).as("no menu bar").isFalse();
            assertThat(shown(robot, "#formulaPanel")).as("the formulas beside").isTrue();
            if (size[0] == 1920) {
                assertThat(fontSize(robot, "#phaseCaption")).isGreaterThanOrEqualTo(36);
                assertThat(fontSize(robot, "#explanationText")).isGreaterThanOrEqualTo(24);
            }
            robot.interact(() -> window.lecture().presenter().activeProperty().set(false));
        }
    }

    @Test
    void f10BringsTheMenusBackAndEscOnAnOpenMenuClosesOnlyTheMenu(FxRobot robot) {
        robot.type(KeyCode.F5);
        assertThat(shown(robot, ".menu-bar")).isFalse();
        robot.type(KeyCode.F10);
        assertThat(shown(robot, ".menu-bar")).isTrue();
        assertThat(on(() -> window.menus().getMenus().get(0).isShowing())).as("File menu open").isTrue();

        robot.type(KeyCode.ESCAPE);
        assertThat(on(() -> window.menus().getMenus().get(0).isShowing())).isFalse();
        assertThat(on(() -> window.lecture().presenter().isActive())).as("still presenting").isTrue();

        // With its menu closed the bar goes again; the next Esc leaves.
        assertThat(shown(robot, ".menu-bar")).isFalse();
        robot.type(KeyCode.ESCAPE);
        assertThat(on(() -> window.lecture().presenter().isActive())).isFalse();
        assertThat(shown(robot, ".menu-bar")).isTrue();
    }

    @Test
    void leavingPresenterModeRestoresTheExactLayout(FxRobot robot) {
        String[] splits = {"#networkSplit", "#formulaSplit", "#plotStrip", "#dataSplit"};
        List<Object> before = on(() -> layoutOf(robot, splits));
        robot.type(KeyCode.F5);
        robot.interact(() -> window.lecture().presenter().panel("Loss curve").presentedProperty().set(true));
        robot.interact(() -> window.lecture().presenter().panel("Loss curve").presentedProperty().set(false));
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(on(() -> layoutOf(robot, splits))).isEqualTo(before);
    }

    /** Each split pane's items (by id) and divider positions, to four decimals. */
    private static List<Object> layoutOf(FxRobot robot, String[] ids) {
        List<Object> all = new ArrayList<>();
        for (String id : ids) {
            SplitPane split = robot.lookup(id).queryAs(SplitPane.class);
            for (Node n : split.getItems()) all.add(n.getId());
            for (double d : split.getDividerPositions()) all.add(Math.round(d * 10_000) / 10_000.0);
        }
        return all;
    }

    private boolean shown(FxRobot robot, String query) {
        return on(() -> robot.lookup(query).tryQuery().map(PresenterModeTest::onScreen).orElse(false));
    }

    /** In the scene, visible all the way up, and given some room. */
    private static boolean onScreen(Node node) {
        if (node.getScene() == null) return false;
        for (Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return node.getLayoutBounds().getWidth() > 0 && node.getLayoutBounds().getHeight() > 0;
    }

    private static double fontSize(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return on(() -> {
            Label label = robot.lookup(query).queryAs(Label.class);
            label.applyCss();
            return label.getFont().getSize();
        });
    }

    private static String text(FxRobot robot, String query) {
        return on(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    static <T> T on(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
